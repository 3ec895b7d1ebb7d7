import { html, type PropertyValues, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import { en, format, type Catalogue } from '../i18n/index.js';
import type { TableRowNode } from '../schemas/widgets/index.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * The contained stand-in for a table part rendered outside a `Table` (a Table renders its rows
 * and cells itself, into a real `<table>`): a small note, also reported through `ctx.log`.
 */
export function misplacedTablePart(type: 'Table.Row' | 'Table.Cell', strings: Catalogue = en): TemplateResult {
  const reason = `${type}: belongs in a Table`;
  return html`<span class="ck-w-fallback" role="note" data-widget-error=${reason}>⚠ ${format(strings.widgetPartUnavailable, { reason })}</span>`;
}

/**
 * `Table.Row` outside a `Table`. Inside one, the Table renders the row as a `<tr>` and this
 * element is not used; here it only shows a contained fallback.
 *
 * @tagname ck-widget-table-row
 */
@element('ck-widget-table-row')
export class CkWidgetTableRow extends WidgetElement<TableRowNode> {
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('node')) this.ctx.log('widget.invalid_node', { type: 'Table.Row', reason: 'belongs in a Table' });
  }

  protected override render(): TemplateResult {
    return misplacedTablePart('Table.Row', this.ctx.strings);
  }
}

registerBuiltIn<TableRowNode>('Table.Row', {
  validate: schemaValidator<TableRowNode>(),
  render: (node, ctx) => html`<ck-widget-table-row .node=${node} .ctx=${ctx}></ck-widget-table-row>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-table-row': CkWidgetTableRow;
  }
}
