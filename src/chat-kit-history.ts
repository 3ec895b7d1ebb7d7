import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ThreadHistory } from './controller/thread-history.js';
import { asError } from './controller/client-tools.js';
import type { ResolvedConfig } from './controller/config.js';
import type { CkHistoryPanel } from './elements/ck-history-panel.js';
import type { Catalogue } from './i18n/index.js';
import type { ChatKitClient } from './protocol/index.js';
import type { ThreadMetadata } from './schemas/index.js';
import { ChatKitHistoryCloseEvent, ChatKitHistoryOpenEvent } from './events/history-toggle-events.js';
import { ChatKitErrorEvent } from './events/index.js';
import { ChunkErrorEvent, lazyChunk } from './widgets/lazy-chunk.js';

/** The panel, `ThreadHistory` and their wiring: a chunk imported when the history is first opened. */
const historyChunk = lazyChunk(() => import('./chat-kit-history-view.js'));

type ThreadHistorySend = ChatKitClient['send'];

/** Placeholder rows while the panel loads (their widths are in chat-kit.styles.ts, as the panel's). */
const SKELETON_ROWS = [0, 1, 2, 3, 4];

/** What the history panel needs from `<chat-kit>`. */
export interface HistoryHost extends ReactiveControllerHost, EventTarget {
  readonly config: ResolvedConfig;
  readonly strings: Catalogue;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Level of the top headings (the history heading uses it; dates go one deeper). */
  readonly headingLevel: number;
  /** The open thread (to mark it, and to leave it when it is deleted). */
  readonly activeThreadId: string | null;
  openThread(threadId: string): Promise<void>;
  focusComposer(): Promise<void>;
  /** Back to the new-thread view (the open thread was deleted). */
  newThread(): void;
  reportError(error: unknown): void;
}

/**
 * The thread history of `<chat-kit>`: whether the panel is open, the list (fetched when first
 * opened, paged as it scrolls) and the open/rename/delete intents coming from the panel.
 *
 * The panel and the list's logic are a lazy chunk. Until it is in, the panel's place shows the
 * loading skeleton the panel starts with, so opening shows its loading state at once; if the
 * chunk cannot be loaded, a contained message with Try again, and `chatkit.error`.
 */
export class HistoryController implements ReactiveController {
  /** The panel is showing (in place of the thread view and composer). */
  open = false;
  private history: ThreadHistory | null = null;
  private unsubscribe: (() => void) | null = null;
  private connected = false;
  /** The history chunk could not be loaded (said in the panel's place until retried). */
  private failed = false;
  /** Where focus was before the panel opened, to give it back when it closes. */
  private returnFocus: HTMLElement | null = null;
  /** Aborted when the element leaves the page: the list's requests do not outlive it. */
  private lifetime = new AbortController();
  /** A page of the list was on its way when the element left: it is asked for again on return. */
  private interrupted = false;

  constructor(
    private readonly host: HistoryHost,
    private readonly client: ChatKitClient,
  ) {
    host.addController(this);
  }

  /** The history chunk while it loads for the open panel (`<chat-kit>` waits for it in `updateComplete`). */
  get pending(): Promise<unknown> | null {
    return this.open ? historyChunk.pending : null;
  }

  hostConnected(): void {
    this.connected = true;
    if (this.lifetime.signal.aborted) this.lifetime = new AbortController();
    this.subscribe();
    const history = this.history;
    if (this.interrupted && history) {
      this.interrupted = false;
      if (this.open) this.refresh(history);
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.interrupted = this.history?.state.loading ?? false;
    this.lifetime.abort();
  }

  /** `client.send` tied to the element's time on the page (and to the list's own signal). */
  private send: ThreadHistorySend = (request, options) => {
    const own = options?.signal;
    const signal = own ? AbortSignal.any([own, this.lifetime.signal]) : this.lifetime.signal;
    return this.client.send(request, { ...options, signal });
  };

  private subscribe(): void {
    if (!this.history || !this.connected || this.unsubscribe) return;
    this.unsubscribe = this.history.subscribe(() => {
      this.host.requestUpdate();
    });
  }

  /** Opens the panel and (re)loads the first page, so titles changed elsewhere show up. */
  show(): void {
    if (this.open) return;
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    this.returnFocus = active instanceof HTMLElement ? active : null;
    this.open = true;
    this.failed = false;
    this.host.requestUpdate();
    this.host.dispatchEvent(new ChatKitHistoryOpenEvent());
    if (this.history) {
      this.opened(this.history);
      return;
    }
    historyChunk.load().then(
      ({ ThreadHistory }) => {
        if (!this.history) {
          this.history = new ThreadHistory({
            send: this.send,
            onError: (error) => {
              this.host.dispatchEvent(new ChatKitErrorEvent(asError(error)));
              this.host.reportError(error);
            },
          });
          this.subscribe();
        }
        if (this.open) this.opened(this.history);
      },
      (error: unknown) => {
        this.failed = true;
        this.host.requestUpdate();
        this.host.renderRoot.dispatchEvent(new ChunkErrorEvent(error));
      },
    );
  }

  /** The panel can render: (re)load the first page and move focus into it. */
  private opened(history: ThreadHistory): void {
    this.refresh(history);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => (this.open ? this.panel?.focusInitial() : undefined));
  }

  private refresh(history: ThreadHistory): void {
    history.refresh().catch((error: unknown) => {
      this.host.reportError(error);
    });
  }

  /** Closes the panel; focus goes back where it was before, unless the caller moves it. */
  hide(restoreFocus = true): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    this.host.dispatchEvent(new ChatKitHistoryCloseEvent());
    const target = restoreFocus ? this.returnFocus : null;
    this.returnFocus = null;
    void this.host.updateComplete.then(() => {
      if (target?.isConnected) target.focus();
    });
  }

  /** The open thread was created or renamed: keep its entry current without a refetch. */
  noteThread(thread: ThreadMetadata): void {
    if (this.history?.state.loaded) this.history.upsert(thread);
  }

  private get panel(): CkHistoryPanel | null {
    return this.host.renderRoot.querySelector('ck-history-panel');
  }

  /** Tries the chunk again; focus still goes back to where it was before the panel opened. */
  private retry(): void {
    const returnFocus = this.returnFocus;
    this.open = false;
    this.show();
    this.returnFocus = returnFocus;
  }

  /** Until the chunk is in: the panel's loading skeleton, or why it could not be loaded. */
  private renderPending(): TemplateResult {
    const strings = this.host.strings;
    if (this.failed) {
      return html`<div class="history-pending" part="history">
        <div class="history-error" role="alert">
          <p>${strings.historyLoadFailed}</p>
          <button type="button" @click=${() => { this.retry(); }}>${strings.historyRetry}</button>
        </div>
      </div>`;
    }
    return html`<div class="history-pending" part="history" aria-busy="true">
      <div class="history-skeleton" aria-hidden="true">
        ${SKELETON_ROWS.map(() => html`<div class="skeleton-row"></div>`)}
      </div>
      <div class="visually-hidden" role="status">${strings.historyLoading}</div>
    </div>`;
  }

  render(): TemplateResult {
    const view = historyChunk.module;
    const history = this.history;
    if (!view || !history) return this.renderPending();
    return view.renderHistoryPanel({ host: this.host, history, hide: (restoreFocus) => { this.hide(restoreFocus); } });
  }
}
