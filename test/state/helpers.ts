/**
 * Shared helpers of the state tests: capture replay, item factories and deep freezing.
 */
import {
  ThreadStreamEventSchema,
  type AssistantMessageItem,
  type ThreadItem,
  type ThreadStreamEvent,
  type UserMessageItem,
  type WidgetItem,
} from '../../src/schemas/index.js';
import { threadReducer, type RequestKind, type StoreAction, type ThreadState } from '../../src/state/index.js';
import { loadFixture } from '../helpers/fixtures.js';

/** The events of an `.sse` capture, each validated with the wire schema. */
export async function loadEvents(name: string): Promise<ThreadStreamEvent[]> {
  const text = await loadFixture(name);
  return text
    .split(/\r?\n/)
    .filter((line) => line.startsWith('data:'))
    .map((line) => ThreadStreamEventSchema.parse(JSON.parse(line.slice('data:'.length))));
}

/** Applies actions in order. */
export function reduceAll(state: ThreadState, actions: readonly StoreAction[]): ThreadState {
  return actions.reduce(threadReducer, state);
}

/** Applies stream events in order (no request lifecycle). */
export function applyEvents(state: ThreadState, events: readonly ThreadStreamEvent[]): ThreadState {
  return reduceAll(
    state,
    events.map((event) => ({ type: 'stream.event', event })),
  );
}

/** Runs a whole request: `request.start`, every event, `request.end`. */
export function replayRequest(state: ThreadState, events: readonly ThreadStreamEvent[], kind: RequestKind = 'send'): ThreadState {
  const started = threadReducer(state, { type: 'request.start', kind });
  return threadReducer(applyEvents(started, events), { type: 'request.end' });
}

/** Loads and replays a capture as one request. */
export async function replayCapture(state: ThreadState, name: string, kind: RequestKind = 'send'): Promise<ThreadState> {
  return replayRequest(state, await loadEvents(name), kind);
}

/** The items in display order. */
export function orderedItems(state: ThreadState): ThreadItem[] {
  return state.itemIds.map((id) => {
    const item = state.items.get(id);
    if (item === undefined) throw new Error(`itemIds lists ${id} but items lacks it`);
    return item;
  });
}

/** Freezes an object graph (Maps and Sets included) so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  // Already frozen (two states share it): redefining a frozen Map's methods would throw.
  if (typeof value !== 'object' || value === null || seen.has(value) || Object.isFrozen(value)) return value;
  seen.add(value);
  if (value instanceof Map) {
    for (const [key, entry] of value as Map<unknown, unknown>) {
      deepFreeze(key, seen);
      deepFreeze(entry, seen);
    }
    const map = value as Map<unknown, unknown>;
    const fail = () => {
      throw new TypeError('mutation of a frozen Map');
    };
    Object.defineProperties(map, { set: { value: fail }, delete: { value: fail }, clear: { value: fail } });
  } else if (value instanceof Set) {
    for (const entry of value as Set<unknown>) deepFreeze(entry, seen);
    const fail = () => {
      throw new TypeError('mutation of a frozen Set');
    };
    Object.defineProperties(value, { add: { value: fail }, delete: { value: fail }, clear: { value: fail } });
  } else {
    for (const entry of Object.values(value)) deepFreeze(entry, seen);
  }
  return Object.freeze(value);
}

/** Wraps a stream event in the store action. */
export function ev(event: ThreadStreamEvent): StoreAction {
  return { type: 'stream.event', event };
}

const THREAD_ID = 'thr_test';
const CREATED_AT = '2026-01-01T00:00:00';

export function userMessage(id: string, text: string): UserMessageItem {
  return {
    id,
    thread_id: THREAD_ID,
    created_at: CREATED_AT,
    type: 'user_message',
    content: [{ type: 'input_text', text }],
    attachments: [],
    inference_options: {},
  };
}

export function assistantMessage(id: string, ...texts: string[]): AssistantMessageItem {
  return {
    id,
    thread_id: THREAD_ID,
    created_at: CREATED_AT,
    type: 'assistant_message',
    content: texts.map((text) => ({ type: 'output_text', text, annotations: [] })),
  };
}

export function widgetItem(id: string, widget: WidgetItem['widget']): WidgetItem {
  return { id, thread_id: THREAD_ID, created_at: CREATED_AT, type: 'widget', widget };
}

/** A state holding these items (all done), via `thread.item.done` events. */
export function stateWith(state: ThreadState, ...items: ThreadItem[]): ThreadState {
  return reduceAll(
    state,
    items.map((item) => ev({ type: 'thread.item.done', item })),
  );
}

/** The `thread.item.updated` action for an item. */
export function update(itemId: string, change: Extract<ThreadStreamEvent, { type: 'thread.item.updated' }>['update']): StoreAction {
  return ev({ type: 'thread.item.updated', item_id: itemId, update: change });
}
