/**
 * Fuzzing the thread reducer and store: random sequences of real capture events (ids remapped,
 * duplicated, reordered, removed before being added, updated before being added) mixed with
 * every client action keep the store's invariants, and the reducer never throws or mutates.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ThreadSchema,
  ThreadItemPageSchema,
  ThreadStreamEventSchema,
  type ThreadItem,
  type ThreadStreamEvent,
  type UserMessageItem,
} from '../../src/schemas/index.js';
import {
  MAX_CONTENT_GAP,
  MAX_WIDGET_DEPTH,
  STREAMING_REQUEST_KINDS,
  appendStreamingText,
  findWidgetNode,
  createInitialState,
  createThreadStore,
  isHiddenItem,
  threadReducer,
  type RequestKind,
  type StoreAction,
  type ThreadState,
} from '../../src/state/index.js';
import { captureEvents, fixtureNames, loadJsonFixture } from '../helpers/fixtures.js';
import { fuzzParams, fuzzTimeout } from './config.js';

const names = await fixtureNames('.sse');
const events: ThreadStreamEvent[] = (await Promise.all(names.map((name) => captureEvents(name))))
  .flat()
  .map((raw) => ThreadStreamEventSchema.parse(raw));
const thread = ThreadSchema.parse(await loadJsonFixture('threads.get_by_id.json'));
const page = ThreadItemPageSchema.parse(await loadJsonFixture('items.list.json'));
const page2 = ThreadItemPageSchema.parse(await loadJsonFixture('items.list.page2.json'));

/** Item ids of the captures plus awkward ones: local ids, prototype names, the empty string. */
const captureIds = [...new Set(events.flatMap((event) => ('item' in event ? [event.item.id] : 'item_id' in event ? [event.item_id] : [])))];
const ID_POOL = [...captureIds.slice(0, 12), 'local_1', 'local_2', '__proto__', 'constructor', ''];

/**
 * Freezes a state graph (Maps and Sets too) so a reducer writing into its input throws. Unlike
 * test/state/helpers.ts it skips what is frozen already: states share most of their parts.
 */
function freeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map || value instanceof Set) {
    for (const entry of value as Iterable<unknown>) freeze(entry);
    const fail = (): never => {
      throw new TypeError('mutation of a frozen collection');
    };
    Object.defineProperties(value, { set: { value: fail }, add: { value: fail }, delete: { value: fail }, clear: { value: fail } });
  } else {
    Object.freeze(value);
    for (const entry of Object.values(value)) freeze(entry);
    // An OverlayMap keeps its entries in private fields: reach them through iteration.
    if (Symbol.iterator in value && !Array.isArray(value)) for (const entry of value as Iterable<unknown>) freeze(entry);
  }
  return Object.freeze(value);
}

function withId(event: ThreadStreamEvent, id: string): ThreadStreamEvent {
  if ('item' in event) return { ...event, item: { ...event.item, id } };
  if ('item_id' in event) return { ...event, item_id: id };
  return event;
}

function optimistic(id: string, text: string): UserMessageItem {
  return {
    id,
    thread_id: thread.id,
    created_at: '2026-01-01T00:00:00',
    type: 'user_message',
    content: [{ type: 'input_text', text }],
    attachments: [],
    inference_options: {},
  };
}

const itemId = fc.constantFrom(...ID_POOL);
const captureEvent = fc.nat({ max: events.length - 1 }).map((i) => events[i] as ThreadStreamEvent);
const itemFromCaptures = captureEvent.filter((event) => 'item' in event).map((event) => (event as { item: ThreadItem }).item);

const streamEvent: fc.Arbitrary<ThreadStreamEvent> = fc.oneof(
  // Real events as captured, in any order (duplicates and out-of-order deltas included).
  { weight: 4, arbitrary: captureEvent },
  // The same with the item id swapped: updates before adds, removes of unknown ids, collisions.
  { weight: 4, arbitrary: fc.tuple(captureEvent, itemId).map(([event, id]) => withId(event, id)) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('thread.item.updated' as const),
      item_id: itemId,
      update: fc.record({
        type: fc.constant('assistant_message.content_part.text_delta' as const),
        content_index: fc.oneof(fc.nat({ max: 3 }), fc.constantFrom(-1, 0.5, 1e9, Number.MAX_SAFE_INTEGER)),
        delta: fc.string({ maxLength: 8 }),
      }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('thread.item.removed' as const), item_id: itemId }) },
);

const requestKind = fc.constantFrom<RequestKind>('send', 'retry', 'action', 'tool_output', 'structured_input', 'load', 'history');

const action: fc.Arbitrary<StoreAction> = fc.oneof(
  { weight: 12, arbitrary: streamEvent.map((event): StoreAction => ({ type: 'stream.event', event })) },
  { weight: 2, arbitrary: requestKind.map((kind): StoreAction => ({ type: 'request.start', kind })) },
  { weight: 2, arbitrary: fc.constant<StoreAction>({ type: 'request.end' }) },
  {
    weight: 1,
    arbitrary: fc
      .record({ code: fc.constantFrom('http.500', 'network', 'timeout'), allowRetry: fc.option(fc.boolean(), { nil: undefined }) })
      .map(({ code, allowRetry }): StoreAction => ({ type: 'request.error', error: allowRetry === undefined ? { code } : { code, allowRetry } })),
  },
  { weight: 2, arbitrary: fc.tuple(itemId, fc.string({ maxLength: 6 })).map(([id, text]): StoreAction => ({ type: 'user.optimistic', item: optimistic(id, text) })) },
  { weight: 1, arbitrary: fc.boolean().map((latest): StoreAction => ({ type: 'thread.loaded', thread, ...(latest ? { latest: page } : {}) })) },
  { weight: 1, arbitrary: fc.constantFrom<StoreAction>({ type: 'items.prepended', page }, { type: 'items.prepended', page: page2 }, { type: 'items.appended', page: page2 }) },
  { weight: 1, arbitrary: fc.constant<StoreAction>({ type: 'thread.reset' }) },
  { weight: 1, arbitrary: fc.tuple(itemFromCaptures, itemId).map(([item, id]): StoreAction => ({ type: 'item.replace', item: { ...item, id } })) },
  { weight: 1, arbitrary: itemId.map((id): StoreAction => ({ type: 'item.remove', itemId: id })) },
  { weight: 1, arbitrary: itemId.map((id): StoreAction => ({ type: 'items.removeAfter', itemId: id })) },
  { weight: 1, arbitrary: fc.nat({ max: 5 }).map((n): StoreAction => ({ type: 'notice.dismiss', id: `notice_${n}` })) },
  { weight: 1, arbitrary: fc.constant<StoreAction>({ type: 'error.clear' }) },
  { weight: 1, arbitrary: fc.tuple(itemId, fc.jsonValue({ maxDepth: 1 })).map(([id, output]): StoreAction => ({ type: 'tool.completed', itemId: id, output })) },
  { weight: 1, arbitrary: fc.boolean().map((loading): StoreAction => ({ type: 'older.loading', loading })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(itemId, { maxLength: 3 }), fc.constantFrom('positive' as const, 'negative' as const, null))
      .map(([itemIds, kind]): StoreAction => ({ type: 'feedback.set', itemIds, kind })),
  },
);

/** Every invariant the view relies on. */
function checkInvariants(state: ThreadState): void {
  const ids = new Set(state.itemIds);
  expect(ids.size, 'item ids are unique').to.equal(state.itemIds.length);
  expect(state.items.size, 'itemIds and items agree').to.equal(ids.size);
  for (const [key, item] of state.items) {
    expect(ids.has(key), `items key ${key} is listed`).to.equal(true);
    expect(item.id, 'an item is stored under its own id').to.equal(key);
    expect(isHiddenItem(item), 'hidden items are never stored').to.equal(false);
  }
  for (const id of state.itemIds) expect(state.items.get(id), `item ${id}`).to.not.equal(undefined);
  for (const id of state.pending) expect(ids.has(id), `pending ${id} is an item`).to.equal(true);
  for (const id of state.optimistic) expect(ids.has(id), `optimistic ${id} is an item`).to.equal(true);
  for (const id of state.imageProgress.keys()) expect(ids.has(id), `image progress of ${id}`).to.equal(true);
  if (state.request === null) {
    expect(state.responding || state.loading, 'idle: neither responding nor loading').to.equal(false);
  } else {
    expect(state.responding, 'responding iff a streaming request runs').to.equal(STREAMING_REQUEST_KINDS.includes(state.request));
    expect(state.loading, 'loading iff a non-streaming request runs').to.equal(!state.responding);
  }
  expect(new Set(state.notices.map((notice) => notice.id)).size, 'notice ids are unique').to.equal(state.notices.length);
  expect(state.noticeSeq).to.be.at.least(state.notices.length);
}

/** What must hold between the state before and after one action. */
function checkStep(prev: ThreadState, next: ThreadState, action: StoreAction): void {
  if (action.type === 'request.end') {
    expect(next.pending.size, 'nothing streams after the request ended').to.equal(0);
    expect(next.progress).to.equal(null);
    expect(next.request).to.equal(null);
  }
  if (action.type !== 'stream.event') return;
  const { event } = action;
  // Stream events keep the display order: survivors in the same order, new items at the end
  // (the one exception: the server's copy of a user message takes the optimistic one's place).
  const reconciled = event.type === 'thread.item.done' && event.item.type === 'user_message' && !prev.items.has(event.item.id);
  if (!reconciled) {
    const survivors = prev.itemIds.filter((id) => next.items.has(id));
    expect(next.itemIds.slice(0, survivors.length), 'order of existing items').to.deep.equal(survivors);
  }
  if (event.type === 'thread.item.updated') {
    const before = prev.items.get(event.item_id);
    const after = next.items.get(event.item_id);
    if (before === undefined) {
      expect(next.itemIds, 'an update of an unknown item adds nothing').to.equal(prev.itemIds);
      expect(next.items).to.equal(prev.items);
    }
    const { update } = event;
    if (
      before?.type === 'assistant_message' &&
      after?.type === 'assistant_message' &&
      update.type === 'assistant_message.content_part.text_delta' &&
      Number.isInteger(update.content_index) &&
      update.content_index >= 0 &&
      update.content_index < before.content.length
    ) {
      const i = update.content_index;
      expect(after.content[i]?.text, 'a delta appends to its part').to.equal((before.content[i]?.text ?? '') + update.delta);
      expect(after.content.length).to.equal(before.content.length);
      after.content.forEach((part, k) => {
        if (k !== i) expect(part, 'other parts are untouched').to.equal(before.content[k]);
      });
    }
  }
}

describe('fuzz: thread reducer', function () {
  this.timeout(fuzzTimeout());

  it('has capture events to replay', () => {
    expect(events.length).to.be.greaterThan(50);
    expect(captureIds.length).to.be.greaterThan(5);
  });

  it('keeps its invariants over random action sequences, and never throws or mutates', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        let state = freeze(createInitialState());
        checkInvariants(state);
        for (const next of actions) {
          const prev = state;
          // Frozen: a reducer writing into its input throws here instead of passing silently.
          state = freeze(threadReducer(prev, next));
          checkInvariants(state);
          checkStep(prev, state, next);
        }
      }),
      fuzzParams('reducer.sequences', 300),
    );
  });

  it('applies a content update at any index without padding more than a small gap', () => {
    const base = threadReducer(createInitialState(), {
      type: 'stream.event',
      event: { type: 'thread.item.added', item: { id: 'msg', thread_id: thread.id, created_at: '2026-01-01T00:00:00', type: 'assistant_message', content: [] } },
    });
    const index = fc.oneof(fc.nat({ max: 2 * MAX_CONTENT_GAP }), fc.integer(), fc.double(), fc.constantFrom(1e7, 1e9, 2 ** 32, Number.MAX_SAFE_INTEGER));
    fc.assert(
      fc.property(fc.array(index, { minLength: 1, maxLength: 5 }), fc.string({ maxLength: 4 }), (indices, delta) => {
        let state = base;
        for (const content_index of indices) {
          const before = state.items.get('msg');
          state = threadReducer(state, {
            type: 'stream.event',
            event: { type: 'thread.item.updated', item_id: 'msg', update: { type: 'assistant_message.content_part.text_delta', content_index, delta } },
          });
          const after = state.items.get('msg');
          if (before?.type !== 'assistant_message' || after?.type !== 'assistant_message') throw new Error('the message is gone');
          expect(after.content.length, `index ${content_index}`).to.be.at.most(before.content.length + MAX_CONTENT_GAP + 1);
          const applies = Number.isInteger(content_index) && content_index >= 0 && content_index <= before.content.length + MAX_CONTENT_GAP;
          expect(after.content[content_index]?.text, 'a delta in range lands').to.equal(applies ? (before.content[content_index]?.text ?? '') + delta : before.content[content_index]?.text);
        }
      }),
      fuzzParams('reducer.content-index', 150),
    );
  });

  it('patches widget trees of any depth without overflowing the stack', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: MAX_WIDGET_DEPTH + 5 }), fc.integer({ min: 10000, max: 40000 })), fc.boolean(), (depth, asList) => {
        let node: Record<string, unknown> = { type: 'Text', id: 'deep', value: 'a' };
        for (let i = 0; i < depth; i++) node = { type: 'Box', children: asList ? [node] : node };
        const root = { type: 'Card', children: [node] };
        const patched = appendStreamingText(root, 'deep', 'b', false);
        const found = findWidgetNode(patched, 'deep');
        // The Text sits at depth + 1 below the root; past the limit the patch is skipped, not thrown.
        const reachable = depth + 1 <= MAX_WIDGET_DEPTH;
        expect(found?.value).to.equal(reachable ? 'ab' : undefined);
        expect(patched === root).to.equal(!reachable);
      }),
      fuzzParams('reducer.widget-depth', 30, 0.02),
    );
  });

  it('replays capture streams with deltas, duplicates and drops and ends idle', () => {
    const streamed = fc.array(
      fc.tuple(captureEvent, fc.constantFrom('keep', 'keep', 'keep', 'twice', 'drop')).map(([event, how]) =>
        how === 'drop' ? [] : how === 'twice' ? [event, event] : [event],
      ),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(requestKind, streamed, (kind, groups) => {
        const store = createThreadStore();
        let notified = 0;
        store.subscribe((next, prev) => {
          notified++;
          expect(next, 'notified only on change').to.not.equal(prev);
        });
        store.dispatch({ type: 'request.start', kind });
        for (const event of groups.flat()) {
          store.dispatch({ type: 'stream.event', event });
          checkInvariants(store.getState());
        }
        store.dispatch({ type: 'request.end' });
        const state = store.getState();
        checkInvariants(state);
        expect(state.request).to.equal(null);
        expect(state.pending.size).to.equal(0);
        expect(notified).to.be.greaterThan(0);
      }),
      fuzzParams('reducer.replay', 200),
    );
  });
});
