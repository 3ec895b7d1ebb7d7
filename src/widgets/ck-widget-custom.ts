import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { element } from '../define-element.js';
import type { WidgetContext } from './context.js';
import { setCustomRenderer, type CustomWidgetDefinition } from './registry.js';
import { WidgetElement } from './widget-element.js';

/**
 * Hosts an app-registered component (see `registerWidget`): creates the app's element once and
 * hands it the validated `node` and the widget `ctx` (for `ctx.action(...)`), or shows what its
 * `render` function returns.
 *
 * @tagname ck-widget-custom
 */
@element('ck-widget-custom')
export class CkWidgetCustom extends WidgetElement<Record<string, unknown>> {
  /** The registered definition. */
  @property({ attribute: false }) definition: CustomWidgetDefinition | null = null;

  private hosted: (HTMLElement & { node?: unknown; ctx?: WidgetContext }) | null = null;

  protected override updated(changed: PropertyValues<this>): void {
    const tag = this.definition?.element;
    if (!tag) return;
    if (this.hosted?.localName !== tag) {
      this.hosted?.remove();
      this.hosted = document.createElement(tag);
      this.append(this.hosted);
    }
    if (changed.has('node') || changed.has('ctx') || changed.has('definition')) {
      this.hosted.ctx = this.ctx;
      this.hosted.node = this.node;
    }
  }

  protected override render(): TemplateResult | Node | typeof nothing {
    const render = this.definition?.render;
    if (this.definition?.element || !render) return nothing;
    return render(this.node, this.ctx);
  }
}

setCustomRenderer(
  (definition, node, ctx) =>
    html`<ck-widget-custom .definition=${definition} .node=${node} .ctx=${ctx}></ck-widget-custom>`,
);

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-custom': CkWidgetCustom;
  }
}
