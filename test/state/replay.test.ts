/**
 * Replays every `.sse` capture of the reference server through the reducer and checks the final
 * state against what the capture itself says (last full copy of each item, order, thread
 * metadata, notices, errors), then checks capture-specific details.
 */
import { expect } from '@open-wc/testing';
import type { ThreadItem, ThreadStreamEvent } from '../../src/schemas/index.js';
import { createInitialState, threadReducer, visibleItems, type ThreadState } from '../../src/state/index.js';
import { fixtureNames } from '../helpers/fixtures.js';
import { ev, loadEvents, orderedItems, replayRequest } from './helpers.js';

const captures = await fixtureNames('.sse');

/** What a capture says the thread should look like once it has been fully applied to an empty state. */
function expectationsOf(events: readonly ThreadStreamEvent[]) {
  const order: string[] = [];
  const lastFull = new Map<string, ThreadItem>();
  // Items changed by `thread.item.updated` after their last full copy (e.g. a cancelled stream).
  const updatedSince = new Set<string>();
  for (const event of events) {
    if (event.type === 'thread.item.added' || event.type === 'thread.item.done' || event.type === 'thread.item.replaced') {
      if (event.item.type === 'hidden_context_item' || event.item.type === 'sdk_hidden_context') continue;
      if (!order.includes(event.item.id)) order.push(event.item.id);
      lastFull.set(event.item.id, event.item);
      updatedSince.delete(event.item.id);
    } else if (event.type === 'thread.item.updated') {
      if (lastFull.has(event.item_id)) updatedSince.add(event.item_id);
    } else if (event.type === 'thread.item.removed') {
      order.splice(order.indexOf(event.item_id), 1);
      lastFull.delete(event.item_id);
    }
  }
  const threads = events.flatMap((event) => (event.type === 'thread.created' || event.type === 'thread.updated' ? [event.thread] : []));
  const errors = events.flatMap((event) => (event.type === 'error' ? [event] : []));
  const notices = events.flatMap((event) => (event.type === 'notice' ? [event] : []));
  return { order, lastFull, updatedSince, thread: threads.at(-1), error: errors.at(-1), notices };
}

function isItemEvent(event: ThreadStreamEvent): boolean {
  return event.type.startsWith('thread.item.');
}

describe('state: replay of every server capture', () => {
  it('finds the captures in the manifest', () => {
    expect(captures.length).to.be.greaterThan(10);
  });

  for (const name of captures) {
    describe(name, () => {
      let events: ThreadStreamEvent[];
      let final: ThreadState;

      before(async () => {
        events = await loadEvents(name);
        final = replayRequest(createInitialState(), events);
      });

      it('ends with no pending items, no progress and not responding', () => {
        expect(final.pending.size).to.equal(0);
        expect(final.progress).to.equal(null);
        expect(final.responding).to.equal(false);
        expect(final.request).to.equal(null);
      });

      it('holds the items the capture created, in order, each equal to its last full copy', () => {
        const expected = expectationsOf(events);
        expect(final.itemIds).to.deep.equal(expected.order);
        for (const [id, item] of expected.lastFull) {
          if (!expected.updatedSince.has(id)) expect(final.items.get(id), id).to.deep.equal(item);
        }
        expect(visibleItems(final).map((item) => item.id)).to.deep.equal(expected.order);
      });

      it('adopts the last thread metadata and never takes items from it', () => {
        const { thread } = expectationsOf(events);
        if (thread === undefined) {
          expect(final.thread).to.equal(null);
          return;
        }
        const metadata: Partial<typeof thread> = { ...thread };
        delete metadata.items;
        expect(final.thread).to.deep.equal(metadata);
        expect(final.thread).not.to.have.property('items');
      });

      it('reports the in-band error and notices of the capture', () => {
        const { error, notices } = expectationsOf(events);
        expect(final.notices.map(({ level, message, title }) => ({ level, message, title }))).to.deep.equal(
          notices.map(({ level, message, title }) => ({ level, message, title })),
        );
        if (error === undefined) {
          expect(final.error).to.equal(null);
          return;
        }
        expect(final.error).to.include({ code: error.code, allowRetry: error.allow_retry, source: 'stream' });
        expect(final.error?.message).to.equal(error.code === 'custom' ? error.message : undefined);
      });

      it('shows progress until the next item event', () => {
        let state = threadReducer(createInitialState(), { type: 'request.start', kind: 'send' });
        for (const event of events) {
          const known = event.type !== 'thread.item.updated' || state.items.has(event.item_id);
          state = threadReducer(state, ev(event));
          if (event.type === 'progress_update') {
            expect(state.progress).to.deep.equal(event.icon === undefined ? { text: event.text } : { icon: event.icon, text: event.text });
          } else if (isItemEvent(event) && known) {
            expect(state.progress, event.type).to.equal(null);
          }
        }
      });
    });
  }
});

describe('state: capture details', () => {
  it('threads.create: thread, title, streamed text, annotations and widgets', async () => {
    const events = await loadEvents('threads.create.sse');
    const state = replayRequest(createInitialState(), events);
    const created = events.find((event) => event.type === 'thread.created');
    const updated = events.filter((event) => event.type === 'thread.updated').at(-1);
    expect(state.thread?.id).to.equal(created?.type === 'thread.created' ? created.thread.id : undefined);
    expect(state.thread?.id).to.equal('thr_b46d1d4c');
    expect(state.thread?.title).to.equal(updated?.type === 'thread.updated' ? updated.thread.title : undefined);
    expect(state.thread?.title).to.equal('Show me the demo');

    const items = orderedItems(state);
    expect(items.map((item) => item.type)).to.deep.equal(['user_message', 'assistant_message', 'widget', 'widget']);
    const assistant = items[1];
    if (assistant?.type !== 'assistant_message') throw new Error('no assistant message');
    const deltas = events.flatMap((event) =>
      event.type === 'thread.item.updated' &&
      event.item_id === assistant.id &&
      event.update.type === 'assistant_message.content_part.text_delta'
        ? [event.update.delta]
        : [],
    );
    expect(deltas.length).to.be.greaterThan(1);
    expect(assistant.content[0]?.text).to.equal(deltas.join(''));
    expect(assistant.content[0]?.annotations.map((a) => a.source.type)).to.deep.equal(['url', 'entity']);
    expect(state.allowCancel).to.equal(true);
  });

  it('threads.create: streaming widget text grows by value deltas, then the root update ends streaming', async () => {
    const events = await loadEvents('threads.create.sse');
    const rootUpdate = events.findIndex(
      (event) => event.type === 'thread.item.updated' && event.update.type === 'widget.root.updated',
    );
    const before = replayRequest(createInitialState(), events.slice(0, rootUpdate));
    const deltas = events.slice(0, rootUpdate).flatMap((event) =>
      event.type === 'thread.item.updated' && event.update.type === 'widget.streaming_text.value_delta'
        ? [event.update]
        : [],
    );
    expect(deltas.length).to.be.greaterThan(1);
    const widgetEvent = events[rootUpdate];
    if (widgetEvent?.type !== 'thread.item.updated') throw new Error('no root update');
    const widget = before.items.get(widgetEvent.item_id);
    if (widget?.type !== 'widget') throw new Error('no widget');
    const children = widget.widget.children as { id?: string; value?: string; streaming?: boolean }[];
    const summary = children.find((node) => node.id === deltas[0]?.component_id);
    expect(summary?.value).to.equal(deltas.map((delta) => delta.delta).join(''));
    expect(summary?.streaming).to.equal(!deltas.at(-1)?.done);

    const after = threadReducer(before, ev(widgetEvent));
    const updatedWidget = after.items.get(widgetEvent.item_id);
    expect(updatedWidget?.type === 'widget' && updatedWidget.widget).to.deep.equal(
      widgetEvent.update.type === 'widget.root.updated' ? widgetEvent.update.widget : null,
    );
  });

  it('threads.add_user_message.image: partial images with progress, then the final image', async () => {
    const events = await loadEvents('threads.add_user_message.image.sse');
    let state = createInitialState();
    const seen: { url: string | undefined; progress: number | undefined }[] = [];
    let imageId = '';
    for (const event of events) {
      state = threadReducer(state, ev(event));
      if (event.type === 'thread.item.updated' && event.update.type === 'generated_image.updated') {
        imageId = event.item_id;
        const item = state.items.get(imageId);
        seen.push({ url: item?.type === 'generated_image' ? item.image?.url : undefined, progress: state.imageProgress.get(imageId) });
        expect(seen.at(-1)).to.deep.equal({ url: event.update.image.url, progress: event.update.progress });
      }
    }
    expect(seen).to.have.length(2);
    const done = events.find((event) => event.type === 'thread.item.done' && event.item.id === imageId);
    expect(state.items.get(imageId)).to.deep.equal(done?.type === 'thread.item.done' ? done.item : null);
    expect(state.imageProgress.has(imageId)).to.equal(false);
  });

  it('threads.add_user_message.workflow: tasks stream in, the removed message is gone, the notice shows', async () => {
    const events = await loadEvents('threads.add_user_message.workflow.sse');
    const removed = events.find((event) => event.type === 'thread.item.removed');
    const state = replayRequest(createInitialState(), events);
    expect(removed).to.not.equal(undefined);
    if (removed?.type !== 'thread.item.removed') return;
    expect(state.items.has(removed.item_id)).to.equal(false);
    expect(state.itemIds).not.to.include(removed.item_id);
    const workflow = orderedItems(state).find((item) => item.type === 'workflow');
    expect(workflow?.type === 'workflow' && workflow.workflow.tasks.map((task) => task.type)).to.deep.equal([
      'web_search',
      'thought',
      'custom',
    ]);
    expect(state.notices).to.have.length(1);
    expect(state.notices[0]).to.include({ level: 'warning', title: 'Heads up' });
    expect(state.notices[0]?.id).to.be.a('string').and.not.equal('');
  });

  it('threads.add_user_message.workflow: a task updated before done reflects the update while streaming', async () => {
    const events = await loadEvents('threads.add_user_message.workflow.sse');
    const firstTaskUpdate = events.findIndex(
      (event) => event.type === 'thread.item.updated' && event.update.type === 'workflow.task.updated',
    );
    const state = replayRequest(createInitialState(), events.slice(0, firstTaskUpdate + 1));
    const event = events[firstTaskUpdate];
    if (event?.type !== 'thread.item.updated' || event.update.type !== 'workflow.task.updated') throw new Error('no task update');
    const workflow = state.items.get(event.item_id);
    expect(workflow?.type === 'workflow' && workflow.workflow.tasks[event.update.task_index]).to.deep.equal(event.update.task);
  });

  it('threads.add_user_message.error: custom error with its message and a retry of the turn', async () => {
    const events = await loadEvents('threads.add_user_message.error.sse');
    const state = replayRequest(createInitialState(), events);
    const user = events.find((event) => event.type === 'thread.item.done' && event.item.type === 'user_message');
    const userId = user?.type === 'thread.item.done' ? user.item.id : '';
    expect(state.error).to.deep.equal({
      code: 'custom',
      message: 'Demo failure requested by the user.',
      allowRetry: true,
      source: 'stream',
      retry: { type: 'retry_after_item', itemId: userId },
    });
  });

  it('threads.add_user_message.crash: stream.error carries no message (the view localizes it)', async () => {
    const state = replayRequest(createInitialState(), await loadEvents('threads.add_user_message.crash.sse'));
    expect(state.error?.code).to.equal('stream.error');
    expect(state.error).not.to.have.property('message');
    expect(state.error?.allowRetry).to.equal(true);
    expect(state.error?.retry?.type).to.equal('retry_after_item');
  });

  it('threads.custom_action.non_widget_sender: error without retry', async () => {
    const state = replayRequest(createInitialState(), await loadEvents('threads.custom_action.non_widget_sender.sse'), 'action');
    expect(state.error).to.deep.equal({ code: 'stream.error', allowRetry: false, source: 'stream' });
  });

  it('captures without events leave the state as it was', async () => {
    for (const name of ['error.add_message_unknown_thread.sse', 'error.tool_output_without_pending_call.sse']) {
      const events = await loadEvents(name);
      expect(events, name).to.have.length(0);
      const initial = createInitialState();
      const state = replayRequest(initial, events);
      expect(state.itemIds).to.equal(initial.itemIds);
      expect(state.thread).to.equal(null);
    }
  });
});
