import { html, type PropertyValues, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { TableCellNode } from '../schemas/widgets/index.js';
import { misplacedTablePart } from './ck-widget-table-row.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * `Table.Cell` outside a `Table.Row` of a `Table`. Inside one, the Table renders the cell as a
 * `<td>`/`<th>` and this element is not used; here it only shows a contained fallback.
 *
 * @tagname ck-widget-table-cell
 */
@element('ck-widget-table-cell')
export class CkWidgetTableCell extends WidgetElement<TableCellNode> {
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('node')) this.ctx.log('widget.invalid_node', { type: 'Table.Cell', reason: 'belongs in a Table' });
  }

  protected override render(): TemplateResult {
    return misplacedTablePart('Table.Cell', this.ctx.strings);
  }
}

registerBuiltIn<TableCellNode>('Table.Cell', {
  validate: schemaValidator<TableCellNode>(),
  render: (node, ctx) => html`<ck-widget-table-cell .node=${node} .ctx=${ctx}></ck-widget-table-cell>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-table-cell': CkWidgetTableCell;
  }
}
