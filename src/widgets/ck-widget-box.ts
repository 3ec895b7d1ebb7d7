import { html, type PropertyValues, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { BoxNode, ColNode, RowNode } from '../schemas/widgets/index.js';
import type { WidgetContext } from './context.js';
import { registerBuiltIn } from './registry.js';
import { renderChildren } from './render.js';
import { boxStyles, flushVars, spacingSides } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/** Any of the three flex containers; they differ only in their main axis. */
export type FlexNode = BoxNode | RowNode | ColNode;

/** The main axis of a flex container: Row is horizontal, Col vertical, Box follows `direction` (default col). */
export function flexDirection(node: FlexNode): 'row' | 'col' {
  switch (node.type) {
    case 'Row':
      return 'row';
    case 'Col':
      return 'col';
    case 'Box':
      return node.direction ?? 'col';
  }
}

/**
 * A flex container: `Box` (axis from `direction`, default column), `Row` (horizontal, children
 * centred on the cross axis and 2 spacing units apart unless `align`/`gap` say otherwise) and
 * `Col` (vertical). The element itself
 * is the flex box; every box prop (gap, padding, margin, border, radius, background, sizes…) maps
 * through the shared tokens onto its inline style.
 *
 * The axis is reflected as `data-axis` so children that depend on it (Spacer, Divider) can follow
 * it from CSS alone.
 *
 * @tagname ck-widget-box
 */
@element('ck-widget-box')
export class CkWidgetBox extends WidgetElement<FlexNode> {
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    const node = this.node;
    const axis = flexDirection(node);
    this.setHostAttribute('data-axis', axis);
    const padding = spacingSides(node.padding);
    this.setHostStyles({
      // ChatKit's Row centres its children vertically and keeps side-by-side controls apart
      // (templates put buttons in a bare Row); explicit `align`/`gap` win (boxStyles below).
      'align-items': node.type === 'Row' ? 'center' : undefined,
      gap: node.type === 'Row' ? 'calc(var(--ck-w-spacing-unit) * 2)' : undefined,
      ...boxStyles(node),
      // Flush children (Divider, Image) bleed over this padding.
      ...flushVars(padding),
    });
  }

  protected override render(): TemplateResult {
    return html`${renderChildren(this.node.children, this.ctx)}`;
  }
}

const renderBox = (node: FlexNode, ctx: WidgetContext): TemplateResult =>
  html`<ck-widget-box .node=${node} .ctx=${ctx}></ck-widget-box>`;

registerBuiltIn<BoxNode>('Box', { validate: schemaValidator<BoxNode>(), render: renderBox });
registerBuiltIn<RowNode>('Row', { validate: schemaValidator<RowNode>(), render: renderBox });
registerBuiltIn<ColNode>('Col', { validate: schemaValidator<ColNode>(), render: renderBox });

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-box': CkWidgetBox;
  }
}
