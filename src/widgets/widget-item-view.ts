/**
 * The widgets chunk: everything `<ck-widget-item>` needs to render a widget tree (every built-in
 * component, their styles and tokens, the per-component schemas, the full icon set) and to run
 * its actions. Imported on first use by `ck-widget-item.ts`, which stays tiny in the main bundle.
 */
import { adoptStyles, html, nothing, type CSSResultGroup, type CSSResultOrNative, type ReactiveController, type TemplateResult } from 'lit';
import { WidgetActionRequestEvent, WidgetLogEvent } from '../events/internal-events.js';
import { ActionConfigSchema, type ActionConfig } from '../schemas/index.js';
import { base } from '../styles/tokens.js';
import { widgetItemStyles } from './ck-widget-item.styles.js';
import type { CkWidgetItem } from './ck-widget-item.js';
import { effectiveLoading, type ActionSource, type WidgetContext } from './context.js';
import { renderNode } from './render.js';
import { widgetStyles } from './styles.js';
import './icon-table.js';
import './components.js';

/** Flattens a style group the way Lit does for `static styles`. */
function flatten(group: CSSResultGroup): CSSResultOrNative[] {
  return Array.isArray(group) ? group.flatMap((entry: CSSResultGroup) => flatten(entry)) : [group];
}

/** The item's own sheets plus every component's, in the order the element always had. */
const sheets = flatten([base, widgetStyles, widgetItemStyles]);

/**
 * The rendering half of one `<ck-widget-item>`: its tree, the actions it forwards to
 * `<chat-kit>`, and their loading and error states.
 */
export class WidgetItemView implements ReactiveController {
  /** A `container` loading state is running: the widget is dimmed and inert. */
  private busy = false;
  private error: string | null = null;
  /** One context per item id, so re-rendering does not hand every node a new object. */
  private context: WidgetContext | null = null;

  constructor(private readonly host: CkWidgetItem) {
    host.addController(this);
    adoptStyles(host.renderRoot as ShadowRoot, sheets);
  }

  hostConnected(): void {
    // Nothing to set up: the view lives as long as its element.
  }

  private set(busy: boolean, error: string | null): void {
    this.busy = busy;
    this.error = error;
    this.host.requestUpdate();
  }

  private contextFor(itemId: string): WidgetContext {
    const { strings, headingLevel } = this.host;
    if (this.context?.itemId !== itemId || this.context.strings !== strings || this.context.headingLevel !== headingLevel) {
      this.context = {
        itemId,
        strings,
        headingLevel,
        action: (action, source) => this.runAction(action, source),
        log: (name, data) => {
          this.host.dispatchEvent(new WidgetLogEvent(name, data));
        },
      };
    }
    return this.context;
  }

  private async runAction(raw: ActionConfig, source: ActionSource): Promise<void> {
    const item = this.host.item;
    if (!item) return;
    // Built-in nodes were parsed already; app components may pass a bare {type, payload}.
    const parsed = ActionConfigSchema.safeParse(raw);
    if (!parsed.success) throw new Error('chat-kit: invalid widget action (it needs a string type)');
    const action = parsed.data;
    const request = new WidgetActionRequestEvent(action, item);
    this.host.dispatchEvent(request);
    const result = request.detail.result ?? Promise.resolve();
    const loading = effectiveLoading(action, source.binding);
    if (loading === 'self') source.setLoading?.(true);
    if (loading === 'container') this.set(true, this.error);
    try {
      await result;
      this.set(this.busy, null);
    } catch (error) {
      // The widget stays usable; the message says what happened next to it.
      this.set(this.busy, error instanceof Error ? error.message.replace(/^chat-kit: /, '') : String(error));
      throw error;
    } finally {
      if (loading === 'self') source.setLoading?.(false);
      if (loading === 'container') this.set(false, this.error);
    }
  }

  render(): TemplateResult | typeof nothing {
    const item = this.host.item;
    if (!item) return nothing;
    return html`
      <div class="root" part="root" ?inert=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>
        ${renderNode(item.widget, this.contextFor(item.id))}
      </div>
      ${this.error
        ? html`<p class="ck-w-error" part="error" role="alert">
            <span>${this.error}</span>
            <button type="button" @click=${() => { this.set(this.busy, null); }}>${this.host.strings.dismiss}</button>
          </p>`
        : nothing}
    `;
  }
}
