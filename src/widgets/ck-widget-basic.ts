import { html, type PropertyValues, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { BasicNode } from '../schemas/widgets/index.js';
import { registerBuiltIn } from './registry.js';
import { renderChildren } from './render.js';
import { boxStyles, flushVars, spacingSides } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * `Basic` root: a bare flex layout (entity previews, small inline widgets) with no surface of its
 * own. `direction` (default column), `gap`, `padding`, `align` and `justify` lay out its children,
 * which may themselves be roots (a Card or ListView). `theme` forces a colour scheme on the
 * subtree.
 *
 * @tagname ck-widget-basic
 */
@element('ck-widget-basic')
export class CkWidgetBasic extends WidgetElement<BasicNode> {
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    const { direction, gap, padding, align, justify, theme } = this.node;
    this.setHostAttribute('data-axis', direction ?? 'col');
    // The attribute picks the scheme's token values; color-scheme makes light-dark() follow.
    this.setHostAttribute('data-color-scheme', theme ?? null);
    const sides = spacingSides(padding);
    this.setHostStyles({
      ...boxStyles({ gap, padding, align, justify }),
      'color-scheme': theme,
      // Flush children (Divider, Image) bleed over this padding.
      ...flushVars(sides),
    });
  }

  protected override render(): TemplateResult {
    return html`${renderChildren(this.node.children, this.ctx)}`;
  }
}

registerBuiltIn<BasicNode>('Basic', {
  validate: schemaValidator<BasicNode>(),
  render: (node, ctx) => html`<ck-widget-basic .node=${node} .ctx=${ctx}></ck-widget-basic>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-basic': CkWidgetBasic;
  }
}
