/**
 * The thread reducer: `(state, action) → state`, pure and synchronous.
 *
 * It never mutates its input. A change copies only the path that changed (state → items Map →
 * item → content array → part), every other object keeps its identity, and an action that
 * changes nothing returns the very same state object so the store can skip notifying.
 */
import type { FeedbackKind, Thread, ThreadItem, ThreadMetadata, ThreadStreamEvent } from '../schemas/index.js';
import { withItem } from './item-map.js';
import { applyItemUpdate } from './item-updates.js';
import {
  STREAMING_REQUEST_KINDS,
  createInitialState,
  isHiddenItem,
  type ItemsPage,
  type Notice,
  type RetryTarget,
  type StoreAction,
  type ThreadError,
  type ThreadState,
} from './thread-state.js';

function metadataOf(thread: Thread): ThreadMetadata {
  // `thread.updated` always carries an empty page: items are never taken from it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { items, ...metadata } = thread;
  return metadata;
}

function withMember<T>(set: ReadonlySet<T>, value: T, member: boolean): ReadonlySet<T> {
  if (set.has(value) === member) return set;
  const next = new Set(set);
  if (member) next.add(value);
  else next.delete(value);
  return next;
}

function withoutKey<K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}

function clearProgress(state: ThreadState): ThreadState {
  return state.progress === null ? state : { ...state, progress: null };
}

/** Replaces the item with the same id in place, or appends it when unknown. */
function upsertItem(state: ThreadState, item: ThreadItem): ThreadState {
  const known = state.items.has(item.id);
  if (known && state.items.get(item.id) === item) return state;
  // O(1) for a known item (every streamed delta), not a copy of the whole Map.
  const items = withItem(state.items, item.id, item);
  return { ...state, items, itemIds: known ? state.itemIds : [...state.itemIds, item.id] };
}

/** Deletes items and every trace of them (pending, optimistic, image progress). */
function removeItems(state: ThreadState, ids: ReadonlySet<string>): ThreadState {
  const present = [...ids].filter((id) => state.items.has(id));
  if (present.length === 0) return state;
  const items = new Map(state.items);
  const pending = new Set(state.pending);
  const optimistic = new Set(state.optimistic);
  const imageProgress = new Map(state.imageProgress);
  for (const id of present) {
    items.delete(id);
    pending.delete(id);
    optimistic.delete(id);
    imageProgress.delete(id);
  }
  let feedback = state.feedback;
  if (present.some((id) => feedback.has(id))) {
    const next = new Map(feedback);
    for (const id of present) next.delete(id);
    feedback = next;
  }
  return {
    ...state,
    items,
    itemIds: state.itemIds.filter((id) => !ids.has(id)),
    pending,
    optimistic,
    imageProgress,
    feedback,
  };
}

/** The newest optimistic user message still on screen, if any. */
function newestOptimistic(state: ThreadState): string | undefined {
  let newest: string | undefined;
  for (const id of state.optimistic) if (state.items.has(id)) newest = id;
  return newest;
}

/** Swaps the optimistic bubble for the server's copy of the message, keeping its position. */
function reconcileOptimistic(state: ThreadState, localId: string, item: ThreadItem): ThreadState {
  const items = new Map(state.items);
  items.delete(localId);
  items.set(item.id, item);
  return {
    ...state,
    items,
    itemIds: state.itemIds.map((id) => (id === localId ? item.id : id)),
    optimistic: withMember(state.optimistic, localId, false),
  };
}

function itemDone(state: ThreadState, item: ThreadItem): ThreadState {
  let next: ThreadState;
  const localId = item.type === 'user_message' && !state.items.has(item.id) ? newestOptimistic(state) : undefined;
  if (localId !== undefined) {
    next = reconcileOptimistic(state, localId, item);
  } else {
    next = upsertItem(state, item);
  }
  const pending = withMember(next.pending, item.id, false);
  const imageProgress = withoutKey(next.imageProgress, item.id);
  if (pending === next.pending && imageProgress === next.imageProgress) return next;
  return { ...next, pending, imageProgress };
}

function itemUpdated(state: ThreadState, event: Extract<ThreadStreamEvent, { type: 'thread.item.updated' }>): ThreadState {
  const item = state.items.get(event.item_id);
  if (item === undefined) return state;
  const { update } = event;
  const updated = applyItemUpdate(item, update);
  let next = clearProgress(updated === item ? state : upsertItem(state, updated));
  if (update.type === 'generated_image.updated' && item.type === 'generated_image' && typeof update.progress === 'number') {
    const imageProgress = new Map(next.imageProgress);
    imageProgress.set(item.id, update.progress);
    next = { ...next, imageProgress };
  }
  return next;
}

/**
 * The user message a retry of the current turn would target. Only plain turns (a send or a
 * retry) are retried this way: re-running a user message after a failed widget action or tool
 * output would throw away more than the failed part.
 */
function turnRetryTarget(state: ThreadState): RetryTarget | undefined {
  if (state.request !== null && state.request !== 'send' && state.request !== 'retry') return undefined;
  for (let i = state.itemIds.length - 1; i >= 0; i--) {
    const id = state.itemIds[i] as string;
    if (state.items.get(id)?.type !== 'user_message') continue;
    return state.optimistic.has(id) ? { type: 'resend', itemId: id } : { type: 'retry_after_item', itemId: id };
  }
  return undefined;
}

function streamError(state: ThreadState, event: Extract<ThreadStreamEvent, { type: 'error' }>): ThreadState {
  const allowRetry = event.allow_retry;
  const retry = allowRetry ? turnRetryTarget(state) : undefined;
  const error: ThreadError = {
    code: event.code,
    allowRetry,
    source: 'stream',
    // Only `custom` errors carry text meant for users; anything else gets the generic message.
    ...(event.code === 'custom' && event.message !== undefined ? { message: event.message } : {}),
    ...(retry ? { retry } : {}),
  };
  return { ...state, error, progress: null };
}

function addNotice(state: ThreadState, event: Extract<ThreadStreamEvent, { type: 'notice' }>): ThreadState {
  const noticeSeq = state.noticeSeq + 1;
  const notice: Notice = {
    id: `notice_${noticeSeq}`,
    level: event.level,
    message: event.message,
    ...(event.title !== undefined ? { title: event.title } : {}),
  };
  return { ...state, noticeSeq, notices: [...state.notices, notice] };
}

/** Applies one event of a response stream. */
export function reduceStreamEvent(state: ThreadState, event: ThreadStreamEvent): ThreadState {
  switch (event.type) {
    case 'thread.created':
    case 'thread.updated':
      return { ...state, thread: metadataOf(event.thread) };
    case 'thread.item.added': {
      if (isHiddenItem(event.item)) return state;
      const next = clearProgress(upsertItem(state, event.item));
      const pending = withMember(next.pending, event.item.id, true);
      return pending === next.pending ? next : { ...next, pending };
    }
    case 'thread.item.done':
      return isHiddenItem(event.item) ? state : clearProgress(itemDone(state, event.item));
    case 'thread.item.replaced':
      return isHiddenItem(event.item) ? state : clearProgress(upsertItem(state, event.item));
    case 'thread.item.removed':
      return clearProgress(removeItems(state, new Set([event.item_id])));
    case 'thread.item.updated':
      return itemUpdated(state, event);
    case 'stream_options': {
      const allowCancel = event.stream_options.allow_cancel;
      return allowCancel === state.allowCancel ? state : { ...state, allowCancel };
    }
    case 'progress_update':
      return { ...state, progress: event.icon !== undefined ? { icon: event.icon, text: event.text } : { text: event.text } };
    case 'notice':
      return addNotice(state, event);
    case 'error':
      return streamError(state, event);
    case 'client_effect':
      // Forwarded to the host by the element; nothing to remember.
      return state;
    default:
      return state;
  }
}

function storableItems(page: ItemsPage, skip: ReadonlyMap<string, ThreadItem>): ThreadItem[] {
  const seen = new Set<string>();
  return page.data.filter((item) => {
    if (isHiddenItem(item) || skip.has(item.id) || seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

// The wire cursor is the id of the page's last element; fall back to that if a server omits it.
function cursorOf(page: ItemsPage): string | null {
  if (!page.has_more) return null;
  return page.after ?? page.data[page.data.length - 1]?.id ?? null;
}

function withItems(state: ThreadState, added: readonly ThreadItem[], where: 'before' | 'after'): ThreadState {
  if (added.length === 0) return state;
  const items = new Map(state.items);
  for (const item of added) items.set(item.id, item);
  const ids = added.map((item) => item.id);
  return { ...state, items, itemIds: where === 'before' ? [...ids, ...state.itemIds] : [...state.itemIds, ...ids] };
}

function threadLoaded(state: ThreadState, thread: Thread, latest: ItemsPage | undefined): ThreadState {
  const base = createInitialState();
  const common = {
    thread: metadataOf(thread),
    // The request that loaded the thread is still running until `request.end`.
    request: state.request,
    responding: state.responding,
    loading: state.loading,
    noticeSeq: state.noticeSeq,
    // The server does not return feedback with items; a re-sync of the same thread keeps it.
    feedback: state.thread?.id === thread.id ? state.feedback : base.feedback,
  };
  if (latest !== undefined) {
    // A desc page lists newest first; display order is oldest first.
    const items = storableItems(latest, base.items).reverse();
    return { ...withItems(base, items, 'after'), ...common, hasMoreBefore: latest.has_more, beforeCursor: cursorOf(latest) };
  }
  const loaded = withItems(base, storableItems(thread.items, base.items), 'after');
  return { ...loaded, ...common, hasMoreAfter: thread.items.has_more, afterCursor: cursorOf(thread.items) };
}

function setFeedback(state: ThreadState, itemIds: readonly string[], kind: FeedbackKind | null): ThreadState {
  if (itemIds.every((id) => (state.feedback.get(id) ?? null) === kind)) return state;
  const feedback = new Map(state.feedback);
  for (const id of itemIds) {
    if (kind === null) feedback.delete(id);
    else feedback.set(id, kind);
  }
  return { ...state, feedback };
}

function endRequest(state: ThreadState): ThreadState {
  if (state.request === null && !state.responding && !state.loading && state.pending.size === 0 && state.progress === null) {
    return state;
  }
  return { ...state, request: null, responding: false, loading: false, pending: new Set(), progress: null };
}

function requestError(state: ThreadState, failure: { code: string; message?: string; allowRetry?: boolean; unsent?: boolean }): ThreadState {
  const target = turnRetryTarget(state);
  const allowRetry = failure.allowRetry ?? target !== undefined;
  const error: ThreadError = {
    code: failure.code,
    allowRetry,
    source: 'request',
    ...(failure.message !== undefined ? { message: failure.message } : {}),
    ...(allowRetry && target ? { retry: target } : {}),
    ...(failure.unsent ? { unsent: true } : {}),
  };
  return { ...state, error, progress: null };
}

function removeAfter(state: ThreadState, itemId: string): ThreadState {
  const index = state.itemIds.indexOf(itemId);
  if (index < 0) return state;
  return removeItems(state, new Set(state.itemIds.slice(index + 1)));
}

function toolCompleted(state: ThreadState, itemId: string, output: unknown): ThreadState {
  const item = state.items.get(itemId);
  if (item?.type !== 'client_tool_call') return state;
  return upsertItem(state, { ...item, status: 'completed', output });
}

/** The store's reducer. */
export function threadReducer(state: ThreadState, action: StoreAction): ThreadState {
  switch (action.type) {
    case 'stream.event':
      return reduceStreamEvent(state, action.event);
    case 'request.start': {
      const responding = STREAMING_REQUEST_KINDS.includes(action.kind);
      return { ...state, request: action.kind, responding, loading: !responding, error: null, progress: null, allowCancel: true };
    }
    case 'request.end':
      return endRequest(state);
    case 'request.error':
      return requestError(state, action.error);
    case 'user.optimistic': {
      const next = upsertItem(state, action.item);
      const optimistic = withMember(next.optimistic, action.item.id, true);
      return optimistic === next.optimistic ? next : { ...next, optimistic };
    }
    case 'thread.loaded':
      return threadLoaded(state, action.thread, action.latest);
    case 'items.prepended': {
      // A desc page lists newest first; display order is oldest first.
      const older = storableItems(action.page, state.items).reverse();
      return { ...withItems(state, older, 'before'), hasMoreBefore: action.page.has_more, beforeCursor: cursorOf(action.page) };
    }
    case 'items.appended': {
      const newer = storableItems(action.page, state.items);
      return { ...withItems(state, newer, 'after'), hasMoreAfter: action.page.has_more, afterCursor: cursorOf(action.page) };
    }
    case 'thread.reset':
      return { ...createInitialState(), noticeSeq: state.noticeSeq };
    case 'item.replace':
      return isHiddenItem(action.item) ? state : upsertItem(state, action.item);
    case 'item.remove':
      return removeItems(state, new Set([action.itemId]));
    case 'items.removeAfter':
      return removeAfter(state, action.itemId);
    case 'notice.dismiss': {
      const notices = state.notices.filter((notice) => notice.id !== action.id);
      return notices.length === state.notices.length ? state : { ...state, notices };
    }
    case 'error.clear':
      return state.error === null ? state : { ...state, error: null };
    case 'tool.completed':
      return toolCompleted(state, action.itemId, action.output);
    case 'older.loading':
      return state.loadingOlder === action.loading ? state : { ...state, loadingOlder: action.loading };
    case 'feedback.set':
      return setFeedback(state, action.itemIds, action.kind);
    default:
      return state;
  }
}
