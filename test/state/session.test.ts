/**
 * Multi-request sessions replayed from the captures (they all act on the same thread), and
 * replayed state compared with what `threads.get_by_id` / `items.list` later returned.
 */
import { expect } from '@open-wc/testing';
import { ThreadSchema, pageSchema, ThreadItemSchema, type UserMessageContent } from '../../src/schemas/index.js';
import {
  createInitialState,
  lastUserMessage,
  retryTarget,
  threadReducer,
  visibleItems,
  type ThreadState,
} from '../../src/state/index.js';
import { loadJsonFixture } from '../helpers/fixtures.js';
import { loadEvents, orderedItems, reduceAll, replayCapture, replayRequest } from './helpers.js';

const ItemPage = pageSchema(ThreadItemSchema);

async function created(): Promise<ThreadState> {
  return replayCapture(createInitialState(), 'threads.create.sse');
}

describe('state: sessions', () => {
  it('threads.create replayed equals threads.get_by_id of that thread', async () => {
    const state = await created();
    const thread = ThreadSchema.parse(await loadJsonFixture('threads.get_by_id.json'));
    expect(state.thread?.id).to.equal(thread.id);
    expect(state.thread?.title).to.equal(thread.title);
    expect(orderedItems(state)).to.deep.equal(thread.items.data);

    const loaded = threadReducer(createInitialState(), { type: 'thread.loaded', thread });
    expect(orderedItems(loaded)).to.deep.equal(orderedItems(state));
    expect(loaded.thread).to.deep.equal(state.thread);
    expect(loaded.hasMoreAfter).to.equal(false);
  });

  it('threads.create replayed equals items.list paged forward (limit 3, asc)', async () => {
    const state = await created();
    const first = ItemPage.parse(await loadJsonFixture('items.list.json'));
    const second = ItemPage.parse(await loadJsonFixture('items.list.page2.json'));
    const thread = ThreadSchema.parse(await loadJsonFixture('threads.get_by_id.json'));
    // As if get_by_id had embedded only the first (oldest) page.
    let paged = threadReducer(createInitialState(), { type: 'thread.loaded', thread: { ...thread, items: first } });
    expect(paged.hasMoreAfter).to.equal(true);
    expect(paged.afterCursor).to.equal(first.after);
    paged = threadReducer(paged, { type: 'items.appended', page: second });
    expect(paged.hasMoreAfter).to.equal(false);
    expect(paged.afterCursor).to.equal(null);
    expect(orderedItems(paged)).to.deep.equal(orderedItems(state));
  });

  it('cancelled_by_client: the partial text on screen is what the server persisted', async () => {
    const state = await replayCapture(createInitialState(), 'cancelled_by_client.sse');
    const persisted = ItemPage.parse(await loadJsonFixture('cancelled_by_client.items.list.json'));
    expect(state.pending.size).to.equal(0);
    expect(orderedItems(state)).to.deep.equal(persisted.data);
  });

  it('custom actions replace widgets in place, patch them inline and add notices', async () => {
    const start = await created();
    const approve = await loadEvents('threads.custom_action.approve.sse');
    const replaced = approve.find((event) => event.type === 'thread.item.replaced');
    if (replaced?.type !== 'thread.item.replaced') throw new Error('no replaced event');
    const afterApprove = replayRequest(start, approve, 'action');
    expect(afterApprove.itemIds.indexOf(replaced.item.id)).to.equal(start.itemIds.indexOf(replaced.item.id));
    expect(afterApprove.items.get(replaced.item.id)).to.deep.equal(replaced.item);
    expect(afterApprove.itemIds.slice(0, start.itemIds.length)).to.deep.equal(start.itemIds);
    expect(orderedItems(afterApprove).at(-1)?.type).to.equal('assistant_message');
    // Items the action did not touch are the very same objects.
    for (const id of start.itemIds) {
      if (id !== replaced.item.id) expect(afterApprove.items.get(id)).to.equal(start.items.get(id));
    }

    const inline = await loadEvents('threads.custom_action.inline.sse');
    const rootUpdate = inline.find((event) => event.type === 'thread.item.updated');
    if (rootUpdate?.type !== 'thread.item.updated' || rootUpdate.update.type !== 'widget.root.updated') throw new Error('no update');
    const afterInline = replayRequest(afterApprove, inline, 'action');
    const widget = afterInline.items.get(rootUpdate.item_id);
    expect(widget?.type === 'widget' && widget.widget).to.deep.equal(rootUpdate.update.widget);
    expect(afterInline.itemIds).to.equal(afterApprove.itemIds);

    const afterPing = await replayCapture(afterInline, 'threads.custom_action.no_item.sse', 'action');
    expect(afterPing.notices.map((notice) => notice.level)).to.deep.equal(['info']);
    expect(afterPing.itemIds).to.equal(afterInline.itemIds);
  });

  it('a client tool call is completed locally, then the tool output stream continues the thread', async () => {
    const afterTool = await replayCapture(await created(), 'threads.add_user_message.tool.sse');
    const call = orderedItems(afterTool).at(-1);
    if (call?.type !== 'client_tool_call') throw new Error('turn does not end with a client tool call');
    expect(call.status).to.equal('pending');
    const completed = threadReducer(afterTool, { type: 'tool.completed', itemId: call.id, output: { time: 'now' } });
    const done = completed.items.get(call.id);
    expect(done).to.deep.equal({ ...call, status: 'completed', output: { time: 'now' } });
    const afterOutput = await replayCapture(completed, 'threads.add_client_tool_output.sse', 'tool_output');
    expect(afterOutput.itemIds.slice(0, completed.itemIds.length)).to.deep.equal(completed.itemIds);
    expect(orderedItems(afterOutput).at(-1)?.type).to.equal('assistant_message');
    expect(afterOutput.items.get(call.id)).to.equal(done);
  });

  it('an answered structured input replaces the pending one in place', async () => {
    const asked = await replayCapture(await created(), 'threads.add_user_message.question.sse');
    const question = orderedItems(asked).at(-1);
    if (question?.type !== 'structured_input') throw new Error('no structured input');
    expect(question.status).to.equal('pending');
    const answered = await replayCapture(asked, 'threads.add_structured_input.sse', 'structured_input');
    const after = answered.items.get(question.id);
    expect(after?.type === 'structured_input' && after.status).to.equal('answered');
    expect(answered.itemIds.indexOf(question.id)).to.equal(asked.itemIds.indexOf(question.id));
    expect(answered.itemIds.filter((id) => id === question.id)).to.have.length(1);
  });

  it('retry_after_item: later items are dropped locally, the new answer follows the user message', async () => {
    const start = await created();
    const request = await loadJsonFixture<{ params: { item_id: string } }>('threads.retry_after_item.request.json');
    const userId = request.params.item_id;
    expect(retryTarget(start)).to.equal(userId);
    const trimmed = threadReducer(start, { type: 'items.removeAfter', itemId: userId });
    expect(trimmed.itemIds).to.deep.equal([userId]);
    const events = await loadEvents('threads.retry_after_item.sse');
    const retried = replayRequest(trimmed, events, 'retry');
    const newIds = events.flatMap((event) => (event.type === 'thread.item.done' ? [event.item.id] : []));
    expect(retried.itemIds).to.deep.equal([userId, ...newIds]);
    for (const id of start.itemIds.slice(1)) expect(retried.items.has(id)).to.equal(false);
  });

  it('an optimistic message is replaced by the server copy: same place, no duplicate', async () => {
    const start = await created();
    const request = await loadJsonFixture<{ params: { input: { content: UserMessageContent[] } } }>(
      'threads.add_user_message.rich.request.json',
    );
    const optimistic = {
      ...userMessageLike(start, 'local_1'),
      content: request.params.input.content,
    };
    const shown = reduceAll(start, [
      { type: 'user.optimistic', item: optimistic },
      { type: 'request.start', kind: 'send' },
    ]);
    expect(visibleItems(shown).at(-1)).to.equal(optimistic);
    expect(retryTarget(shown)).to.equal(null);

    const events = await loadEvents('threads.add_user_message.rich.sse');
    const echo = events[0];
    if (echo?.type !== 'thread.item.done' || echo.item.type !== 'user_message') throw new Error('no echo');
    const afterEcho = threadReducer(shown, { type: 'stream.event', event: echo });
    expect(afterEcho.itemIds).to.deep.equal([...start.itemIds, echo.item.id]);
    expect(afterEcho.items.has('local_1')).to.equal(false);
    expect(afterEcho.optimistic.size).to.equal(0);
    expect(lastUserMessage(afterEcho)).to.equal(echo.item);

    const final = replayRequest(afterEcho, events.slice(1));
    const users = orderedItems(final).filter((item) => item.type === 'user_message');
    expect(users.map((item) => item.id)).to.deep.equal([start.itemIds[0], echo.item.id]);
    expect(retryTarget(final)).to.equal(echo.item.id);
  });

  it('attachments come back expanded on the server copy of the message', async () => {
    const state = await replayCapture(await created(), 'threads.add_user_message.attachment.sse');
    const message = lastUserMessage(state);
    expect(message?.attachments.map((attachment) => attachment.thread_id)).to.deep.equal([state.thread?.id]);
  });

  it('threads.create.second starts from a draft with an optimistic message', async () => {
    const draft = threadReducer(createInitialState(), {
      type: 'user.optimistic',
      item: { ...userMessageLike(createInitialState(), 'local_9'), content: [{ type: 'input_text', text: 'second thread' }] },
    });
    expect(draft.thread).to.equal(null);
    const state = await replayCapture(draft, 'threads.create.second.sse');
    expect(state.thread?.title).to.equal('second thread');
    const users = orderedItems(state).filter((item) => item.type === 'user_message');
    expect(users).to.have.length(1);
    expect(users[0]?.id).not.to.equal('local_9');
    expect(state.itemIds[0]).to.equal(users[0]?.id);
  });
});

function userMessageLike(state: ThreadState, id: string) {
  return {
    id,
    thread_id: state.thread?.id ?? '',
    created_at: '2026-11-23T19:12:02.000000',
    type: 'user_message' as const,
    content: [] as UserMessageContent[],
    attachments: [],
    inference_options: {},
  };
}
