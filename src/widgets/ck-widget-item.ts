import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { WidgetActionRequestEvent, WidgetLogEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import { ActionConfigSchema, type ActionConfig, type WidgetItem } from '../schemas/index.js';
import { base } from '../styles/tokens.js';
import { effectiveLoading, type ActionSource, type WidgetContext } from './context.js';
import { renderNode } from './render.js';
import { widgetStyles } from './styles.js';
import { widgetItemStyles } from './ck-widget-item.styles.js';
import './components.js';

/**
 * One widget thread item: renders its tree (light-DOM widget elements under this shadow root),
 * forwards the tree's actions to `<chat-kit>`, and shows their loading and error states.
 *
 * @tagname ck-widget-item
 * @csspart root - The widget tree's container.
 * @csspart error - The message shown when an action failed.
 */
@element('ck-widget-item')
export class CkWidgetItem extends LitElement {
  static override styles = [base, widgetStyles, widgetItemStyles];

  /** The widget item. */
  @property({ attribute: false }) item: WidgetItem | null = null;

  /** A `container` loading state is running: the widget is dimmed and inert. */
  @state() private busy = false;
  @state() private error: string | null = null;

  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /** The element's colour scheme; the widget tokens switch on it (a Card `theme` can override). */
  @property({ reflect: true, attribute: 'data-color-scheme' }) scheme: 'light' | 'dark' = 'light';

  /** Outline level of the thread's top headings; widget headings go one deeper. */
  @property({ attribute: false }) headingLevel = 2;

  /** One context per item id, so re-rendering does not hand every node a new object. */
  private context: WidgetContext | null = null;

  private contextFor(itemId: string): WidgetContext {
    if (this.context?.itemId !== itemId || this.context.strings !== this.strings || this.context.headingLevel !== this.headingLevel) {
      this.context = {
        itemId,
        strings: this.strings,
        headingLevel: this.headingLevel,
        action: (action, source) => this.runAction(action, source),
        log: (name, data) => {
          this.dispatchEvent(new WidgetLogEvent(name, data));
        },
      };
    }
    return this.context;
  }

  private async runAction(raw: ActionConfig, source: ActionSource): Promise<void> {
    const item = this.item;
    if (!item) return;
    // Built-in nodes were parsed already; app components may pass a bare {type, payload}.
    const parsed = ActionConfigSchema.safeParse(raw);
    if (!parsed.success) throw new Error('chat-kit: invalid widget action (it needs a string type)');
    const action = parsed.data;
    const request = new WidgetActionRequestEvent(action, item);
    this.dispatchEvent(request);
    const result = request.detail.result ?? Promise.resolve();
    const loading = effectiveLoading(action, source.binding);
    if (loading === 'self') source.setLoading?.(true);
    if (loading === 'container') this.busy = true;
    try {
      await result;
      this.error = null;
    } catch (error) {
      // The widget stays usable; the message says what happened next to it.
      this.error = error instanceof Error ? error.message.replace(/^chat-kit: /, '') : String(error);
      throw error;
    } finally {
      if (loading === 'self') source.setLoading?.(false);
      if (loading === 'container') this.busy = false;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item) return nothing;
    return html`
      <div class="root" part="root" ?inert=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>
        ${renderNode(item.widget, this.contextFor(item.id))}
      </div>
      ${this.error
        ? html`<p class="ck-w-error" part="error" role="alert">
            <span>${this.error}</span>
            <button type="button" @click=${() => (this.error = null)}>${this.strings.dismiss}</button>
          </p>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-item': CkWidgetItem;
  }
}
