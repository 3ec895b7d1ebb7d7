import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ThreadHistory } from './controller/thread-history.js';
import type { ResolvedConfig } from './controller/config.js';
import type { CkHistoryPanel } from './elements/ck-history-panel.js';
import type {
  HistoryDeleteEvent,
  HistoryOpenEvent,
  HistoryRenameEvent,
  HistoryToggleEvent,
} from './events/internal-events.js';
import type { Catalogue } from './i18n/index.js';
import type { ChatKitClient } from './protocol/index.js';
import type { ThreadMetadata } from './schemas/index.js';
import './elements/ck-history-panel.js';

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
 */
export class HistoryController implements ReactiveController {
  /** The panel is showing (in place of the thread view and composer). */
  open = false;
  private readonly history: ThreadHistory;
  private unsubscribe: (() => void) | null = null;
  /** Where focus was before the panel opened, to give it back when it closes. */
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly host: HistoryHost,
    client: ChatKitClient,
  ) {
    this.history = new ThreadHistory({ send: (request) => client.send(request) });
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.history.subscribe(() => {
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Opens the panel and (re)loads the first page, so titles changed elsewhere show up. */
  show(): void {
    if (this.open) return;
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    this.returnFocus = active instanceof HTMLElement ? active : null;
    this.open = true;
    this.host.requestUpdate();
    void this.history.refresh().catch((error: unknown) => {
      this.host.reportError(error);
    });
    void this.host.updateComplete.then(() => this.panel?.focusInitial());
  }

  /** Closes the panel; focus goes back where it was before, unless the caller moves it. */
  hide(restoreFocus = true): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    const target = restoreFocus ? this.returnFocus : null;
    this.returnFocus = null;
    void this.host.updateComplete.then(() => {
      if (target?.isConnected) target.focus();
    });
  }

  /** The open thread was created or renamed: keep its entry current without a refetch. */
  noteThread(thread: ThreadMetadata): void {
    if (this.history.state.loaded) this.history.upsert(thread);
  }

  private get panel(): CkHistoryPanel | null {
    return this.host.renderRoot.querySelector('ck-history-panel');
  }

  private onOpen(event: HistoryOpenEvent): void {
    const { threadId } = event.detail;
    // The user picked a conversation to continue: the composer is where they go next.
    this.hide(false);
    const opened = threadId === this.host.activeThreadId ? Promise.resolve() : this.host.openThread(threadId);
    // setThreadId reports its own errors (and the thread view shows them).
    opened.then(() => this.host.focusComposer(), () => this.host.focusComposer()).catch(() => undefined);
  }

  private onRename(event: HistoryRenameEvent): void {
    event.stopPropagation();
    const result = this.history.rename(event.detail.threadId, event.detail.title).then(() => undefined);
    event.detail.result = result;
    result.catch((error: unknown) => {
      this.host.reportError(error);
    });
  }

  private onDelete(event: HistoryDeleteEvent): void {
    event.stopPropagation();
    const { threadId } = event.detail;
    const result = this.history.remove(threadId).then(() => {
      if (threadId === this.host.activeThreadId) this.host.newThread();
    });
    event.detail.result = result;
    result.catch((error: unknown) => {
      this.host.reportError(error);
    });
  }

  private onMore(): void {
    const state = this.history.state;
    const next = state.loaded ? this.history.loadMore() : this.history.refresh();
    next.catch((error: unknown) => {
      this.host.reportError(error);
    });
  }

  render(): TemplateResult {
    const state = this.history.state;
    const { showRename, showDelete } = this.host.config.history;
    return html`<ck-history-panel
      part="history"
      .threads=${state.threads}
      .hasMore=${state.hasMore}
      .loading=${state.loading}
      .loaded=${state.loaded}
      .error=${state.error}
      .activeThreadId=${this.host.activeThreadId}
      .showRename=${showRename}
      .showDelete=${showDelete}
      .locale=${this.host.config.locale}
      .headingLevel=${this.host.headingLevel}
      .strings=${this.host.strings}
      @ck-history-toggle=${(e: HistoryToggleEvent) => {
        if (!e.detail.open) this.hide();
      }}
      @ck-history-open=${(e: HistoryOpenEvent) => {
        this.onOpen(e);
      }}
      @ck-history-more=${() => {
        this.onMore();
      }}
      @ck-history-rename=${(e: HistoryRenameEvent) => {
        this.onRename(e);
      }}
      @ck-history-delete=${(e: HistoryDeleteEvent) => {
        this.onDelete(e);
      }}
    ></ck-history-panel>`;
  }
}
