import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { en, type Catalogue } from '../i18n/index.js';
import type { WidgetItem } from '../schemas/index.js';
import { base } from '../styles/tokens.js';
import { widgetItemStyles } from './ck-widget-item.styles.js';
import { afterChunks, ChunkErrorEvent, lazyChunk } from './lazy-chunk.js';
import type { WidgetItemView } from './widget-item-view.js';

/** The widgets chunk (every component, its styles and schemas), imported by the first widget. */
const widgets = lazyChunk(() => import('./widget-item-view.js'));

/**
 * One widget thread item: renders its tree (light-DOM widget elements under this shadow root),
 * forwards the tree's actions to `<chat-kit>`, and shows their loading and error states.
 *
 * The element itself is tiny: the components live in a chunk that the first widget item loads.
 * Until it is in, the item shows a quiet placeholder (visible only if loading takes a moment);
 * if it cannot be loaded (offline), a contained message with Retry, and `<chat-kit>` fires
 * `chatkit.error`. `updateComplete` waits for the chunk, so awaiting it means the tree is there.
 *
 * @tagname ck-widget-item
 * @csspart root - The widget tree's container.
 * @csspart error - The message shown when an action failed, or when the widget could not be loaded.
 */
@element('ck-widget-item')
export class CkWidgetItem extends LitElement {
  static override styles = [base, widgetItemStyles];

  /** The widget item. */
  @property({ attribute: false }) item: WidgetItem | null = null;

  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /** The element's colour scheme; the widget tokens switch on it (a Card `theme` can override). */
  @property({ reflect: true, attribute: 'data-color-scheme' }) scheme: 'light' | 'dark' = 'light';

  /** Outline level of the thread's top headings; widget headings go one deeper. */
  @property({ attribute: false }) headingLevel = 2;

  /** The widgets chunk could not be loaded. */
  @state() private failed = false;
  private view: WidgetItemView | null = null;

  protected override willUpdate(): void {
    if (this.item && !this.view && !this.failed) this.attachView();
  }

  private attachView(): void {
    const loaded = widgets.module;
    if (loaded) {
      this.view = new loaded.WidgetItemView(this);
      return;
    }
    widgets.load().then(
      () => {
        this.requestUpdate();
      },
      (error: unknown) => {
        this.failed = true;
        this.dispatchEvent(new ChunkErrorEvent(error));
      },
    );
  }

  private retry(): void {
    this.failed = false;
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return afterChunks(() => [this.view ? null : widgets.pending], () => super.getUpdateComplete());
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.item) return nothing;
    if (this.view) return this.view.render();
    if (this.failed) {
      return html`<p class="ck-w-error" part="error" role="alert">
        <span>${this.strings.widgetUnavailable}</span>
        <button type="button" @click=${this.retry}>${this.strings.retry}</button>
      </p>`;
    }
    return html`<div class="root" part="root" aria-busy="true"><div class="ck-w-skeleton"></div></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-item': CkWidgetItem;
  }
}
