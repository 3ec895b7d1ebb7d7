/**
 * The shape of one thread as the view sees it, and the actions that change it.
 *
 * State is plain immutable data: every change produces new objects along the changed path only,
 * so a view can compare by identity (`prev.items.get(id) === next.items.get(id)` means that item
 * did not change, `prev.itemIds === next.itemIds` means nothing was added, removed or reordered).
 */
import { HIDDEN_ITEM_TYPES } from '../schemas/index.js';
import type { FeedbackKind, Thread, ThreadItem, ThreadMetadata, ThreadStreamEvent, UserMessageItem } from '../schemas/index.js';

/**
 * What a running request is for. Streaming kinds make the thread `responding`; `load` (threads.get_by_id)
 * and `history` (items.list paging) make it `loading`.
 */
export type RequestKind = 'send' | 'retry' | 'action' | 'tool_output' | 'structured_input' | 'load' | 'history';

/** Request kinds whose reply is an SSE stream of thread events. */
export const STREAMING_REQUEST_KINDS: readonly RequestKind[] = ['send', 'retry', 'action', 'tool_output', 'structured_input'];

/** The transient status line of a `progress_update` event. */
export interface Progress {
  readonly icon?: string;
  readonly text: string;
}

/** Level of a `notice` banner. */
export type NoticeLevel = 'info' | 'warning' | 'danger';

/** A user-visible banner from a `notice` event, kept until dismissed. */
export interface Notice {
  /** Generated locally (`notice_1`, `notice_2`, …) so the view can key and dismiss it. */
  readonly id: string;
  readonly level: NoticeLevel;
  readonly title?: string;
  /** Markdown. */
  readonly message: string;
}

/**
 * How the current turn can be retried.
 *
 * - `retry_after_item`: the turn's user message is saved on the server; send
 *   `threads.retry_after_item` with `itemId` (after dispatching `items.removeAfter`).
 * - `resend`: the optimistic message `itemId` never reached the server (the request failed before
 *   the server echoed it); send its content again.
 */
export type RetryTarget =
  | { readonly type: 'retry_after_item'; readonly itemId: string }
  | { readonly type: 'resend'; readonly itemId: string };

/** The error shown for the current turn. */
export interface ThreadError {
  /**
   * Only for server errors with code `custom` (and for request failures). For `stream.error` and
   * unknown codes it is absent: the view shows a generic localized text.
   */
  readonly message?: string;
  /** `stream.error`, `custom`, or a request-failure code chosen by the caller (e.g. `http.500`). */
  readonly code: string;
  readonly allowRetry: boolean;
  /** `stream`: an in-band `error` event; `request`: the HTTP request or the stream itself failed. */
  readonly source: 'stream' | 'request';
  /** Present when `allowRetry` and the state knows which user message the turn belongs to. */
  readonly retry?: RetryTarget;
  /** The user's message never reached the server: its text went back into the composer. */
  readonly unsent?: boolean;
}

/** One page of an `items.list` reply (`Page<ThreadItem>`). */
export interface ItemsPage {
  readonly data: readonly ThreadItem[];
  readonly has_more: boolean;
  readonly after?: string | null | undefined;
}

/** The state of one thread (or of the new-thread draft when `thread` is null). */
export interface ThreadState {
  /** Metadata of the open thread (no items); null while drafting a new thread. */
  readonly thread: ThreadMetadata | null;
  /** Item ids in display order (oldest first). */
  readonly itemIds: readonly string[];
  /**
   * Items by id. A Map (not a record) so ids like `__proto__` are safe and lookups stay O(1); a
   * changed item gets a new Map, but unchanged items keep their identity inside it.
   */
  readonly items: ReadonlyMap<string, ThreadItem>;
  /** Ids of items that were `added` but not yet `done` (still streaming). Emptied at request end. */
  readonly pending: ReadonlySet<string>;
  /** Ids of optimistic local user messages not yet confirmed by the server's `thread.item.done`. */
  readonly optimistic: ReadonlySet<string>;
  /**
   * Progress (0–1) of `generated_image` items still generating, from `generated_image.updated`.
   * Kept beside the item (the wire item has no such field); removed when the item is done.
   */
  readonly imageProgress: ReadonlyMap<string, number>;
  /** The running request, if any (one at a time; sync custom actions are not tracked). */
  readonly request: RequestKind | null;
  /** A streaming request is running (show the stop button / disable sending). */
  readonly responding: boolean;
  /** A thread load or history page request is running. */
  readonly loading: boolean;
  /** From the stream's `stream_options.allow_cancel`; true until a stream says otherwise. */
  readonly allowCancel: boolean;
  /** The latest `progress_update`; cleared by the next item event and when the request ends. */
  readonly progress: Progress | null;
  readonly notices: readonly Notice[];
  /** Counter behind generated notice ids, so the reducer stays pure. */
  readonly noticeSeq: number;
  /** The error of the current turn, cleared when the next request starts. */
  readonly error: ThreadError | null;
  /** Older items exist on the server (page backwards with `items.list {order:"desc", after: beforeCursor}`). */
  readonly hasMoreBefore: boolean;
  /** Id of the oldest loaded item of a desc listing, to pass as `after`. */
  readonly beforeCursor: string | null;
  /**
   * Newer items exist on the server: `threads.get_by_id` embeds the *oldest* page, so when it says
   * `has_more` continue with `items.list {order:"asc", after: afterCursor}`.
   */
  readonly hasMoreAfter: boolean;
  readonly afterCursor: string | null;
  /** An `items.list` page of older items is being fetched (independent of `request`). */
  readonly loadingOlder: boolean;
  /** Feedback given with `items.feedback`, by item id (kept so the thumbs show it). */
  readonly feedback: ReadonlyMap<string, FeedbackKind>;
}

/** Every action the reducer understands. */
export type StoreAction =
  /** Any event of a response stream. */
  | { readonly type: 'stream.event'; readonly event: ThreadStreamEvent }
  | { readonly type: 'request.start'; readonly kind: RequestKind }
  /** The request finished (normally, aborted, or after `request.error`). */
  | { readonly type: 'request.end' }
  /** The HTTP request or the stream failed (not an in-band `error` event). Does not end the request. */
  | {
      readonly type: 'request.error';
      readonly error: { readonly code: string; readonly message?: string; readonly allowRetry?: boolean; readonly unsent?: boolean };
    }
  /** Shows the user's message at once, with a temporary local id (e.g. `local_…`). */
  | { readonly type: 'user.optimistic'; readonly item: UserMessageItem }
  /**
   * A `threads.get_by_id` reply: replaces the whole thread. With `latest` (the newest `items.list`
   * page, requested with `order: "desc"`) the items come from that page and older ones are paged
   * with `beforeCursor`; without it the thread's embedded, oldest-first page is shown. Feedback is
   * kept when the same thread is loaded again (a re-sync).
   */
  | { readonly type: 'thread.loaded'; readonly thread: Thread; readonly latest?: ItemsPage | undefined }
  /** Older items: an `items.list` page requested with `order: "desc"` (newest first). */
  | { readonly type: 'items.prepended'; readonly page: ItemsPage }
  /** Newer items: an `items.list` page requested with `order: "asc"` after `afterCursor`. */
  | { readonly type: 'items.appended'; readonly page: ItemsPage }
  /** Back to an empty new-thread draft. */
  | { readonly type: 'thread.reset' }
  /** `threads.sync_custom_action` returned `updated_item`. */
  | { readonly type: 'item.replace'; readonly item: ThreadItem }
  /** Drops one item locally (an optimistic message whose send failed: its text goes back to the composer). */
  | { readonly type: 'item.remove'; readonly itemId: string }
  /** Before `threads.retry_after_item`: the server deletes later items without telling us. */
  | { readonly type: 'items.removeAfter'; readonly itemId: string }
  | { readonly type: 'notice.dismiss'; readonly id: string }
  | { readonly type: 'error.clear' }
  /** A client tool call was answered (the server sends no event for this). */
  | { readonly type: 'tool.completed'; readonly itemId: string; readonly output: unknown }
  /** An `items.list` page of older items started (`true`) or ended (`false`); see `loadingOlder`. */
  | { readonly type: 'older.loading'; readonly loading: boolean }
  /** Sets (or with `null` clears) the feedback shown for these items. */
  | { readonly type: 'feedback.set'; readonly itemIds: readonly string[]; readonly kind: FeedbackKind | null };

const HIDDEN_TYPES: ReadonlySet<string> = new Set(HIDDEN_ITEM_TYPES);

/** Whether an item is of a type the server never means to show (such items are never stored). */
export function isHiddenItem(item: { readonly type: string }): boolean {
  return HIDDEN_TYPES.has(item.type);
}

const EMPTY_IDS: readonly string[] = Object.freeze([]);
const EMPTY_NOTICES: readonly Notice[] = Object.freeze([]);

/** The state of an empty new-thread draft. */
export function createInitialState(): ThreadState {
  return {
    thread: null,
    itemIds: EMPTY_IDS,
    items: new Map(),
    pending: new Set(),
    optimistic: new Set(),
    imageProgress: new Map(),
    request: null,
    responding: false,
    loading: false,
    allowCancel: true,
    progress: null,
    notices: EMPTY_NOTICES,
    noticeSeq: 0,
    error: null,
    hasMoreBefore: false,
    beforeCursor: null,
    hasMoreAfter: false,
    afterCursor: null,
    loadingOlder: false,
    feedback: new Map(),
  };
}
