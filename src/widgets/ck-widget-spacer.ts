import { html, nothing, type PropertyValues } from 'lit';
import { element } from '../define-element.js';
import type { SpacerNode } from '../schemas/widgets/index.js';
import { registerBuiltIn } from './registry.js';
import { size } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * A flexible gap that takes the free space along its parent's axis (`flex: 1 1 auto`), never
 * shrinking below `minSize` (number = px). The axis comes from the parent's `data-axis`
 * (see `ck-widget-box`), so a spacer in a Row pushes horizontally and one in a Col vertically.
 *
 * @tagname ck-widget-spacer
 */
@element('ck-widget-spacer')
export class CkWidgetSpacer extends WidgetElement<SpacerNode> {
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('node')) this.setHostStyles({ '--ck-w-spacer-min': size(this.node.minSize) });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Purely visual: nothing for assistive technology to announce.
    this.setHostAttribute('aria-hidden', 'true');
  }

  protected override render(): typeof nothing {
    return nothing;
  }
}

registerBuiltIn<SpacerNode>('Spacer', {
  validate: schemaValidator<SpacerNode>(),
  render: (node, ctx) => html`<ck-widget-spacer .node=${node} .ctx=${ctx}></ck-widget-spacer>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-spacer': CkWidgetSpacer;
  }
}
