import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { handlePopupListKey } from './popup-list.js';
import { en, type Catalogue } from '../i18n/index.js';
import type { ModelOption } from '../schemas/options.js';
import { base } from '../styles/tokens.js';
import { iconSvg } from '../widgets/icon-set.js';
import { modelPickerStyles } from './ck-model-picker.styles.js';

/** The user picked a model. */
export class ModelSelectEvent extends CustomEvent<{ modelId: string }> {
  static readonly eventName = 'ck-model-select';
  constructor(modelId: string) {
    super(ModelSelectEvent.eventName, { detail: { modelId }, bubbles: true, composed: false });
  }
}

/** The model used when the user has not picked one: the enabled `default`, else the first enabled model. */
export function defaultModelId(models: readonly ModelOption[]): string | null {
  const enabled = models.filter((model) => !model.disabled);
  return (enabled.find((model) => model.default) ?? enabled[0])?.id ?? null;
}

/**
 * A compact model picker: a button with the current model's label opening an ARIA listbox.
 * Disabled models are listed (so users learn they exist) but cannot be chosen.
 *
 * @tagname ck-model-picker
 * @fires ck-model-select - {@link ModelSelectEvent}
 * @csspart trigger - The button showing the current model.
 * @csspart listbox - The open list.
 */
@element('ck-model-picker')
export class CkModelPicker extends LitElement {
  static override styles = [base, modelPickerStyles];

  /** The models to offer. */
  @property({ attribute: false }) models: ModelOption[] = [];
  /** The chosen model's id; `null` shows {@link defaultModelId}. */
  @property({ attribute: false }) selectedId: string | null = null;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;

  @state() private open = false;

  @query('.trigger') private trigger?: HTMLButtonElement;
  @queryAll('[role="option"]') private options!: NodeListOf<HTMLElement>;

  /** The model in effect: the selected one, else the default. */
  get currentId(): string | null {
    return this.models.some((model) => model.id === this.selectedId) ? this.selectedId : defaultModelId(this.models);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
  }

  private async openList(focus: 'first' | 'last' | 'selected'): Promise<void> {
    this.open = true;
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
    await this.updateComplete;
    const current = this.models.findIndex((model) => model.id === this.currentId);
    const index = focus === 'last' ? this.models.length - 1 : focus === 'selected' && current >= 0 ? current : 0;
    this.options[index]?.focus();
  }

  private closeList(returnFocus: boolean): void {
    this.open = false;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    if (returnFocus) this.trigger?.focus();
  }

  private readonly onOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.closeList(false);
  };

  private choose(model: ModelOption): void {
    if (model.disabled) return;
    if (model.id !== this.currentId || this.selectedId === null) {
      this.selectedId = model.id;
      this.dispatchEvent(new ModelSelectEvent(model.id));
    }
    this.closeList(true);
  }

  private onTriggerClick(): void {
    if (this.open) this.closeList(false);
    else void this.openList('selected');
  }

  private onTriggerKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openList(event.key === 'ArrowDown' ? 'selected' : 'last');
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.closeList(true);
    }
  }

  private onListKeydown(event: KeyboardEvent): void {
    handlePopupListKey(event, [...this.options], this.shadowRoot?.activeElement, {
      choose: (index) => {
        const model = this.models[index];
        if (model) this.choose(model);
      },
      close: (returnFocus) => {
        this.closeList(returnFocus);
      },
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.models.length === 0) return nothing;
    const currentId = this.currentId;
    const current = this.models.find((model) => model.id === currentId);
    return html`<div class="anchor">
      <button
        part="trigger"
        class="trigger"
        type="button"
        aria-haspopup="listbox"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="listbox"
        aria-label=${`${this.strings.modelPicker}: ${current?.label ?? ''}`}
        @click=${this.onTriggerClick}
        @keydown=${this.onTriggerKeydown}
      >
        <span>${current?.label ?? this.strings.modelPicker}</span>${iconSvg('chevron-down', { size: 16 })}
      </button>
      ${this.open
        ? html`<div part="listbox" id="listbox" class="menu" role="listbox" aria-label=${this.strings.modelPicker} @keydown=${this.onListKeydown}>
            ${this.models.map(
              (model) => html`<div
                class="item"
                role="option"
                tabindex="-1"
                aria-selected=${model.id === currentId ? 'true' : 'false'}
                aria-disabled=${model.disabled ? 'true' : nothing}
                @click=${() => {
                  this.choose(model);
                }}
              >
                <span class="label">
                  <span class="name">${model.label}</span>
                  ${model.description ? html`<span class="description">${model.description}</span>` : nothing}
                </span>
                ${model.id === currentId ? html`<span class="check">${iconSvg('check', { size: 16 })}</span>` : nothing}
              </div>`,
            )}
          </div>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-model-picker': CkModelPicker;
  }
}
