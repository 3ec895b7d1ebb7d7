/**
 * ChatSession: loading threads (get_by_id + newest items.list page), older pages, superseded
 * loads and thread switches during a stream, replayed from the captures of `thr_b46d1d4c`.
 */
import { expect } from '@open-wc/testing';
import { ChatKitClient, type StreamOptions } from '../../src/protocol/client.js';
import { ThreadItemSchema, type RequestOfType, type StreamingRequestType } from '../../src/schemas/index.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { loadFixture, loadJsonFixture } from '../helpers/fixtures.js';
import {
  capturedItems,
  capturedThread,
  createSession,
  forThread,
  itemsListAfter,
  routeCapturedThread,
  sse,
  tick,
  until,
  type WireThread,
} from './session-helpers.js';

const OTHER: WireThread = {
  id: 'thr_other',
  title: 'Another thread',
  created_at: '2026-11-24T08:00:00',
  status: { type: 'active' },
  metadata: {},
  items: {
    data: [
      {
        id: 'msg_other',
        thread_id: 'thr_other',
        created_at: '2026-11-24T08:00:01',
        type: 'user_message',
        content: [{ type: 'input_text', text: 'hello there' }],
        attachments: [],
        inference_options: {},
      },
    ],
    has_more: false,
  },
};

describe('ChatSession: loading a thread', () => {
  it('reads the thread, then its newest items page, shown oldest first', async () => {
    const f = fakeFetch();
    const { thread, pages } = await routeCapturedThread(f);
    const { session, events, errors } = createSession(f);
    const loading: boolean[] = [];
    session.store.subscribe((state) => loading.push(state.loading));

    await session.loadThread(thread.id);

    const captured = await loadJsonFixture<{ params: { thread_id: string } }>('threads.get_by_id.request.json');
    expect(f.calls.map((call) => call.body.type)).to.deep.equal(['threads.get_by_id', 'items.list']);
    expect(f.calls[0]!.body.params).to.deep.equal(captured.params);
    expect(f.calls[1]!.body.params).to.deep.equal({ thread_id: captured.params.thread_id, order: 'desc', limit: 20 });
    const state = session.store.getState();
    expect(state.thread?.title).to.equal('Show me the demo');
    // The newest page (the two newest items), oldest first; the embedded page is not used.
    const all = await capturedItems();
    expect(state.itemIds).to.deep.equal(all.slice(2).map((item) => item.id));
    expect(state.items.get(all[3]!.id)).to.deep.equal(ThreadItemSchema.parse(all[3]));
    expect(state.hasMoreBefore).to.equal(true);
    expect(state.beforeCursor).to.equal(pages[0]!.after);
    expect(state.hasMoreAfter).to.equal(false);
    expect(events).to.deep.equal([`load.start:${thread.id}`, `thread.change:${thread.id}`, `load.end:${thread.id}`]);
    expect(errors).to.have.length(0);
    expect(loading[0]).to.equal(true);
    expect(state.loading).to.equal(false);
    expect(session.busy).to.equal(null);
  });

  it('loads older pages before the oldest item until the start of the thread', async () => {
    const f = fakeFetch();
    const { thread, pages } = await routeCapturedThread(f);
    const { session } = createSession(f);
    await session.loadThread(thread.id);
    const flags: boolean[] = [];
    session.store.subscribe((state, prev) => {
      if (state.loadingOlder !== prev.loadingOlder) flags.push(state.loadingOlder);
    });

    const first = session.loadOlder();
    const second = session.loadOlder(); // already loading: no second request
    await Promise.all([first, second]);

    const lists = f.callsOf('items.list');
    expect(lists).to.have.length(2);
    expect(lists[1]!.body.params).to.deep.equal({ thread_id: thread.id, order: 'desc', limit: 20, after: pages[0]!.after });
    const state = session.store.getState();
    expect(state.itemIds).to.deep.equal((await capturedItems()).map((item) => item.id));
    expect(state.hasMoreBefore).to.equal(false);
    expect(flags).to.deep.equal([true, false]);

    await session.loadOlder();
    expect(f.callsOf('items.list')).to.have.length(2);
  });

  it('loadOlder rejects when the page fails, clears loadingOlder and can be tried again', async () => {
    const f = fakeFetch();
    const { thread, pages } = await routeCapturedThread(f);
    const { session } = createSession(f);
    await session.loadThread(thread.id);
    const before = session.store.getState().itemIds;
    f.replyOnce(itemsListAfter(pages[0]!.after), { status: 500, json: { error: 'down' } });

    const error = await session.loadOlder().then(() => null, (e: unknown) => e);
    expect(String(error)).to.contain('500');
    expect(session.store.getState().loadingOlder).to.equal(false);
    expect(session.store.getState().itemIds).to.equal(before);

    await session.loadOlder();
    expect(session.store.getState().itemIds).to.have.length(4);
  });

  it('falls back to the embedded page when items.list fails, and reports the error', async () => {
    const f = fakeFetch();
    const thread = await capturedThread();
    f.reply('threads.get_by_id', { json: thread });
    f.reply('items.list', { status: 503, json: { error: 'items unavailable' } });
    const { session, errors, events } = createSession(f);

    await session.loadThread(thread.id);

    const state = session.store.getState();
    expect(state.itemIds).to.deep.equal(thread.items.data.map((item) => item.id));
    expect(state.thread?.id).to.equal(thread.id);
    expect(errors.map((e) => e.message).join()).to.contain('items.list');
    expect(events.at(-1)).to.equal(`load.end:${thread.id}`);
    expect(state.loading).to.equal(false);
  });

  it('rejects when threads.get_by_id fails and keeps the thread on screen', async () => {
    const f = fakeFetch();
    const { thread } = await routeCapturedThread(f);
    f.reply(forThread('threads.get_by_id', 'thr_gone'), 'error.unknown_thread.json');
    const { session, events } = createSession(f);
    await session.loadThread(thread.id);

    const error = await session.loadThread('thr_gone').then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(Error);
    const state = session.store.getState();
    expect(state.thread?.id).to.equal(thread.id);
    expect(state.itemIds).to.have.length(2);
    expect(state.loading).to.equal(false);
    expect(session.busy).to.equal(null);
    expect(events.slice(-2)).to.deep.equal(['load.start:thr_gone', 'load.end:thr_gone']);
  });

  it('re-sync (loading the open thread again) keeps feedback and fires no thread change', async () => {
    const f = fakeFetch().reply('items.feedback', 'items.feedback.json');
    const { thread } = await routeCapturedThread(f);
    const { session, events } = createSession(f);
    await session.loadThread(thread.id);
    const answer = session.store.getState().itemIds[0]!;
    await session.feedback([answer], 'negative');

    await session.loadThread(thread.id);
    expect(session.store.getState().feedback.get(answer)).to.equal('negative');
    expect(events.filter((e) => e.startsWith('thread.change'))).to.have.length(1);
    expect(f.callsOf('threads.get_by_id')).to.have.length(2);
  });

  it('a superseded load never overwrites the newer one', async () => {
    const f = fakeFetch();
    const { thread } = await routeCapturedThread(f);
    // The first load's reply comes late and ignores the abort, like a fetch that cannot cancel.
    f.replyOnce(forThread('threads.get_by_id', thread.id), { json: thread, responseDelay: 30, ignoreAbort: true });
    f.reply(forThread('threads.get_by_id', OTHER.id), { json: OTHER });
    f.reply(forThread('items.list', OTHER.id), { json: { data: [...OTHER.items.data].reverse(), has_more: false } });
    const { session, events } = createSession(f);

    const slow = session.loadThread(thread.id);
    await f.waitForCalls(1);
    await session.loadThread(OTHER.id);
    await slow;

    const state = session.store.getState();
    expect(state.thread?.id).to.equal(OTHER.id);
    expect(state.itemIds).to.deep.equal(['msg_other']);
    expect(state.loading).to.equal(false);
    expect(f.callsOf('items.list').map((call) => call.body.params?.thread_id)).to.deep.equal([OTHER.id]);
    expect(events).to.deep.equal([
      `load.start:${thread.id}`,
      `load.end:${thread.id}`,
      `load.start:${OTHER.id}`,
      `thread.change:${OTHER.id}`,
      `load.end:${OTHER.id}`,
    ]);
  });

  it('switching threads while a response streams aborts it; nothing of it reaches the new thread', async () => {
    const f = fakeFetch();
    const { thread } = await routeCapturedThread(f);
    const stream = f.replyStream('threads.add_user_message');
    f.reply(forThread('threads.get_by_id', OTHER.id), { json: OTHER, responseDelay: 20 });
    f.reply(forThread('items.list', OTHER.id), { json: { data: OTHER.items.data, has_more: false } });
    const { session, events } = createSession(f);
    await session.loadThread(thread.id);

    const sent = session.sendMessage({ content: [{ type: 'input_text', text: 'please use the tool' }] });
    await stream.called;
    const capture = await loadFixture('threads.add_user_message.tool.sse');
    const blocks = capture.split('\n\n');
    stream.push(`${blocks.slice(0, 5).join('\n\n')}\n\n`); // echo, options, progress, assistant added, part added
    await until(() => session.store.getState().pending.size > 0);

    const switching = session.loadThread(OTHER.id);
    expect(stream.stopped).to.equal(true);
    expect(session.store.getState().responding).to.equal(false);
    expect(session.store.getState().loading).to.equal(true);
    stream.push(`${blocks.slice(5).join('\n\n')}\n\n`);
    expect(await sent).to.equal(true);
    // The aborted stream has settled and did not end the load that replaced it.
    expect(session.store.getState().loading).to.equal(true);
    expect(session.busy).to.equal('loading');
    await switching;

    const state = session.store.getState();
    expect(state.itemIds).to.deep.equal(['msg_other']);
    expect(state.pending.size).to.equal(0);
    expect(state.responding).to.equal(false);
    expect(state.progress).to.equal(null);
    expect(state.error).to.equal(null);
    expect(events.slice(3)).to.deep.equal([
      'response.start',
      'response.end',
      `load.start:${OTHER.id}`,
      `thread.change:${OTHER.id}`,
      `load.end:${OTHER.id}`,
    ]);
  });

  it('loads older items while a response streams, without ending the response', async () => {
    const f = fakeFetch();
    const { thread } = await routeCapturedThread(f);
    const stream = f.replyStream('threads.add_user_message');
    const { session, events } = createSession(f);
    await session.loadThread(thread.id);
    const sent = session.sendMessage({ content: [{ type: 'input_text', text: 'please use the tool' }] });
    await stream.called;
    const capture = await loadFixture('threads.add_user_message.tool.sse');
    const blocks = capture.split('\n\n');
    stream.push(`${blocks.slice(0, 4).join('\n\n')}\n\n`);
    await until(() => session.store.getState().pending.size > 0);

    await session.loadOlder();
    let state = session.store.getState();
    expect(state.responding).to.equal(true);
    expect(state.request).to.equal('send');
    expect(state.loadingOlder).to.equal(false);
    const all = (await capturedItems()).map((item) => item.id);
    expect(state.itemIds.slice(0, 4)).to.deep.equal(all);

    // The rest of the turn (ending with a pending tool call the session would run; none here).
    stream.push(`${blocks.slice(4, -2).join('\n\n')}\n\n`);
    stream.close();
    expect(await sent).to.equal(true);
    state = session.store.getState();
    expect(state.responding).to.equal(false);
    expect(state.itemIds.slice(0, 4)).to.deep.equal(all);
    expect(state.itemIds.length).to.equal(6);
    expect(events.filter((e) => e.startsWith('response'))).to.deep.equal(['response.start', 'response.end']);
  });

  it('does not run a pending client tool call found when loading a thread', async () => {
    const f = fakeFetch();
    const thread = await capturedThread();
    const call = {
      id: 'tc_pending',
      thread_id: thread.id,
      created_at: '2026-11-23T19:12:00',
      type: 'client_tool_call',
      status: 'pending',
      call_id: 'call_1',
      name: 'get_client_time',
      arguments: {},
    };
    f.reply('threads.get_by_id', { json: thread });
    f.reply('items.list', { json: { data: [call, ...[...thread.items.data].reverse()], has_more: false } });
    let ran = 0;
    const { session } = createSession(f, {
      clientTool: () => {
        ran += 1;
        return Promise.resolve({});
      },
    });
    await session.loadThread(thread.id);
    await tick();
    expect(session.store.getState().itemIds.at(-1)).to.equal('tc_pending');
    expect(ran).to.equal(0);
    expect(f.callsOf('threads.add_client_tool_output')).to.have.length(0);
  });
});

/** A client whose streams ignore the abort signal, like a custom fetch that cannot cancel. */
class DeafClient extends ChatKitClient {
  override stream(request: RequestOfType<StreamingRequestType>, options: StreamOptions = {}) {
    return super.stream(request, { ...options, signal: undefined });
  }
}

describe('ChatSession: late stream events', () => {
  it('an event arriving after the switch is dropped even if the body keeps flowing', async () => {
    const f = fakeFetch();
    const { thread } = await routeCapturedThread(f);
    const stream = f.replyStream('threads.add_user_message');
    f.reply(forThread('threads.get_by_id', OTHER.id), { json: OTHER });
    f.reply(forThread('items.list', OTHER.id), { json: { data: OTHER.items.data, has_more: false } });
    const { session, events } = createSession(f, {}, new DeafClient({ url: '/chatkit', fetch: f.fetch }));
    await session.loadThread(thread.id);
    events.length = 0;
    const sent = session.sendMessage({ content: [{ type: 'input_text', text: 'hi' }] });
    await stream.called;
    await session.loadThread(OTHER.id);
    expect(events.slice(0, 2)).to.deep.equal(['response.start', 'response.end']);
    stream.push(
      sse({
        type: 'thread.item.done',
        item: { ...OTHER.items.data[0], id: 'msg_late', content: [{ type: 'input_text', text: 'late' }] },
      }),
    );
    await sent;
    expect(stream.stopped).to.equal(true);
    expect(session.store.getState().itemIds).to.deep.equal(['msg_other']);
    expect(events.filter((e) => e === 'response.end')).to.have.length(1);
  });
});
