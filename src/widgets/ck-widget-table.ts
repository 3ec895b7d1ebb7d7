import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../styles/style-props.js';
import { element } from '../define-element.js';
import type { TableCellNode, TableNode, TableRowNode } from '../schemas/widgets/index.js';
import type { WidgetContext } from './context.js';
import { registerBuiltIn } from './registry.js';
import { ProgressiveRows } from './progressive.js';
import { keyOf, renderChildren, renderNode } from './render.js';
import { size, spacingSides, type CssProperties } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

const validateRow = schemaValidator<TableRowNode>();
const validateCell = schemaValidator<TableCellNode>();

/** Validation results by node object (the store keeps unchanged nodes' identity). */
const rows = new WeakMap<object, TableRowNode | null>();
const cells = new WeakMap<object, TableCellNode | null>();

function asNode<N>(child: unknown, type: string, check: (node: unknown) => { ok: true; node: N } | { ok: false }, cache: WeakMap<object, N | null>): N | null {
  if (typeof child !== 'object' || child === null || (child as { type?: unknown }).type !== type) return null;
  let node = cache.get(child);
  if (node === undefined) {
    const result = check(child);
    node = result.ok ? result.node : null;
    cache.set(child, node);
  }
  return node;
}

/** `child` as a valid `Table.Row`, or `null` (then it renders through `renderNode`, which reports it). */
const asRow = (child: unknown): TableRowNode | null => asNode(child, 'Table.Row', validateRow, rows);
/** `child` as a valid `Table.Cell`, or `null`. */
const asCell = (child: unknown): TableCellNode | null => asNode(child, 'Table.Cell', validateCell, cells);

/** HTML's own limits for `colspan` (1…1000) and `rowspan` (0…65534; 0 is not offered). */
function span(value: number | undefined, max: number): number {
  return value === undefined || !Number.isFinite(value) ? 1 : Math.min(max, Math.max(1, Math.floor(value)));
}

const VERTICAL: Readonly<Record<string, string>> = { start: 'top', center: 'middle', end: 'bottom' };
const ITEMS: Readonly<Record<string, string>> = { start: 'flex-start', center: 'center', end: 'flex-end' };

/** The inline style of one cell: alignment, explicit width and padding (tokens sanitize). */
export function cellStyles(cell: TableCellNode): CssProperties {
  const out: CssProperties = {};
  if (cell.align) {
    out['text-align'] = cell.align;
    out['--ck-w-cell-align'] = ITEMS[cell.align] ?? 'flex-start';
  }
  if (cell.vAlign) out['vertical-align'] = VERTICAL[cell.vAlign] ?? 'middle';
  const width = size(cell.width);
  if (width !== null) {
    // A table squeezes columns below their width; min-width holds it (then the table scrolls).
    out['width'] = width;
    out['min-width'] = width;
  }
  for (const [side, value] of Object.entries(spacingSides(cell.padding))) out[`padding-${side}`] = value;
  return out;
}

/** How many columns the widest row covers (for cells that must span the whole table). */
function columnCount(children: readonly unknown[]): number {
  let widest = 1;
  for (const child of children) {
    const row = asRow(child);
    if (!row) continue;
    let count = 0;
    for (const c of row.children) count += span(asCell(c)?.colSpan, 1000);
    widest = Math.max(widest, count);
  }
  return widest;
}

/**
 * `Table`: a real `<table>`, so `colSpan`/`rowSpan` lay out as HTML tables do. The Table walks its
 * `Table.Row` children itself (a custom element cannot sit between `<tbody>` and `<tr>`): header
 * rows become `<th scope="col">` cells (in a `<thead>` when they lead the table), other rows `<td>`
 * cells; each cell's children render as ordinary widgets. A child that is not a valid row (or
 * cell) renders as its own contained fallback (or as itself) in a full-width cell. The element is
 * the horizontal scroll container when the table is wider than the card, and becomes focusable
 * then so keyboard users can scroll it.
 *
 * @tagname ck-widget-table
 */
@element('ck-widget-table')
export class CkWidgetTable extends WidgetElement<TableNode> {
  private resizeObserver?: ResizeObserver;
  /** Long tables render a screenful of rows first and the rest in later chunks. */
  private readonly rows = new ProgressiveRows(this);

  /** Resolves once every row is rendered, not just the first chunk. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.rows.settle(() => super.getUpdateComplete());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(() => {
      this.syncScrollable();
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Reading the size lays the table out: once, when every row is in (the ResizeObserver
    // follows later changes).
    if (!this.rows.rendering) this.syncScrollable();
  }

  /** A scroll container that holds no focusable content must be focusable itself (WCAG 2.1.1). */
  private syncScrollable(): void {
    const scrolls = this.scrollWidth > this.clientWidth + 1;
    if (scrolls) this.tabIndex = 0;
    else this.removeAttribute('tabindex');
  }

  protected override render(): TemplateResult {
    const all = this.node.children;
    // Column count from every row, so spans do not change while later chunks arrive.
    const columns = columnCount(all);
    const children = all.slice(0, this.rows.visible(all.length));
    // Header rows that open the table form its <thead>; any later one stays in the body.
    let headCount = 0;
    while (headCount < children.length && asRow(children[headCount])?.header === true) headCount += 1;
    const head = children.slice(0, headCount);
    const body = children.slice(headCount);
    return html`<table class="ck-w-table">
      ${head.length > 0 ? html`<thead>${this.renderRows(head, columns, 0)}</thead>` : nothing}
      ${body.length > 0 ? html`<tbody>${this.renderRows(body, columns, headCount)}</tbody>` : nothing}
    </table>`;
  }

  private renderRows(children: readonly unknown[], columns: number, offset: number): TemplateResult {
    return html`${repeat(
      children,
      (child, i) => keyOf(child, i + offset),
      (child) => this.renderRow(child, columns),
    )}`;
  }

  private renderRow(child: unknown, columns: number): TemplateResult {
    const row = asRow(child);
    if (!row) {
      return html`<tr class="ck-w-table__misplaced"><td colspan=${columns}>${renderNode(child, this.ctx)}</td></tr>`;
    }
    const header = row.header === true;
    return html`<tr ?data-header=${header}>
      ${repeat(row.children, keyOf, (c) => this.renderCell(c, header))}
    </tr>`;
  }

  private renderCell(child: unknown, header: boolean): TemplateResult {
    const cell = asCell(child);
    if (!cell) return html`<td>${renderNode(child, this.ctx)}</td>`;
    const colSpan = span(cell.colSpan, 1000);
    const rowSpan = span(cell.rowSpan, 65534);
    const content = html`<div class="ck-w-table__content">${renderChildren(cell.children, this.ctx)}</div>`;
    const style = styleProps(cellStyles(cell));
    const colSize = cell.colSize ?? nothing;
    return header
      ? html`<th
          scope=${colSpan > 1 ? 'colgroup' : 'col'}
          colspan=${colSpan}
          rowspan=${rowSpan}
          data-col-size=${colSize}
          style=${style}
        >${content}</th>`
      : html`<td colspan=${colSpan} rowspan=${rowSpan} data-col-size=${colSize} style=${style}>${content}</td>`;
  }
}

registerBuiltIn<TableNode>('Table', {
  validate: schemaValidator<TableNode>(),
  render: (node: TableNode, ctx: WidgetContext) => html`<ck-widget-table .node=${node} .ctx=${ctx}></ck-widget-table>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-table': CkWidgetTable;
  }
}
