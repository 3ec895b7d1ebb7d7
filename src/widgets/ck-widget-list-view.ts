import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { element } from '../define-element.js';
import { plural } from '../i18n/index.js';
import type { ListViewNode } from '../schemas/widgets/index.js';
import { renderWidgetStatus } from './ck-widget-card.js';
import { registerBuiltIn } from './registry.js';
import { ProgressiveRows } from './progressive.js';
import { keyOf, renderNode } from './render.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';
import { styleProps } from '../styles/style-props.js';

// The item's catalogue does not reach widgets (WidgetContext carries no strings yet).

/** What `limit: "auto"` shows before "Show more". */
export const AUTO_LIST_LIMIT = 5;

/** How many rows a ListView shows before "Show more" (`Infinity` = all). */
export function listViewLimit(limit: ListViewNode['limit']): number {
  if (limit === undefined) return Infinity;
  if (limit === 'auto') return AUTO_LIST_LIMIT;
  // A limit below one would hide the whole list behind the button.
  return Number.isFinite(limit) ? Math.max(1, Math.floor(limit)) : Infinity;
}


/**
 * `ListView` root: a set of options. Renders an optional status line, then a list
 * (`role="list"`, each row a `listitem`) of its ListViewItem children. With `limit` (a number,
 * or `"auto"` = 5) only that many rows show at first, followed by a "Show more" button that
 * reveals the rest, moves focus to the first revealed row and announces how many appeared.
 * `theme` forces a colour scheme on the list surface.
 *
 * @tagname ck-widget-list-view
 * @csspart status - The status line above the list.
 */
@element('ck-widget-list-view')
export class CkWidgetListView extends WidgetElement<ListViewNode> {
  /** The user pressed "Show more". */
  @state() private showAll = false;
  /** Index of the first row revealed by "Show more", to focus once it is rendered. */
  private focusIndex: number | null = null;
  @state() private announcement = '';
  /** Long lists render a screenful first and the rest in later chunks. */
  private readonly rows = new ProgressiveRows(this);

  /** Resolves once every row (up to `limit`) is rendered, not just the first chunk. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.rows.settle(() => super.getUpdateComplete());
  }

  private showMore(hidden: number, visible: number): void {
    this.showAll = true;
    this.focusIndex = visible;
    this.announcement = plural(this.ctx.strings, 'moreItemsShown', hidden);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusIndex === null) return;
    const entries = this.querySelectorAll<HTMLElement>(':scope > .ck-w-list-view__surface > [role="list"] > [role="listitem"]');
    const entry = entries[this.focusIndex];
    // Not rendered yet (a later chunk brings it): try again after the next update.
    if (!entry && this.rows.rendering) return;
    this.focusIndex = null;
    if (!entry) return;
    void this.focusEntry(entry);
  }

  /** The "Show more" button just disappeared: keep keyboard users where the new rows start. */
  private async focusEntry(entry: HTMLElement): Promise<void> {
    // The row element renders after this one; wait for its button (if the row is clickable).
    await (entry.firstElementChild as Partial<{ updateComplete: Promise<unknown> }> | null)?.updateComplete;
    const control = entry.querySelector<HTMLElement>('button, [href], input, select, textarea');
    (control ?? entry).focus();
  }

  protected override render(): TemplateResult {
    const { children, status, theme } = this.node;
    const limit = this.showAll ? Infinity : listViewLimit(this.node.limit);
    const shown = Math.min(limit, children.length);
    const hidden = children.length - shown;
    const visible = children.slice(0, this.rows.visible(shown));
    return html`
      ${renderWidgetStatus(status)}
      <div
        class="ck-w-list-view__surface"
        data-color-scheme=${theme ?? nothing}
        style=${styleProps({ 'color-scheme': theme })}
      >
        <div class="ck-w-list-view__list" role="list">
          ${repeat(
            visible,
            keyOf,
            (child) => html`<div class="ck-w-list-view__entry" role="listitem" tabindex="-1">${renderNode(child, this.ctx)}</div>`,
          )}
        </div>
        ${hidden > 0
          ? html`<button
              type="button"
              class="ck-w-list-view__more"
              @click=${() => {
                this.showMore(hidden, shown);
              }}
            >
              ${this.ctx.strings.showMore}<span class="ck-w-list-view__sr">, ${plural(this.ctx.strings, 'moreItems', hidden)}</span>
            </button>`
          : nothing}
      </div>
      <div class="ck-w-list-view__sr" role="status">${this.announcement}</div>
    `;
  }
}

registerBuiltIn<ListViewNode>('ListView', {
  validate: schemaValidator<ListViewNode>(),
  render: (node, ctx) => html`<ck-widget-list-view .node=${node} .ctx=${ctx}></ck-widget-list-view>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-list-view': CkWidgetListView;
  }
}
