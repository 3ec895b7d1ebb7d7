/**
 * Derived views of {@link ThreadState}. Pure; results are cached per state object so a view
 * calling them on every render gets the same array back until the items change.
 */
import type { ClientToolCallItem, FeedbackKind, StructuredInputItem, ThreadItem, UserMessageItem } from '../schemas/index.js';
import { isHiddenItem, type ThreadState } from './thread-state.js';

const visibleCache = new WeakMap<readonly string[], { items: ReadonlyMap<string, ThreadItem>; visible: readonly ThreadItem[] }>();

/** The items to render, oldest first, without hidden item types. Same array while items are unchanged. */
export function visibleItems(state: ThreadState): readonly ThreadItem[] {
  const cached = visibleCache.get(state.itemIds);
  if (cached?.items === state.items) return cached.visible;
  const visible: ThreadItem[] = [];
  for (const id of state.itemIds) {
    const item = state.items.get(id);
    if (item !== undefined && !isHiddenItem(item)) visible.push(item);
  }
  visibleCache.set(state.itemIds, { items: state.items, visible });
  return visible;
}

/** The newest user message (optimistic or confirmed), or null. */
export function lastUserMessage(state: ThreadState): UserMessageItem | null {
  for (let i = state.itemIds.length - 1; i >= 0; i--) {
    const item = state.items.get(state.itemIds[i] as string);
    if (item?.type === 'user_message') return item;
  }
  return null;
}

/**
 * The id to send with `threads.retry_after_item`: the user message of the current turn. Null when
 * there is none or when it is still an optimistic local message the server never saved.
 */
export function retryTarget(state: ThreadState): string | null {
  const message = lastUserMessage(state);
  if (message === null || state.optimistic.has(message.id)) return null;
  return message.id;
}

/** Whether an item is still streaming (added but not done during the running request). */
export function isPending(state: ThreadState, itemId: string): boolean {
  return state.pending.has(itemId);
}

/** The newest item of the thread (hidden types are never stored), or null when empty. */
export function newestItem(state: ThreadState): ThreadItem | null {
  const id = state.itemIds.at(-1);
  return id === undefined ? null : (state.items.get(id) ?? null);
}

/** Item types that wait for the client with `status: "pending"`. */
export type PendingItemType = 'client_tool_call' | 'structured_input';

/**
 * The newest item of `type` when it is still pending, else null (an answered one hides older
 * pending ones: the server only ever waits for the newest). For `structured_input` this is the
 * question the composer area should show.
 */
export function newestPendingItem<T extends PendingItemType>(
  state: ThreadState,
  type: T,
): Extract<ClientToolCallItem | StructuredInputItem, { type: T }> | null {
  for (let i = state.itemIds.length - 1; i >= 0; i--) {
    const item = state.items.get(state.itemIds[i] as string);
    if (item?.type !== type) continue;
    return item.status === 'pending' ? (item as Extract<ClientToolCallItem | StructuredInputItem, { type: T }>) : null;
  }
  return null;
}

/**
 * The client tool call the session must run: only a pending call that is the thread's newest item
 * (the server rejects `threads.add_client_tool_output` otherwise).
 */
export function pendingClientToolCall(state: ThreadState): ClientToolCallItem | null {
  const item = newestItem(state);
  return item?.type === 'client_tool_call' && item.status === 'pending' ? item : null;
}

/** The feedback given for an item (thumbs state), or null. */
export function feedbackOf(state: ThreadState, itemId: string): FeedbackKind | null {
  return state.feedback.get(itemId) ?? null;
}
