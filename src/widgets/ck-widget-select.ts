import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { element } from '../define-element.js';
import type { SelectNode, SelectOption } from '../schemas/widgets/index.js';
import { FieldController } from './field-base.js';
import { iconSvg } from './icon-set.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/** Marks "no default applied yet" (a node's `defaultValue` may itself be `undefined`). */
const UNSET = Symbol('unset');

/**
 * `Select`: a labelled native `<select>` carrying the node's `name`. Nothing is selected until
 * the user picks (or `defaultValue` names an option): a first, disabled option shows the
 * `placeholder`. Options may be `disabled`; an option's `description` follows its label and is
 * its tooltip. `clearable` adds a clear button while something is selected.
 *
 * Its value is the chosen option's `value`, `null` while none is; every change (clearing too)
 * fires `onChangeAction` with binding `change` (no loading state unless the action asks). The
 * user's choice survives re-renders: only a new `defaultValue` replaces it.
 *
 * Appearance: `variant` (`solid`, `soft`, `outline` — the default —, `ghost`), `size` on the
 * control height scale, `pill`, `block` (full width).
 *
 * @tagname ck-widget-select
 */
@element('ck-widget-select')
export class CkWidgetSelect extends WidgetElement<SelectNode> {
  /** The selected option's value, `''` for none: the native select mirrors it. */
  @state() private current = '';

  private appliedDefault: string | undefined | typeof UNSET = UNSET;

  private readonly field = new FieldController(this, {
    name: () => this.node.name,
    value: () => this.current || null,
    // Select has no `required` or `pattern`.
    check: () => null,
    focus: () => this.select?.focus(),
  });

  private get select(): HTMLSelectElement | null {
    return this.querySelector('select.ck-w-select');
  }

  private isOption(value: string | undefined): value is string {
    return value !== undefined && this.node.options.some((option) => option.value === value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    const { defaultValue, block } = this.node;
    this.toggleAttribute('data-block', block === true);
    if (defaultValue !== this.appliedDefault) {
      this.appliedDefault = defaultValue;
      this.current = this.isOption(defaultValue) ? defaultValue : '';
    } else if (!this.isOption(this.current)) {
      // The chosen option went away with new options.
      this.current = '';
    }
  }

  protected override updated(): void {
    // Written after render: the options must exist before the value can select one.
    const select = this.select;
    if (select && select.value !== this.current) select.value = this.current;
  }

  private readonly onChange = (): void => {
    this.current = this.select?.value ?? '';
    void this.field.change(this.node.onChangeAction);
  };

  private readonly onClear = (): void => {
    this.current = '';
    this.select?.focus();
    void this.field.change(this.node.onChangeAction);
  };

  private renderOption(option: SelectOption): TemplateResult {
    const text = option.description ? `${option.label} — ${option.description}` : option.label;
    return html`<option value=${option.value} ?disabled=${option.disabled === true} title=${option.description ?? nothing}>
      ${text}
    </option>`;
  }

  protected override render(): TemplateResult {
    const node = this.node;
    const field = this.field;
    const clearable = node.clearable === true && node.disabled !== true;
    const placeholder = node.placeholder ?? '';
    return html`<div class="ck-w-field__box ck-w-select__box" data-size=${node.size ?? 'md'} ?data-clearable=${clearable}>
        <select
          class="ck-w-control ck-w-select"
          id=${field.controlId}
          name=${node.name}
          ?disabled=${node.disabled === true}
          data-variant=${node.variant ?? 'outline'}
          data-size=${node.size ?? 'md'}
          ?data-pill=${node.pill === true}
          ?data-empty=${this.current === ''}
          aria-busy=${field.loading ? 'true' : nothing}
          aria-invalid=${field.ariaInvalid}
          aria-describedby=${field.describedBy}
          aria-label=${field.fallbackLabel(node.placeholder)}
          @change=${this.onChange}
        >
          <option value="" disabled ?hidden=${placeholder === ''}>${placeholder}</option>
          ${repeat(node.options, (option) => option.value, (option) => this.renderOption(option))}
        </select>
        <span class="ck-w-field__icon" aria-hidden="true">${iconSvg('chevron-down')}</span>
        ${clearable && this.current !== ''
          ? html`<button type="button" class="ck-w-field__clear" aria-label=${this.ctx.strings.widgetClear} @click=${this.onClear}>
              ${iconSvg('close')}
            </button>`
          : nothing}
      </div>
      ${field.renderMessage()}`;
  }
}

registerBuiltIn<SelectNode>('Select', {
  validate: schemaValidator<SelectNode>(),
  render: (node, ctx) => html`<ck-widget-select .node=${node} .ctx=${ctx}></ck-widget-select>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-select': CkWidgetSelect;
  }
}
