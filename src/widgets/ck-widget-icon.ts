import { html, type PropertyValues, type SVGTemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { IconNode } from '../schemas/widgets/index.js';
import { iconSvg } from './icon-set.js';
import { registerBuiltIn } from './registry.js';
import { iconColor } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

const ICON_SIZES = new Set(['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl']);

/**
 * `Icon`: a named icon from the widget icon set, decorative (`aria-hidden`; the text next to it
 * carries the meaning). Unknown names draw the set's neutral fallback glyph. `size` follows the
 * icon scale (`xs` … `3xl`, default `md`); `color` takes the text colour vocabulary and defaults
 * to the surrounding text colour.
 *
 * @tagname ck-widget-icon
 */
@element('ck-widget-icon')
export class CkWidgetIcon extends WidgetElement<IconNode> {
  override connectedCallback(): void {
    super.connectedCallback();
    this.setHostAttribute('aria-hidden', 'true');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    const { size, color } = this.node;
    this.setHostStyles({
      // The SVG is 1em square, so the icon scale sets the font size.
      'font-size': `var(--ck-w-icon-${size !== undefined && ICON_SIZES.has(size) ? size : 'md'})`,
      color: iconColor(color),
    });
  }

  protected override render(): SVGTemplateResult {
    return iconSvg(this.node.name);
  }
}

registerBuiltIn<IconNode>('Icon', {
  validate: schemaValidator<IconNode>(),
  render: (node, ctx) => html`<ck-widget-icon .node=${node} .ctx=${ctx}></ck-widget-icon>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-icon': CkWidgetIcon;
  }
}
