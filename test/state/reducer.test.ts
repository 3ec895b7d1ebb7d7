/**
 * Item lifecycle, request lifecycle, optimistic messages, paging and immutability.
 */
import { expect } from '@open-wc/testing';
import type { Thread, ThreadItem } from '../../src/schemas/index.js';
import { createInitialState, threadReducer, visibleItems, type ThreadState } from '../../src/state/index.js';
import { assistantMessage, deepFreeze, ev, reduceAll, stateWith, update, userMessage } from './helpers.js';

const hidden: ThreadItem = { id: 'h1', thread_id: 't', created_at: '2026-01-01T00:00:00', type: 'sdk_hidden_context', content: 'cancelled' };
const hiddenOther: ThreadItem = { id: 'h2', thread_id: 't', created_at: '2026-01-01T00:00:00', type: 'hidden_context_item', content: {} };

function thread(id: string, title?: string, items: ThreadItem[] = [], hasMore = false): Thread {
  return {
    id,
    created_at: '2026-01-01T00:00:00',
    status: { type: 'active' },
    metadata: {},
    ...(title === undefined ? {} : { title }),
    items: { data: items, has_more: hasMore, ...(hasMore ? { after: items.at(-1)?.id } : {}) },
  };
}

describe('state: item lifecycle', () => {
  it('added marks pending, done un-marks it, done for an unseen item appends', () => {
    let state = threadReducer(createInitialState(), ev({ type: 'thread.item.added', item: assistantMessage('a1') }));
    expect([...state.pending]).to.deep.equal(['a1']);
    state = threadReducer(state, ev({ type: 'thread.item.done', item: assistantMessage('a1', 'done') }));
    expect(state.pending.size).to.equal(0);
    state = threadReducer(state, ev({ type: 'thread.item.done', item: assistantMessage('a2', 'fresh') }));
    expect(state.itemIds).to.deep.equal(['a1', 'a2']);
    expect(state.pending.size).to.equal(0);
  });

  it('added for a known id upserts in place', () => {
    let state = stateWith(createInitialState(), assistantMessage('a1', 'x'), assistantMessage('a2', 'y'));
    state = threadReducer(state, ev({ type: 'thread.item.added', item: assistantMessage('a1', 'again') }));
    expect(state.itemIds).to.deep.equal(['a1', 'a2']);
    expect(state.items.get('a1')).to.deep.equal(assistantMessage('a1', 'again'));
  });

  it('replaced swaps in place, or appends an unknown item', () => {
    let state = stateWith(createInitialState(), assistantMessage('a1', 'x'), assistantMessage('a2', 'y'));
    state = threadReducer(state, ev({ type: 'thread.item.replaced', item: assistantMessage('a1', 'new') }));
    expect(state.itemIds).to.deep.equal(['a1', 'a2']);
    expect(state.items.get('a1')).to.deep.equal(assistantMessage('a1', 'new'));
    state = threadReducer(state, ev({ type: 'thread.item.replaced', item: assistantMessage('a3', 'z') }));
    expect(state.itemIds).to.deep.equal(['a1', 'a2', 'a3']);
  });

  it('removed deletes the item and forgets it was pending', () => {
    let state = threadReducer(createInitialState(), ev({ type: 'thread.item.added', item: assistantMessage('a1') }));
    state = threadReducer(state, ev({ type: 'thread.item.removed', item_id: 'a1' }));
    expect(state.itemIds).to.deep.equal([]);
    expect(state.items.size).to.equal(0);
    expect(state.pending.size).to.equal(0);
    expect(threadReducer(state, ev({ type: 'thread.item.removed', item_id: 'nope' }))).to.equal(state);
  });

  it('hidden item types are never stored, whatever event brings them', () => {
    const start = deepFreeze(stateWith(createInitialState(), assistantMessage('a1')));
    const after = reduceAll(start, [
      ev({ type: 'thread.item.added', item: hidden }),
      ev({ type: 'thread.item.done', item: hidden }),
      ev({ type: 'thread.item.replaced', item: hiddenOther }),
      { type: 'item.replace', item: hidden },
    ]);
    expect(after).to.equal(start);
    const loaded = threadReducer(start, { type: 'thread.loaded', thread: thread('t', 'T', [userMessage('u1', 'hi'), hidden]) });
    expect(loaded.itemIds).to.deep.equal(['u1']);
    expect(visibleItems(loaded).map((item) => item.id)).to.deep.equal(['u1']);
  });

  it('thread.updated replaces metadata but never items', () => {
    let state = threadReducer(createInitialState(), ev({ type: 'thread.created', thread: thread('t1') }));
    state = stateWith(state, userMessage('u1', 'hi'));
    state = threadReducer(state, ev({ type: 'thread.updated', thread: thread('t1', 'Titled', [assistantMessage('zz')]) }));
    expect(state.thread?.title).to.equal('Titled');
    expect(state.itemIds).to.deep.equal(['u1']);
  });

  it('client_effect changes nothing; stream_options sets allowCancel', () => {
    const start = createInitialState();
    expect(threadReducer(start, ev({ type: 'client_effect', name: 'toast', data: {} }))).to.equal(start);
    const noCancel = threadReducer(start, ev({ type: 'stream_options', stream_options: { allow_cancel: false } }));
    expect(noCancel.allowCancel).to.equal(false);
    expect(threadReducer(noCancel, { type: 'request.start', kind: 'send' }).allowCancel).to.equal(true);
  });

  it('notices get distinct ids and can be dismissed', () => {
    let state = reduceAll(createInitialState(), [
      ev({ type: 'notice', level: 'info', message: 'one' }),
      ev({ type: 'notice', level: 'danger', message: 'two', title: 'T' }),
    ]);
    const [first, second] = state.notices;
    expect(first?.id).not.to.equal(second?.id);
    expect(second).to.include({ level: 'danger', message: 'two', title: 'T' });
    state = threadReducer(state, { type: 'notice.dismiss', id: first?.id ?? '' });
    expect(state.notices).to.deep.equal([second]);
    // Ids stay unique after a dismissal.
    state = threadReducer(state, ev({ type: 'notice', level: 'info', message: 'three' }));
    expect(new Set(state.notices.map((notice) => notice.id)).size).to.equal(2);
  });
});

describe('state: requests and errors', () => {
  it('request.start sets responding and clears error and progress; request.end clears the turn', () => {
    let state = reduceAll(createInitialState(), [
      ev({ type: 'error', code: 'custom', message: 'old', allow_retry: false }),
      ev({ type: 'progress_update', text: 'Thinking' }),
      { type: 'request.start', kind: 'send' },
    ]);
    expect(state).to.include({ responding: true, loading: false, request: 'send', error: null, progress: null });
    state = reduceAll(state, [ev({ type: 'thread.item.added', item: assistantMessage('a1') }), ev({ type: 'progress_update', icon: 'search', text: 'Searching' })]);
    expect(state.progress).to.deep.equal({ icon: 'search', text: 'Searching' });
    state = threadReducer(state, { type: 'request.end' });
    expect(state).to.include({ responding: false, request: null, progress: null });
    expect(state.pending.size).to.equal(0);
    expect(state.items.has('a1')).to.equal(true);
  });

  it('load and history requests set loading, not responding', () => {
    const state = threadReducer(createInitialState(), { type: 'request.start', kind: 'load' });
    expect(state).to.include({ loading: true, responding: false });
    expect(threadReducer(state, { type: 'request.end' }).loading).to.equal(false);
  });

  it('a failed send before the echo offers to resend the optimistic message', () => {
    const state = reduceAll(createInitialState(), [
      { type: 'user.optimistic', item: userMessage('local_1', 'hi') },
      { type: 'request.start', kind: 'send' },
      { type: 'request.error', error: { code: 'http.500', message: 'Internal Server Error' } },
    ]);
    expect(state.error).to.deep.equal({
      code: 'http.500',
      message: 'Internal Server Error',
      allowRetry: true,
      source: 'request',
      retry: { type: 'resend', itemId: 'local_1' },
    });
    expect(state.responding).to.equal(true);
    expect(threadReducer(state, { type: 'error.clear' }).error).to.equal(null);
  });

  it('a failed load has nothing to retry', () => {
    const state = reduceAll(createInitialState(), [
      { type: 'request.start', kind: 'load' },
      { type: 'request.error', error: { code: 'network' } },
    ]);
    expect(state.error).to.deep.equal({ code: 'network', allowRetry: false, source: 'request' });
  });

  it('an unknown error code is kept without a message', () => {
    const state = threadReducer(createInitialState(), ev({ type: 'error', code: 'quota.exceeded', message: 'raw', allow_retry: false }));
    expect(state.error).to.deep.equal({ code: 'quota.exceeded', allowRetry: false, source: 'stream' });
  });
});

describe('state: optimistic messages', () => {
  it('the first server user message replaces the newest optimistic one in place', () => {
    let state = reduceAll(stateWith(createInitialState(), userMessage('u0', 'old')), [
      { type: 'user.optimistic', item: userMessage('local_1', 'hi') },
      { type: 'request.start', kind: 'send' },
      ev({ type: 'thread.item.done', item: userMessage('msg_1', 'hi') }),
    ]);
    expect(state.itemIds).to.deep.equal(['u0', 'msg_1']);
    expect(state.optimistic.size).to.equal(0);
    // A later echo of the same message is an upsert, not a second bubble.
    state = threadReducer(state, ev({ type: 'thread.item.done', item: userMessage('msg_1', 'hi') }));
    expect(state.itemIds).to.deep.equal(['u0', 'msg_1']);
  });

  it('keeps items that arrived after the optimistic message after it', () => {
    const state = reduceAll(createInitialState(), [
      { type: 'user.optimistic', item: userMessage('local_1', 'hi') },
      ev({ type: 'thread.item.done', item: assistantMessage('a1', 'x') }),
      ev({ type: 'thread.item.done', item: userMessage('msg_1', 'hi') }),
    ]);
    expect(state.itemIds).to.deep.equal(['msg_1', 'a1']);
  });
});

describe('state: loading and paging', () => {
  it('thread.loaded replaces the thread and keeps the running request', () => {
    const start = reduceAll(stateWith(createInitialState(), userMessage('x', 'draft')), [{ type: 'request.start', kind: 'load' }]);
    const state = threadReducer(start, { type: 'thread.loaded', thread: thread('t2', 'Two', [userMessage('u1', 'a'), assistantMessage('a1', 'b')], true) });
    expect(state.thread).to.deep.equal({ id: 't2', title: 'Two', created_at: '2026-01-01T00:00:00', status: { type: 'active' }, metadata: {} });
    expect(state.itemIds).to.deep.equal(['u1', 'a1']);
    expect(state).to.include({ loading: true, hasMoreAfter: true, afterCursor: 'a1', hasMoreBefore: false });
  });

  it('items.prepended takes a desc page and shows it oldest first, before what is loaded', () => {
    let state = threadReducer(createInitialState(), { type: 'thread.loaded', thread: thread('t', 'T') });
    state = threadReducer(state, { type: 'items.prepended', page: { data: [assistantMessage('a2'), userMessage('u2', 'b')], has_more: true, after: 'u2' } });
    expect(state.itemIds).to.deep.equal(['u2', 'a2']);
    expect(state).to.include({ hasMoreBefore: true, beforeCursor: 'u2' });
    state = threadReducer(state, {
      type: 'items.prepended',
      page: { data: [assistantMessage('a1'), userMessage('u1', 'a'), userMessage('u2', 'dup')], has_more: false },
    });
    expect(state.itemIds).to.deep.equal(['u1', 'a1', 'u2', 'a2']);
    expect(state.items.get('u2')).to.deep.equal(userMessage('u2', 'b'));
    expect(state).to.include({ hasMoreBefore: false, beforeCursor: null });
  });

  it('thread.reset returns to an empty draft', () => {
    const state = threadReducer(stateWith(threadReducer(createInitialState(), ev({ type: 'thread.created', thread: thread('t') })), userMessage('u', 'x')), {
      type: 'thread.reset',
    });
    expect(state.thread).to.equal(null);
    expect(state.itemIds).to.deep.equal([]);
  });

  it('items.removeAfter drops everything after the given message', () => {
    const state = stateWith(createInitialState(), userMessage('u1', 'a'), assistantMessage('a1'), userMessage('u2', 'b'), assistantMessage('a2'));
    expect(threadReducer(state, { type: 'items.removeAfter', itemId: 'u2' }).itemIds).to.deep.equal(['u1', 'a1', 'u2']);
    expect(threadReducer(state, { type: 'items.removeAfter', itemId: 'missing' })).to.equal(state);
  });

  it('item.replace (sync action) swaps in place', () => {
    const state = stateWith(createInitialState(), userMessage('u1', 'a'), assistantMessage('a1', 'old'));
    const after = threadReducer(state, { type: 'item.replace', item: assistantMessage('a1', 'new') });
    expect(after.itemIds).to.equal(state.itemIds);
    expect(after.items.get('a1')).to.deep.equal(assistantMessage('a1', 'new'));
  });

  it('tool.completed ignores items that are not client tool calls', () => {
    const state = stateWith(createInitialState(), assistantMessage('a1'));
    expect(threadReducer(state, { type: 'tool.completed', itemId: 'a1', output: 1 })).to.equal(state);
  });
});

describe('state: immutability', () => {
  it('never mutates the previous state and keeps untouched items by identity', () => {
    const before: ThreadState = deepFreeze(
      reduceAll(stateWith(createInitialState(), userMessage('u1', 'a'), assistantMessage('a1', 'x')), [
        ev({ type: 'thread.item.added', item: assistantMessage('a2', '') }),
        { type: 'user.optimistic', item: userMessage('local_1', 'hi') },
      ]),
    );
    const snapshot = JSON.stringify({ ids: before.itemIds, items: [...before.items], pending: [...before.pending] });
    const actions = [
      update('a2', { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'y' }),
      ev({ type: 'thread.item.done', item: userMessage('msg_9', 'hi') }),
      ev({ type: 'thread.item.removed', item_id: 'a1' }),
      ev({ type: 'notice', level: 'info', message: 'n' }),
      { type: 'items.removeAfter', itemId: 'u1' },
      { type: 'request.end' },
    ] as const;
    for (const action of actions) {
      const after = threadReducer(before, action);
      expect(after, action.type).not.to.equal(before);
      for (const [id, item] of after.items) {
        if (before.items.get(id) !== undefined && JSON.stringify(before.items.get(id)) === JSON.stringify(item)) {
          expect(item, `${action.type} kept ${id}`).to.equal(before.items.get(id));
        }
      }
    }
    expect(JSON.stringify({ ids: before.itemIds, items: [...before.items], pending: [...before.pending] })).to.equal(snapshot);
  });
});
