import { html, type PropertyValues, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { CaptionNode } from '../schemas/widgets/index.js';
import { applyTextAttributes, baseTextStyles } from './ck-widget-text.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * `Caption`: small supporting text. Same text props as Text on the caption scale (`sm`, `md`,
 * `lg`; default `md`), in the `secondary` text colour unless the node sets one.
 *
 * @tagname ck-widget-caption
 */
@element('ck-widget-caption')
export class CkWidgetCaption extends WidgetElement<CaptionNode> {
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    applyTextAttributes(this, this.node);
    this.setHostStyles(baseTextStyles(this.node, 'caption', { size: 'md', color: 'secondary' }));
  }

  protected override render(): TemplateResult {
    return html`${this.node.value}`;
  }
}

registerBuiltIn<CaptionNode>('Caption', {
  validate: schemaValidator<CaptionNode>(),
  render: (node, ctx) => html`<ck-widget-caption .node=${node} .ctx=${ctx}></ck-widget-caption>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-caption': CkWidgetCaption;
  }
}
