import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { en, type Catalogue } from '../i18n/index.js';
import type { Entity } from '../schemas/index.js';
import { iconSvg } from '../widgets/icon-set.js';
import { groupEntities } from './composer-value.js';

/** The user picked a suggestion (click). Keyboard choice is driven by the owning input. */
export class TagChooseEvent extends CustomEvent<{ entity: Entity }> {
  constructor(entity: Entity) {
    super('ck-tag-choose', { detail: { entity }, bubbles: true, composed: false });
  }
}

/**
 * The @-mention suggestion list: a `listbox` of entities grouped under headings, with loading and
 * empty states. It never takes focus (the textbox keeps it and points at the active option with
 * `aria-activedescendant`), and it renders into its parent's shadow root rather than its own so
 * those id references resolve — the parent must adopt `tagMenuStyles` (the mention controller of
 * `<ck-composer-input>` does).
 *
 * @tagname ck-tag-menu
 * @fires ck-tag-choose - {@link TagChooseEvent} when an option is clicked.
 */
@element('ck-tag-menu')
export class CkTagMenu extends LitElement {
  /** Results in any order; they are shown grouped, and `activeIndex` counts in display order. */
  @property({ attribute: false }) entities: readonly Entity[] = [];
  /** A search is in flight. */
  @property({ type: Boolean }) loading = false;
  /** Index (display order) of the highlighted option, or -1. */
  @property({ type: Number, attribute: 'active-index' }) activeIndex = -1;
  /** The listbox id; option ids derive from it. */
  @property({ attribute: 'listbox-id' }) listboxId = 'ck-tag-listbox';
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Entities in display (grouped) order — what `activeIndex` indexes. */
  get ordered(): Entity[] {
    return groupEntities(this.entities).flatMap((g) => g.entities);
  }

  /** The DOM id of the option at `index` (display order). */
  optionId(index: number): string {
    return `${this.listboxId}-opt-${index}`;
  }

  protected override updated(): void {
    this.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  private renderOption(entity: Entity, index: number): TemplateResult {
    return html`<div
      role="option"
      id=${this.optionId(index)}
      aria-selected=${index === this.activeIndex ? 'true' : 'false'}
      @mousedown=${(e: MouseEvent) => { e.preventDefault(); }}
      @click=${() => this.dispatchEvent(new TagChooseEvent(entity))}
    >
      ${iconSvg(entity.icon ?? 'dot')}<span>${entity.title}</span>
    </div>`;
  }

  protected override render(): TemplateResult {
    let index = 0;
    const groups = groupEntities(this.entities);
    const body = groups.map((group, gi) => {
      const headingId = `${this.listboxId}-group-${gi}`;
      const options = group.entities.map((entity) => this.renderOption(entity, index++));
      return group.group === null && groups.length === 1
        ? options
        : html`<div role="group" aria-labelledby=${headingId}>
            <div class="heading" id=${headingId} role="presentation">${group.group ?? this.strings.mentionOther}</div>
            ${options}
          </div>`;
    });
    const status = this.loading
      ? this.strings.mentionSearching
      : this.entities.length === 0
        ? this.strings.mentionNoResults
        : null;
    return html`<div role="listbox" id=${this.listboxId} aria-label=${this.strings.mentionSuggestions} aria-busy=${this.loading ? 'true' : 'false'}>
        ${body}
      </div>
      ${status ? html`<div class="status" role="status">${status}</div>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-tag-menu': CkTagMenu;
  }
}
