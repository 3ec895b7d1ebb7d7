/**
 * Reducer actions and selectors for loading threads newest-first, older pages, feedback and
 * pending items, checked against the captured thread.
 */
import { expect } from '@open-wc/testing';
import { ThreadSchema, pageSchema, ThreadItemSchema, type ClientToolCallItem, type StructuredInputItem } from '../../src/schemas/index.js';
import {
  createInitialState,
  feedbackOf,
  newestItem,
  newestPendingItem,
  pendingClientToolCall,
  threadReducer,
  type ItemsPage,
} from '../../src/state/index.js';
import { loadJsonFixture } from '../helpers/fixtures.js';
import { assistantMessage, deepFreeze, orderedItems, reduceAll, stateWith, userMessage } from './helpers.js';

const ItemPage = pageSchema(ThreadItemSchema);

async function capturedThread() {
  return ThreadSchema.parse(await loadJsonFixture('threads.get_by_id.json'));
}

/** The captured items (oldest first, from the two asc pages) as desc pages of two. */
async function descPages(): Promise<[ItemsPage, ItemsPage]> {
  const first = ItemPage.parse(await loadJsonFixture('items.list.json'));
  const second = ItemPage.parse(await loadJsonFixture('items.list.page2.json'));
  const newestFirst = [...first.data, ...second.data].reverse();
  return [
    { data: newestFirst.slice(0, 2), has_more: true, after: newestFirst[1]!.id },
    { data: newestFirst.slice(2), has_more: false },
  ];
}

function toolCall(id: string, status: 'pending' | 'completed'): ClientToolCallItem {
  return { id, thread_id: 'thr_test', created_at: '2026-01-01T00:00:00', type: 'client_tool_call', status, call_id: `call_${id}`, name: 'clock', arguments: {} };
}

function question(id: string, status: StructuredInputItem['status']): StructuredInputItem {
  return { id, thread_id: 'thr_test', created_at: '2026-01-01T00:00:00', type: 'structured_input', status, inputs: [] };
}

describe('state: thread loaded newest first', () => {
  it('takes the items from the newest page, oldest first, and pages backwards from there', async () => {
    const thread = await capturedThread();
    const [newest, older] = await descPages();
    const loaded = threadReducer(deepFreeze(createInitialState()), { type: 'thread.loaded', thread, latest: newest });
    expect(loaded.itemIds).to.deep.equal([...newest.data].reverse().map((item) => item.id));
    expect(loaded.hasMoreBefore).to.equal(true);
    expect(loaded.beforeCursor).to.equal(newest.after);
    expect(loaded.hasMoreAfter).to.equal(false);
    expect(loaded.thread?.title).to.equal(thread.title);

    const all = threadReducer(deepFreeze(loaded), { type: 'items.prepended', page: older });
    // The same thread as the embedded oldest-first page of get_by_id.
    expect(orderedItems(all)).to.deep.equal(thread.items.data);
    expect(all.hasMoreBefore).to.equal(false);
    expect(all.beforeCursor).to.equal(null);
  });

  it('without a page it shows the embedded one (the fallback when items.list failed)', async () => {
    const thread = await capturedThread();
    const loaded = threadReducer(createInitialState(), { type: 'thread.loaded', thread });
    expect(orderedItems(loaded)).to.deep.equal(thread.items.data);
    expect(loaded.hasMoreBefore).to.equal(false);
  });

  it('keeps feedback when the same thread is loaded again, drops it for another thread', async () => {
    const thread = await capturedThread();
    const [newest] = await descPages();
    const answer = newest.data[0]!.id;
    const once = reduceAll(createInitialState(), [
      { type: 'thread.loaded', thread, latest: newest },
      { type: 'feedback.set', itemIds: [answer], kind: 'positive' },
    ]);
    const again = threadReducer(deepFreeze(once), { type: 'thread.loaded', thread, latest: newest });
    expect(feedbackOf(again, answer)).to.equal('positive');
    const other = threadReducer(once, { type: 'thread.loaded', thread: { ...thread, id: 'thr_other' }, latest: newest });
    expect(feedbackOf(other, answer)).to.equal(null);
  });
});

describe('state: older pages and feedback actions', () => {
  it('older.loading toggles loadingOlder without touching the request', () => {
    const streaming = threadReducer(createInitialState(), { type: 'request.start', kind: 'send' });
    const loading = threadReducer(deepFreeze(streaming), { type: 'older.loading', loading: true });
    expect(loading.loadingOlder).to.equal(true);
    expect(loading.responding).to.equal(true);
    expect(loading.request).to.equal('send');
    expect(threadReducer(loading, { type: 'older.loading', loading: true })).to.equal(loading);
    expect(threadReducer(loading, { type: 'older.loading', loading: false }).loadingOlder).to.equal(false);
  });

  it('feedback.set sets, changes and clears feedback; unchanged sets keep the state', () => {
    const start = stateWith(createInitialState(), userMessage('u1', 'hi'), assistantMessage('a1', 'hello'), assistantMessage('a2', 'more'));
    const liked = threadReducer(deepFreeze(start), { type: 'feedback.set', itemIds: ['a1', 'a2'], kind: 'positive' });
    expect(feedbackOf(liked, 'a1')).to.equal('positive');
    expect(feedbackOf(liked, 'a2')).to.equal('positive');
    expect(threadReducer(liked, { type: 'feedback.set', itemIds: ['a1'], kind: 'positive' })).to.equal(liked);
    const changed = threadReducer(liked, { type: 'feedback.set', itemIds: ['a2'], kind: 'negative' });
    expect([feedbackOf(changed, 'a1'), feedbackOf(changed, 'a2')]).to.deep.equal(['positive', 'negative']);
    const cleared = threadReducer(changed, { type: 'feedback.set', itemIds: ['a1', 'a2'], kind: null });
    expect(cleared.feedback.size).to.equal(0);
  });

  it('items removed before a retry lose their feedback', () => {
    const start = reduceAll(stateWith(createInitialState(), userMessage('u1', 'hi'), assistantMessage('a1', 'hello')), [
      { type: 'feedback.set', itemIds: ['a1'], kind: 'negative' },
    ]);
    const trimmed = threadReducer(deepFreeze(start), { type: 'items.removeAfter', itemId: 'u1' });
    expect(trimmed.itemIds).to.deep.equal(['u1']);
    expect(feedbackOf(trimmed, 'a1')).to.equal(null);
  });
});

describe('state: pending item selectors', () => {
  it('pendingClientToolCall is the newest item only when it is a pending call', () => {
    const asked = stateWith(createInitialState(), userMessage('u1', 'time?'), toolCall('t1', 'pending'));
    expect(pendingClientToolCall(asked)?.id).to.equal('t1');
    expect(newestItem(asked)?.id).to.equal('t1');
    const answered = threadReducer(asked, { type: 'tool.completed', itemId: 't1', output: {} });
    expect(pendingClientToolCall(answered)).to.equal(null);
    const buried = stateWith(asked, assistantMessage('a1', 'later'));
    expect(pendingClientToolCall(buried)).to.equal(null);
    expect(newestItem(createInitialState())).to.equal(null);
  });

  it('newestPendingItem finds the newest question of a type while it is pending', () => {
    const asked = stateWith(createInitialState(), question('q1', 'pending'), assistantMessage('a1', 'please answer'));
    expect(newestPendingItem(asked, 'structured_input')?.id).to.equal('q1');
    expect(newestPendingItem(asked, 'client_tool_call')).to.equal(null);
    const answered = stateWith(asked, question('q1', 'answered'));
    expect(newestPendingItem(answered, 'structured_input')).to.equal(null);
    // An older pending question behind a newer answered one is not waited for.
    const twice = stateWith(createInitialState(), question('q0', 'pending'), question('q1', 'skipped'));
    expect(newestPendingItem(twice, 'structured_input')).to.equal(null);
  });
});
