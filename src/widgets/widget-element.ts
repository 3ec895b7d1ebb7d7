import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { inertContext, type WidgetContext } from './context.js';

/**
 * Base of every widget component element. Widgets render in light DOM: the whole tree lives in
 * the shadow root of its `<ck-widget-item>`, which adopts one stylesheet (tokens and every
 * component's styles) instead of one shadow root and sheet per node — a 1,000-row list stays
 * cheap, and one theme restyles every widget.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- N types `node` for each subclass
export abstract class WidgetElement<N extends object> extends LitElement {
  /** The validated node (props with defaults applied). */
  @property({ attribute: false }) node!: N;
  /** Where actions and diagnostics go. */
  @property({ attribute: false }) ctx: WidgetContext = inertContext;

  /** Inline properties this element set last time, so stale ones can be removed. */
  private hostStyleKeys: string[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /**
   * Sets (or, with `null`, removes) one of this element's own attributes, leaving it untouched
   * when it already has that value: a patch to a child re-renders its containers with an equal
   * node, and that should not change (or report) anything in the DOM outside the patched node.
   */
  protected setHostAttribute(name: string, value: string | null): void {
    if (value === null) this.removeAttribute(name);
    else if (this.getAttribute(name) !== value) this.setAttribute(name, value);
  }

  /**
   * Sets this element's own inline style from token-mapped values (see `tokens.ts`): the element
   * itself is the styled box, which saves a wrapper per node. Values are already sanitized;
   * `setProperty` also rejects anything that is not a single valid value.
   */
  protected setHostStyles(styles: Readonly<Record<string, string | null | undefined>>): void {
    const next: string[] = [];
    for (const [property, value] of Object.entries(styles)) {
      if (value === null || value === undefined || value === '') continue;
      this.style.setProperty(property, value);
      next.push(property);
    }
    for (const property of this.hostStyleKeys) if (!next.includes(property)) this.style.removeProperty(property);
    this.hostStyleKeys = next;
  }
}
