import { html, type PropertyValues, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { BadgeNode } from '../schemas/widgets/index.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * `Badge`: a small status or category label. `color` (`secondary` default, `success`, `danger`,
 * `warning`, `info`, `discovery`) × `variant` (`soft` default, `solid`, `outline`), `size`
 * (`sm`, `md` default, `lg`) and `pill` (fully rounded). A long label ends in an ellipsis.
 *
 * @tagname ck-widget-badge
 */
@element('ck-widget-badge')
export class CkWidgetBadge extends WidgetElement<BadgeNode> {
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    const { color, variant, size, pill } = this.node;
    // The schema admits only the listed values, so they are safe as attribute selectors.
    this.setHostAttribute('data-color', color ?? 'secondary');
    this.setHostAttribute('data-variant', variant ?? 'soft');
    this.setHostAttribute('data-size', size ?? 'md');
    this.toggleAttribute('data-pill', pill === true);
  }

  protected override render(): TemplateResult {
    return html`<span class="ck-w-badge__label">${this.node.label}</span>`;
  }
}

registerBuiltIn<BadgeNode>('Badge', {
  validate: schemaValidator<BadgeNode>(),
  render: (node, ctx) => html`<ck-widget-badge .node=${node} .ctx=${ctx}></ck-widget-badge>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-badge': CkWidgetBadge;
  }
}
