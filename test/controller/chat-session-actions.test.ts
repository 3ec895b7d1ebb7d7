/**
 * ChatSession: feedback, retry after an item, structured input and client tools, replayed from
 * the captures of `thr_b46d1d4c`.
 */
import { expect } from '@open-wc/testing';
import { BusyError } from '../../src/controller/chat-session.js';
import type { StructuredInputSubmission } from '../../src/schemas/index.js';
import { newestPendingItem, pendingClientToolCall, visibleItems } from '../../src/state/index.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { captureEvents, loadJsonFixture } from '../helpers/fixtures.js';
import { createSession, routeCapturedThread, sse, until, type SessionUnderTest } from './session-helpers.js';
import type { SessionHooks } from '../../src/controller/chat-session.js';

interface CapturedRequest<P> {
  type: string;
  params: P;
}

async function openThread(f: FakeFetch, hooks: Partial<SessionHooks> = {}): Promise<SessionUnderTest & { threadId: string }> {
  const { thread } = await routeCapturedThread(f);
  const under = createSession(f, hooks);
  await under.session.loadThread(thread.id);
  under.events.length = 0;
  return { ...under, threadId: thread.id };
}

const text = (value: string) => [{ type: 'input_text' as const, text: value }];

function lastAssistantText(under: SessionUnderTest): string {
  const item = visibleItems(under.session.store.getState()).at(-1);
  return item?.type === 'assistant_message' ? item.content.map((part) => part.text).join('') : '';
}

describe('ChatSession: feedback', () => {
  it('sends items.feedback as captured and shows the choice at once', async () => {
    const f = fakeFetch().reply('items.feedback', 'items.feedback.json');
    const { session } = await openThread(f);
    const captured = await loadJsonFixture<CapturedRequest<{ item_ids: string[] }>>('items.feedback.request.json');

    const done = session.feedback(captured.params.item_ids, 'positive');
    expect(session.store.getState().feedback.get(captured.params.item_ids[0]!)).to.equal('positive');
    await done;

    expect(f.callsOf('items.feedback')[0]!.body.params).to.deep.equal(captured.params);
    expect(session.store.getState().feedback.get(captured.params.item_ids[0]!)).to.equal('positive');
  });

  it('goes back to the previous choice and rejects when the request fails', async () => {
    const f = fakeFetch().replyOnce('items.feedback', 'items.feedback.json');
    const { session } = await openThread(f);
    const id = session.store.getState().itemIds[0]!;
    await session.feedback([id], 'positive');
    f.replyOnce('items.feedback', { status: 500, json: { error: 'nope' } });

    const pending = session.feedback([id], 'negative');
    expect(session.store.getState().feedback.get(id)).to.equal('negative');
    const error = await pending.then(() => null, (e: unknown) => e);
    expect(String(error)).to.contain('500');
    expect(session.store.getState().feedback.get(id)).to.equal('positive');
  });

  it('rejects without a thread', async () => {
    const { session } = createSession(fakeFetch());
    const error = await session.feedback(['x'], 'positive').then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(BusyError);
  });
});

describe('ChatSession: retry after an item', () => {
  it('drops later items locally and streams threads.retry_after_item', async () => {
    const f = fakeFetch().reply('threads.retry_after_item', 'threads.retry_after_item.sse');
    const under = await openThread(f);
    const { session, events } = under;
    await session.loadOlder(); // the whole captured thread: user message, answer, two widgets
    const captured = await loadJsonFixture<CapturedRequest<{ item_id: string }>>('threads.retry_after_item.request.json');
    const userId = captured.params.item_id;
    expect(session.store.getState().itemIds[0]).to.equal(userId);

    await session.retryAfter(userId);

    expect(f.callsOf('threads.retry_after_item')[0]!.body.params).to.deep.equal(captured.params);
    const newIds = (await captureEvents('threads.retry_after_item.sse')).flatMap((event) =>
      event.type === 'thread.item.done' ? [(event.item as { id: string }).id] : [],
    );
    expect(session.store.getState().itemIds).to.deep.equal([userId, ...newIds]);
    const answer = session.store.getState().items.get(newIds[0]!);
    expect(answer?.type === 'assistant_message' && answer.content[0]?.text).to.contain('Hello from the ChatKit peer.');
    expect(events).to.deep.equal(['response.start', 'response.end']);
    expect(session.store.getState().responding).to.equal(false);
  });

  it('refuses while a response streams', async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.add_user_message');
    const { session } = await openThread(f);
    const userId = session.store.getState().itemIds[0]!;
    const sent = session.sendMessage({ content: text('hi') });
    await stream.called;
    const error = await session.retryAfter(userId).then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(BusyError);
    expect((error as BusyError).reason).to.equal('responding');
    stream.close();
    await sent;
    expect(f.callsOf('threads.retry_after_item')).to.have.length(0);
  });

  it('rejects for an item that is not a saved user message', async () => {
    const f = fakeFetch();
    const { session } = await openThread(f);
    const widgetId = session.store.getState().itemIds.at(-1)!;
    const error = await session.retryAfter(widgetId).then(() => null, (e: unknown) => e);
    expect(String(error)).to.contain('not a saved user message');
    expect(f.callsOf('threads.retry_after_item')).to.have.length(0);
  });
});

describe('ChatSession: structured input', () => {
  it('answers the pending question with threads.add_structured_input; the item is replaced', async () => {
    const f = fakeFetch()
      .reply('threads.add_user_message', 'threads.add_user_message.question.sse')
      .reply('threads.add_structured_input', 'threads.add_structured_input.sse');
    const under = await openThread(f);
    const { session } = under;
    await session.sendMessage({ content: text('ask me a question') });
    const question = newestPendingItem(session.store.getState(), 'structured_input');
    if (question === null) throw new Error('no pending question');
    const captured = await loadJsonFixture<CapturedRequest<{ item_id: string; input: StructuredInputSubmission }>>(
      'threads.add_structured_input.request.json',
    );
    expect(question.id).to.equal(captured.params.item_id);
    const position = session.store.getState().itemIds.indexOf(question.id);

    await session.submitStructuredInput(question.id, captured.params.input);

    expect(f.callsOf('threads.add_structured_input')[0]!.body.params).to.deep.equal(captured.params);
    const state = session.store.getState();
    const answered = state.items.get(question.id);
    expect(answered?.type === 'structured_input' && answered.status).to.equal('answered');
    expect(state.itemIds.indexOf(question.id)).to.equal(position);
    expect(newestPendingItem(state, 'structured_input')).to.equal(null);
    expect(lastAssistantText(under)).to.contain('Thanks, recorded structured input');
    expect(under.events).to.deep.equal(['response.start', 'response.end', 'response.start', 'response.end']);
  });

  it('rejects after the store shows the error when the request fails', async () => {
    const f = fakeFetch()
      .reply('threads.add_user_message', 'threads.add_user_message.question.sse')
      .reply('threads.add_structured_input', { status: 500, json: { error: 'broken' } });
    const { session, errors } = await openThread(f);
    await session.sendMessage({ content: text('ask me a question') });
    const question = newestPendingItem(session.store.getState(), 'structured_input')!;

    const error = await session.submitStructuredInput(question.id, { status: 'skipped' }).then(() => null, (e: unknown) => e);
    expect(String(error)).to.contain('500');
    const state = session.store.getState();
    expect(state.error?.source).to.equal('request');
    expect(state.error?.allowRetry).to.equal(true);
    expect(state.responding).to.equal(false);
    expect(errors).to.have.length(1);
    expect(newestPendingItem(state, 'structured_input')?.id).to.equal(question.id);
  });
});

describe('ChatSession: client tools', () => {
  it('runs the tool within the same response and streams the output back', async () => {
    const f = fakeFetch()
      .reply('threads.add_user_message', 'threads.add_user_message.tool.sse')
      .reply('threads.add_client_tool_output', 'threads.add_client_tool_output.sse');
    const captured = await loadJsonFixture<CapturedRequest<{ result: Record<string, unknown> }>>(
      'threads.add_client_tool_output.request.json',
    );
    const seen: { call: unknown; request: string | null; responding: boolean }[] = [];
    const under = await openThread(f, {
      clientTool: (call) => {
        const state = under.session.store.getState();
        seen.push({ call, request: state.request, responding: state.responding });
        return Promise.resolve(captured.params.result);
      },
    });
    const { session, events, errors } = under;

    await session.sendMessage({ content: text('please use the tool') });

    expect(seen).to.deep.equal([{ call: { name: 'get_client_time', params: { format: 'iso' } }, request: 'tool_output', responding: true }]);
    expect(f.callsOf('threads.add_client_tool_output')[0]!.body.params).to.deep.equal(captured.params);
    const state = session.store.getState();
    const call = state.items.get('tc_71ee3a08');
    expect(call?.type === 'client_tool_call' && call.status).to.equal('completed');
    expect(call?.type === 'client_tool_call' && call.output).to.deep.equal(captured.params.result);
    expect(pendingClientToolCall(state)).to.equal(null);
    expect(lastAssistantText(under)).to.contain('returned {"now": "2026-01-01T12:00:00Z"}');
    expect(events).to.deep.equal(['response.start', 'response.end']);
    expect(errors).to.have.length(0);
    expect(state.responding).to.equal(false);
  });

  it('sends an error-shaped result when the handler throws, and reports the error', async () => {
    const f = fakeFetch()
      .reply('threads.add_user_message', 'threads.add_user_message.tool.sse')
      .reply('threads.add_client_tool_output', 'threads.add_client_tool_output.sse');
    const { session, errors } = await openThread(f, {
      clientTool: () => Promise.reject(new Error('clock unavailable')),
    });
    await session.sendMessage({ content: text('please use the tool') });

    expect(f.callsOf('threads.add_client_tool_output')[0]!.body.params?.result).to.deep.equal({ error: 'clock unavailable' });
    expect(errors.map((e) => e.message)).to.deep.equal(['clock unavailable']);
    const call = session.store.getState().items.get('tc_71ee3a08');
    expect(call?.type === 'client_tool_call' && call.status).to.equal('completed');
  });

  it('without a handler sends an error result so the thread is not stuck', async () => {
    const f = fakeFetch()
      .reply('threads.add_user_message', 'threads.add_user_message.tool.sse')
      .reply('threads.add_client_tool_output', 'threads.add_client_tool_output.sse');
    const { session, errors } = await openThread(f);
    await session.sendMessage({ content: text('please use the tool') });

    const result = f.callsOf('threads.add_client_tool_output')[0]!.body.params?.result as { error?: unknown };
    expect(result.error).to.be.a('string').and.contain('get_client_time');
    expect(errors).to.have.length(1);
    expect(session.store.getState().responding).to.equal(false);
  });

  it('repeats while the output stream again ends with a pending call', async () => {
    const events = await captureEvents('threads.add_user_message.tool.sse');
    const toolDone = events.at(-1) as unknown as { item: Record<string, unknown> };
    const secondCall = { ...toolDone.item, id: 'tc_second', call_id: 'call_second', name: 'get_location', arguments: {} };
    const f = fakeFetch()
      .reply('threads.add_user_message', 'threads.add_user_message.tool.sse')
      .replyOnce('threads.add_client_tool_output', {
        sse: sse({ type: 'stream_options', stream_options: { allow_cancel: true } }, { type: 'thread.item.done', item: secondCall }),
      })
      .reply('threads.add_client_tool_output', 'threads.add_client_tool_output.sse');
    const names: string[] = [];
    const under = await openThread(f, {
      clientTool: (call) => {
        names.push(call.name);
        return Promise.resolve({ n: names.length });
      },
    });
    await under.session.sendMessage({ content: text('please use the tool') });

    expect(names).to.deep.equal(['get_client_time', 'get_location']);
    expect(f.callsOf('threads.add_client_tool_output').map((call) => call.body.params?.result)).to.deep.equal([{ n: 1 }, { n: 2 }]);
    expect(under.events).to.deep.equal(['response.start', 'response.end']);
    expect(pendingClientToolCall(under.session.store.getState())).to.equal(null);
  });

  it('stop while the handler runs: no output is sent and the response ends', async () => {
    const f = fakeFetch().reply('threads.add_user_message', 'threads.add_user_message.tool.sse');
    let release: (value: Record<string, unknown>) => void = () => undefined;
    const under = await openThread(f, {
      clientTool: () =>
        new Promise((resolve) => {
          release = resolve;
        }),
    });
    const { session, events } = under;
    const sent = session.sendMessage({ content: text('please use the tool') });
    await until(() => session.store.getState().request === 'tool_output');
    expect(session.busy).to.equal('responding');

    session.stop();
    await sent;
    release({ late: true });
    await until(() => true);

    expect(f.callsOf('threads.add_client_tool_output')).to.have.length(0);
    expect(session.store.getState().responding).to.equal(false);
    expect(events).to.deep.equal(['response.start', 'response.end']);
    const call = session.store.getState().items.get('tc_71ee3a08');
    expect(call?.type === 'client_tool_call' && call.status).to.equal('pending');
  });

  it('a failed tool output stream shows the error and retry() sends the output again', async () => {
    const f = fakeFetch()
      .reply('threads.add_user_message', 'threads.add_user_message.tool.sse')
      .replyOnce('threads.add_client_tool_output', { status: 502, json: { error: 'gateway' } })
      .reply('threads.add_client_tool_output', 'threads.add_client_tool_output.sse');
    const under = await openThread(f, { clientTool: () => Promise.resolve({ ok: true }) });
    const { session } = under;
    await session.sendMessage({ content: text('please use the tool') });
    expect(session.store.getState().error?.allowRetry).to.equal(true);

    expect(await session.retry()).to.equal(true);
    const outputs = f.callsOf('threads.add_client_tool_output');
    expect(outputs).to.have.length(2);
    expect(outputs[1]!.body.params).to.deep.equal(outputs[0]!.body.params);
    expect(session.store.getState().error).to.equal(null);
    expect(lastAssistantText(under)).to.contain('get_client_time returned');
  });
});
