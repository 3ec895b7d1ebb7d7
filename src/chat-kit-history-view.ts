/**
 * The history chunk: the panel element, the list's state machine (`ThreadHistory`) and the
 * panel's wiring to `<chat-kit>`. Imported the first time the history is opened (see
 * `chat-kit-history.ts`, which stays in the main bundle).
 */
import { html, type TemplateResult } from 'lit';
import type { HistoryHost } from './chat-kit-history.js';
import type { ThreadHistory } from './controller/thread-history.js';
import type { HistoryDeleteEvent, HistoryOpenEvent, HistoryRenameEvent, HistoryToggleEvent } from './events/internal-events.js';
import './elements/icons-more.js';
import './elements/ck-history-panel.js';

export { ThreadHistory } from './controller/thread-history.js';

/** What the panel's wiring needs from the history controller. */
export interface HistoryPanelContext {
  readonly host: HistoryHost;
  readonly history: ThreadHistory;
  /** Closes the panel; focus goes back where it was unless `restoreFocus` is false. */
  hide(restoreFocus?: boolean): void;
}

function onOpen(ctx: HistoryPanelContext, event: HistoryOpenEvent): void {
  const { host } = ctx;
  const { threadId } = event.detail;
  // The user picked a conversation to continue: the composer is where they go next.
  ctx.hide(false);
  const opened = threadId === host.activeThreadId ? Promise.resolve() : host.openThread(threadId);
  // setThreadId reports its own errors (and the thread view shows them).
  opened.then(() => host.focusComposer(), () => host.focusComposer()).catch(() => undefined);
}

/** Hands the request's promise back to the panel (it shows progress and errors) and reports failures. */
function answer(ctx: HistoryPanelContext, event: HistoryRenameEvent | HistoryDeleteEvent, result: Promise<void>): void {
  event.stopPropagation();
  event.detail.result = result;
  result.catch((error: unknown) => {
    ctx.host.reportError(error);
  });
}

function onMore(ctx: HistoryPanelContext): void {
  const { history } = ctx;
  const next = history.state.loaded ? history.loadMore() : history.refresh();
  next.catch((error: unknown) => {
    ctx.host.reportError(error);
  });
}

/** The panel bound to the list's state and to `<chat-kit>`'s open/rename/delete handling. */
export function renderHistoryPanel(ctx: HistoryPanelContext): TemplateResult {
  const { host, history } = ctx;
  const state = history.state;
  const { showRename, showDelete } = host.config.history;
  return html`<ck-history-panel
    part="history"
    .threads=${state.threads}
    .hasMore=${state.hasMore}
    .loading=${state.loading}
    .loaded=${state.loaded}
    .error=${state.error}
    .activeThreadId=${host.activeThreadId}
    .showRename=${showRename}
    .showDelete=${showDelete}
    .locale=${host.config.locale}
    .headingLevel=${host.headingLevel}
    .strings=${host.strings}
    @ck-history-toggle=${(e: HistoryToggleEvent) => {
      if (!e.detail.open) ctx.hide();
    }}
    @ck-history-open=${(e: HistoryOpenEvent) => {
      onOpen(ctx, e);
    }}
    @ck-history-more=${() => {
      onMore(ctx);
    }}
    @ck-history-rename=${(e: HistoryRenameEvent) => {
      answer(ctx, e, history.rename(e.detail.threadId, e.detail.title).then(() => undefined));
    }}
    @ck-history-delete=${(e: HistoryDeleteEvent) => {
      const { threadId } = e.detail;
      answer(
        ctx,
        e,
        history.remove(threadId).then(() => {
          if (threadId === host.activeThreadId) host.newThread();
        }),
      );
    }}
  ></ck-history-panel>`;
}
