import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { element } from '../define-element.js';
import type { TransitionNode } from '../schemas/widgets/index.js';
import { registerBuiltIn } from './registry.js';
import { keyOf, renderNode } from './render.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/** One rendered child: the current one, or the previous one fading out. */
interface Layer {
  readonly id: number;
  /** The child's identity (`key`, then `id`, then `type`). */
  readonly key: string;
  readonly node: object;
  readonly leaving: boolean;
}

const ENTER_MS = 200;
const LEAVE_MS = 150;

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * `Transition`: renders its one child and animates a swap. While the child keeps its identity
 * (`key`, then `id`, then `type`) it simply re-renders in place (its DOM, focus and typed text
 * survive); when the identity changes the old child stays briefly, inert and hidden from
 * assistive technology, and fades out while the new one fades and slides in over it, then the
 * height settles. With `prefers-reduced-motion: reduce` the new child replaces the old at once.
 *
 * @tagname ck-widget-transition
 */
@element('ck-widget-transition')
export class CkWidgetTransition extends WidgetElement<TransitionNode> {
  @state() private layers: readonly Layer[] = [];
  private nextLayerId = 0;
  /** Layers whose enter/leave animation starts once they are rendered. */
  private entering: number | null = null;
  private leaving: number | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    const child: unknown = this.node.children;
    const node = typeof child === 'object' && child !== null ? child : null;
    const key = node === null ? null : keyOf(node, 0);
    const current = this.layers.find((layer) => !layer.leaving);
    if (current && node !== null && current.key === key) {
      this.layers = this.layers.map((layer) => (layer === current ? { ...layer, node } : layer));
      return;
    }
    const next: Layer[] = node === null || key === null ? [] : [{ id: this.nextLayerId++, key, node, leaving: false }];
    if (!current || !this.hasUpdated || !this.isConnected || reducedMotion()) {
      this.layers = next;
      this.entering = this.leaving = null;
      return;
    }
    // Only the latest outgoing child stays for the cross-fade; older ones go at once.
    this.layers = [{ ...current, leaving: true }, ...next];
    this.leaving = current.id;
    this.entering = next[0]?.id ?? null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { entering, leaving } = this;
    this.entering = this.leaving = null;
    if (entering !== null) {
      this.layerElement(entering)?.animate(
        [
          { opacity: 0, transform: 'translateY(4px)' },
          { opacity: 1, transform: 'none' },
        ],
        { duration: ENTER_MS, easing: 'ease-out' },
      );
    }
    if (leaving !== null) void this.leave(leaving);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.layers.some((layer) => layer.leaving)) this.layers = this.layers.filter((layer) => !layer.leaving);
  }

  private layerElement(id: number): HTMLElement | null {
    return this.querySelector<HTMLElement>(`:scope > [data-layer="${String(id)}"]`);
  }

  private async leave(id: number): Promise<void> {
    const el = this.layerElement(id);
    if (!el) return;
    for (const running of el.getAnimations()) running.cancel();
    try {
      await el.animate([{ opacity: 1 }, { opacity: 0 }], { duration: LEAVE_MS, easing: 'ease-in', fill: 'forwards' }).finished;
    } catch {
      return; // cancelled by a newer swap, which handles this layer
    }
    if (!this.layers.some((layer) => layer.id === id)) return;
    const before = this.offsetHeight;
    this.layers = this.layers.filter((layer) => layer.id !== id);
    await this.updateComplete;
    const after = this.offsetHeight;
    // The stack was as tall as the taller child; ease into the new child's height.
    if (before !== after && this.isConnected && !reducedMotion()) {
      this.animate([{ height: `${String(before)}px` }, { height: `${String(after)}px` }], { duration: LEAVE_MS, easing: 'ease-out' });
    }
  }

  protected override render(): TemplateResult {
    return html`${repeat(
      this.layers,
      (layer) => layer.id,
      (layer) =>
        html`<div
          class="ck-w-transition__layer"
          data-layer=${layer.id}
          ?inert=${layer.leaving}
          aria-hidden=${layer.leaving ? 'true' : nothing}
        >
          ${renderNode(layer.node, this.ctx)}
        </div>`,
    )}`;
  }
}

registerBuiltIn<TransitionNode>('Transition', {
  validate: schemaValidator<TransitionNode>(),
  render: (node, ctx) => html`<ck-widget-transition .node=${node} .ctx=${ctx}></ck-widget-transition>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-transition': CkWidgetTransition;
  }
}
