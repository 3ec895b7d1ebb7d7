import { html, nothing, type PropertyValues } from 'lit';
import { element } from '../define-element.js';
import type { DividerNode } from '../schemas/widgets/index.js';
import { registerBuiltIn } from './registry.js';
import { borderColor, size, spacing } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * A rule between sections (`role="separator"` on the element itself). Horizontal in a column,
 * vertical inside a Row. `color` takes the border tokens (`default`, `subtle`, `strong`) or any
 * colour, `size` is the thickness (number = px), `spacing` the space on both sides (number =
 * spacing units), and `flush` extends the rule over the enclosing Card's padding to its edges.
 *
 * @tagname ck-widget-divider
 * @cssprop --ck-w-divider-color - Line colour when the node sets none.
 */
@element('ck-widget-divider')
export class CkWidgetDivider extends WidgetElement<DividerNode> {
  override connectedCallback(): void {
    super.connectedCallback();
    this.setHostAttribute('role', 'separator');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    const { color, size: thickness, spacing: space, flush } = this.node;
    this.toggleAttribute('data-flush', flush === true);
    this.setHostStyles({
      '--ck-w-divider-color': color === undefined ? undefined : borderColor(color),
      '--ck-w-divider-size': size(thickness),
      '--ck-w-divider-spacing': spacing(space),
    });
  }

  protected override updated(): void {
    // The parent is a flex container rendered before its children update, so its axis is known.
    const vertical = this.parentElement?.dataset.axis === 'row';
    if (vertical) this.setHostAttribute('aria-orientation', 'vertical');
    else this.removeAttribute('aria-orientation');
  }

  protected override render(): typeof nothing {
    return nothing;
  }
}

registerBuiltIn<DividerNode>('Divider', {
  validate: schemaValidator<DividerNode>(),
  render: (node, ctx) => html`<ck-widget-divider .node=${node} .ctx=${ctx}></ck-widget-divider>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-divider': CkWidgetDivider;
  }
}
