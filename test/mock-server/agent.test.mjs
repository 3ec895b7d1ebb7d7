// @ts-check
/** The scripted agent and the action/tool/structured-input flows. Run: node --test test/mock-server/ */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fixtureEvents, kinds, startTestServer, streamedText } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startTestServer>>['server']} */
let server;
/** @type {import('./helpers.mjs').Client} */
let client;

before(async () => {
  ({ server, client } = await startTestServer());
});
after(() => server.close());
beforeEach(() => server.mock.reset());

/** Event kinds without the parts whose count depends on the text (deltas, annotations). */
const shape = (/** @type {any[]} */ events) =>
  kinds(events).filter((k) => !k.endsWith('text_delta') && !k.endsWith('annotation_added') && k !== 'thread.updated');

/** @param {any[]} events @param {string} type */
const done = (events, type) => events.filter((e) => e.type === 'thread.item.done' && e.item.type === type).map((e) => e.item);

/** A thread that already has a title, so later turns compare cleanly with the captures. */
async function thread() {
  return (await client.create('start')).threadId;
}

describe('default answer', () => {
  it('streams Markdown in small deltas that add up to the final text, with one url annotation', async () => {
    const { events } = await client.create('hello');
    const [message] = done(events, 'assistant_message');
    const text = message.content[0].text;
    assert.equal(streamedText(events, message.id), text);
    assert.ok(events.filter((e) => e.update?.type === 'assistant_message.content_part.text_delta').length > 30, 'many small deltas');
    for (const feature of [/\*\*[^*]+\*\*/, /^- /m, /\[[^\]]+\]\(https:\/\/example\.com\)/, /`[^`\n]+`/, /^```ts\n[\s\S]+?\n```$/m]) assert.match(text, feature);
    const [annotation] = message.content[0].annotations;
    assert.equal(annotation.source.url, 'https://example.com');
    assert.ok(annotation.index > 0 && annotation.index <= text.length);
    const progress = events.find((e) => e.type === 'progress_update');
    assert.deepEqual(progress, { type: 'progress_update', icon: 'sparkle', text: 'Thinking…' });
  });

  it('acknowledges quoted text, tags, tool choice and model', async () => {
    const threadId = await thread();
    const { events } = await client.send(threadId, 'Compare with ', {
      content: [
        { type: 'input_text', text: 'Compare with ' },
        { type: 'input_tag', id: 'article_123', text: 'The Future of AI', data: { type: 'article' }, interactive: true },
      ],
      quoted_text: 'some quoted text',
      inference_options: { tool_choice: { id: 'summarize' }, model: 'gpt-4.1-mini' },
    });
    const [user] = done(events, 'user_message');
    assert.equal(user.quoted_text, 'some quoted text');
    assert.deepEqual(user.inference_options, { tool_choice: { id: 'summarize' }, model: 'gpt-4.1-mini' });
    const text = done(events, 'assistant_message')[0].content[0].text;
    for (const part of ['some quoted text', '@The Future of AI', 'summarize', 'gpt-4.1-mini']) assert.ok(text.includes(part), `mentions ${part}`);
  });
});

describe('trigger words', () => {
  it('"widget" adds a Card with server, client and sync actions, a ListView, and a toast', async () => {
    const { events } = await client.create('Show me a WIDGET');
    const [card, list] = done(events, 'widget');
    assert.equal(card.widget.type, 'Card');
    /** @type {Record<string, any>} */
    const actions = {};
    JSON.stringify(card.widget, (key, value) => {
      if (key === 'onClickAction') actions[value.type] = value;
      return value;
    });
    assert.equal(actions['demo.approve']?.handler, 'server');
    assert.equal(actions['demo.view_details']?.handler, 'client');
    assert.equal(actions['demo.counter']?.streaming, false);
    const tree = JSON.stringify(card.widget);
    for (const node of ['Title', 'Text', 'Markdown', 'Button']) assert.ok(tree.includes(`"type":"${node}"`), `card has a ${node}`);
    assert.equal(list.widget.type, 'ListView');
    assert.ok(list.widget.children.every((/** @type {any} */ row) => row.onClickAction.type === 'demo.select'));
    assert.deepEqual(events.at(-1), { type: 'client_effect', name: 'toast', data: { message: 'Widget ready' } });
  });

  it('"live" streams the card with streaming_text deltas and a root update', async () => {
    const { events } = await client.create('live card please');
    const added = events.find((e) => e.type === 'thread.item.added' && e.item.type === 'widget');
    const deltas = events.filter((e) => e.update?.type === 'widget.streaming_text.value_delta');
    assert.ok(deltas.length > 3);
    assert.ok(deltas.every((e) => e.item_id === added.item.id && e.update.component_id === 'summary'));
    const root = events.find((e) => e.update?.type === 'widget.root.updated');
    const final = done(events, 'widget').find((w) => w.id === added.item.id);
    assert.deepEqual(root.update.widget, final.widget);
  });

  it('"form" adds a form card', async () => {
    const { events } = await client.create('a form please');
    const card = done(events, 'widget')[0];
    assert.match(JSON.stringify(card.widget), /"type":"Form"[\s\S]*"onSubmitAction":\{"type":"demo\.submit_form"/);
  });

  it('"error" and "crash" end with in-band errors, as captured', async () => {
    const threadId = await thread();
    const error = await client.send(threadId, 'error please');
    assert.deepEqual(shape(error.events), shape(await fixtureEvents('threads.add_user_message.error.sse')));
    assert.deepEqual(error.events.at(-1), { type: 'error', code: 'custom', message: 'The demo agent hit a simulated error.', allow_retry: true });
    const crash = await client.send(threadId, 'crash please');
    assert.deepEqual(crash.events, [crash.events[0], { type: 'stream_options', stream_options: { allow_cancel: true } }, { type: 'error', code: 'stream.error', allow_retry: true }]);
  });

  it('"notice" sends a warning notice with a title before a short answer', async () => {
    const { events } = await client.create('notice');
    const noticeAt = events.findIndex((e) => e.type === 'notice');
    assert.equal(events[noticeAt].level, 'warning');
    assert.ok(events[noticeAt].title);
    assert.match(events[noticeAt].message, /\*\*notice\*\*/);
    assert.ok(noticeAt < events.findIndex((e) => e.type === 'thread.item.added'));
  });

  it('"slow" streams a long answer of about 3,000 words', async () => {
    const { events } = await client.create('slow please');
    const text = done(events, 'assistant_message')[0].content[0].text;
    assert.ok(text.split(/\s+/).length >= 2500);
    assert.match(text, /^\| --- \|/m);
  });

  it('"workflow" sends a workflow item before the answer', async () => {
    const { events } = await client.create('run the workflow');
    const order = kinds(events);
    const wf = order.indexOf('thread.item.added:workflow');
    assert.ok(wf > 0);
    assert.deepEqual(order.slice(wf, wf + 4), ['thread.item.added:workflow', 'updated:workflow.task.added', 'updated:workflow.task.updated', 'updated:workflow.task.added']);
    const [workflow] = done(events, 'workflow');
    assert.equal(workflow.workflow.tasks.length, 3);
    assert.ok(workflow.workflow.summary.title);
    assert.ok(order.indexOf('thread.item.done:workflow') < order.indexOf('thread.item.added:assistant_message'));
  });

  it('"image" sends partial images with progress, then a real PNG', async () => {
    const { events } = await client.create('an image please');
    const partials = events.filter((e) => e.update?.type === 'generated_image.updated');
    assert.equal(partials.length, 2);
    assert.ok(partials[0].update.progress < partials[1].update.progress && partials[1].update.progress < 1);
    const [image] = done(events, 'generated_image');
    assert.match(image.image.url, /^data:image\/png;base64,/);
    const png = Buffer.from(image.image.url.split(',')[1], 'base64');
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});

describe('client tools', () => {
  it('"tool" ends with a pending get_client_time call; the output starts a new answer', async () => {
    const threadId = await thread();
    const first = await client.send(threadId, 'please use the tool');
    assert.deepEqual(shape(first.events), shape(await fixtureEvents('threads.add_user_message.tool.sse')));
    const call = first.events.at(-1).item;
    assert.deepEqual([call.type, call.status, call.name], ['client_tool_call', 'pending', 'get_client_time']);
    assert.match(call.id, /^tc_/);

    const second = await client.stream('threads.add_client_tool_output', { thread_id: threadId, result: { now: '2026-01-01T12:00:00Z' } });
    assert.deepEqual(shape(second.events), shape(await fixtureEvents('threads.add_client_tool_output.sse')));
    assert.match(done(second.events, 'assistant_message')[0].content[0].text, /2026-01-01T12:00:00Z/);
    const stored = (await client.items(threadId)).find((i) => i.id === call.id);
    assert.deepEqual([stored.status, stored.output], ['completed', { now: '2026-01-01T12:00:00Z' }]);

    const again = await client.stream('threads.add_client_tool_output', { thread_id: threadId, result: {} });
    assert.equal(again.body, '', 'no pending call: empty stream, as captured');
  });

  it('"toolfail" asks for open_unknown_tool; an {error} result is answered as a failure and the thread moves on', async () => {
    const threadId = await thread();
    const first = await client.send(threadId, 'try toolfail please');
    const call = first.events.at(-1).item;
    assert.deepEqual([call.type, call.status, call.name, call.arguments], ['client_tool_call', 'pending', 'open_unknown_tool', { target: 'nowhere' }]);
    assert.equal(done(first.events, 'client_tool_call').length, 1, 'only the failing tool is called, not get_client_time');

    const result = { error: 'Unknown client tool: open_unknown_tool.' };
    const second = await client.stream('threads.add_client_tool_output', { thread_id: threadId, result });
    assert.deepEqual(shape(second.events), ['stream_options', 'thread.item.added:assistant_message', 'updated:assistant_message.content_part.added', 'updated:assistant_message.content_part.done', 'thread.item.done:assistant_message']);
    const text = done(second.events, 'assistant_message')[0].content[0].text;
    assert.match(text, /^The client tool failed: Unknown client tool: open_unknown_tool\. /);
    assert.equal(streamedText(second.events, done(second.events, 'assistant_message')[0].id), text);
    const stored = (await client.items(threadId)).find((i) => i.id === call.id);
    assert.deepEqual([stored.status, stored.output], ['completed', result]);

    const next = await client.send(threadId, 'hello again');
    assert.equal(next.status, 200);
    assert.equal(done(next.events, 'assistant_message').length, 1, 'the thread is not stuck on the failed call');
  });

  it('reads an {error: {message}} result too, and treats {error: null} as a normal result', async () => {
    const threadId = await thread();
    await client.send(threadId, 'toolfail');
    const failed = await client.stream('threads.add_client_tool_output', { thread_id: threadId, result: { error: { message: 'Handler threw' } } });
    assert.match(done(failed.events, 'assistant_message')[0].content[0].text, /^The client tool failed: Handler threw\. /);

    await client.send(threadId, 'tool');
    const ok = await client.stream('threads.add_client_tool_output', { thread_id: threadId, result: { error: null, now: '2026-02-02T08:00:00Z' } });
    assert.match(done(ok.events, 'assistant_message')[0].content[0].text, /get_client_time` finished.*2026-02-02T08:00:00Z/);
  });
});

describe('structured input', () => {
  it('"question" asks; the answer replaces the item and the agent continues', async () => {
    const threadId = await thread();
    const asked = await client.send(threadId, 'ask me a question');
    assert.deepEqual(shape(asked.events), shape(await fixtureEvents('threads.add_user_message.question.sse')));
    const item = done(asked.events, 'structured_input')[0];
    assert.equal(item.status, 'pending');

    const answered = await client.stream('threads.add_structured_input', {
      thread_id: threadId,
      item_id: item.id,
      input: { status: 'answered', answers: { size: { values: ['M', 'L'] }, extras: { values: ['Oat milk', 'Vanilla'] } } },
    });
    assert.deepEqual(shape(answered.events), shape(await fixtureEvents('threads.add_structured_input.sse')));
    const replaced = answered.events[1].item;
    assert.equal(replaced.id, item.id);
    assert.equal(replaced.status, 'answered');
    const answers = Object.fromEntries(replaced.inputs.map((/** @type {any} */ i) => [i.id, i.answer]));
    assert.deepEqual(answers, {
      size: { values: ['M'], skipped: false },
      extras: { values: ['Oat milk', 'Vanilla'], skipped: false },
      notes: { values: [], skipped: true },
    });
    const again = await client.stream('threads.add_structured_input', { thread_id: threadId, item_id: item.id, input: { answers: {} } });
    assert.equal(again.body, '', 'no longer pending: empty stream');
  });
});

describe('retry', () => {
  it('deletes later items and answers again; a retried error succeeds', async () => {
    const { threadId, events } = await client.create('error please');
    assert.equal(events.at(-1).type, 'error');
    const user = done(events, 'user_message')[0];
    await client.send(threadId, 'another message');
    assert.equal((await client.items(threadId)).length, 3);

    const retried = await client.stream('threads.retry_after_item', { thread_id: threadId, item_id: user.id });
    assert.equal(retried.events[0].type, 'stream_options');
    assert.ok(!retried.events.some((e) => e.type === 'error'));
    const answer = done(retried.events, 'assistant_message')[0];
    assert.match(answer.content[0].text, /Retry worked/);
    assert.deepEqual((await client.items(threadId)).map((i) => i.id), [user.id, answer.id]);

    const unknown = await client.stream('threads.retry_after_item', { thread_id: threadId, item_id: 'msg_missing' });
    assert.equal(unknown.body, '');
  });
});

describe('widget actions', () => {
  /** @returns {Promise<{threadId: string, card: any, list: any}>} */
  async function widgets() {
    const { threadId, events } = await client.create('widget');
    const [card, list] = done(events, 'widget');
    return { threadId, card, list };
  }

  it('demo.approve replaces the card with the approved state and toasts', async () => {
    const { threadId, card } = await widgets();
    const { events } = await client.stream('threads.custom_action', { thread_id: threadId, item_id: card.id, action: { type: 'demo.approve', payload: { order_id: 'ord_42' } } });
    assert.deepEqual(shape(events), shape(await fixtureEvents('threads.custom_action.approve.sse')));
    const replaced = events[1].item;
    assert.equal(replaced.id, card.id);
    assert.match(JSON.stringify(replaced.widget), /Approved ✓/);
    assert.equal(events[2].name, 'toast');
    const stored = (await client.items(threadId)).find((i) => i.id === card.id);
    assert.deepEqual(stored.widget, replaced.widget, 'the replacement is persisted');
  });

  it('demo.select checks the selected row only', async () => {
    const { threadId, list } = await widgets();
    const { events } = await client.stream('threads.custom_action', { thread_id: threadId, item_id: list.id, action: { type: 'demo.select', payload: { id: 'green' } } });
    assert.deepEqual(kinds(events), ['stream_options', 'thread.item.replaced:widget']);
    const checked = events[1].item.widget.children.filter((/** @type {any} */ row) => row.children.some((/** @type {any} */ c) => c.type === 'Icon' && c.name === 'check'));
    assert.deepEqual(checked.map((/** @type {any} */ row) => row.key), ['green']);
  });

  it('echoes other actions, with or without a sender', async () => {
    const { threadId, card } = await widgets();
    const withSender = await client.stream('threads.custom_action', { thread_id: threadId, item_id: card.id, action: { type: 'demo.other', payload: { n: 5 } } });
    const text = done(withSender.events, 'assistant_message')[0].content[0].text;
    assert.match(text, /demo\.other/);
    assert.match(text, /"n": 5/);
    const noItem = await client.stream('threads.custom_action', { thread_id: threadId, item_id: null, action: { type: 'app.ping' } });
    assert.equal(noItem.events[0].type, 'stream_options');
    assert.match(done(noItem.events, 'assistant_message')[0].content[0].text, /app\.ping/);
  });

  it('a non-widget sender gets a single stream.error, as captured', async () => {
    const { threadId, events } = await client.create('hi');
    const user = done(events, 'user_message')[0];
    const result = await client.stream('threads.custom_action', { thread_id: threadId, item_id: user.id, action: { type: 'demo.approve' } });
    assert.deepEqual(result.events, await fixtureEvents('threads.custom_action.non_widget_sender.sse'));
  });

  it('demo.counter via threads.sync_custom_action returns the card with the counter incremented', async () => {
    const { threadId, card } = await widgets();
    const counter = async () => (await client.json('threads.sync_custom_action', { thread_id: threadId, item_id: card.id, action: { type: 'demo.counter', payload: { count: 0 } } })).body;
    const first = await counter();
    assert.equal(first.updated_item.id, card.id);
    assert.match(JSON.stringify(first.updated_item.widget), /"value":"Counter: 1"/);
    const second = await counter();
    assert.match(JSON.stringify(second.updated_item.widget), /"value":"Counter: 2"/);
    const unknown = await client.json('threads.sync_custom_action', { thread_id: threadId, item_id: card.id, action: { type: 'demo.nothing' } });
    assert.deepEqual(unknown.body, {});
  });
});

describe('cancellation', () => {
  it('stops writing when the client aborts and keeps the partial answer', async () => {
    const slow = await startTestServer({ delayMs: 2 });
    try {
      const controller = new AbortController();
      const response = await slow.client.post('threads.create', { input: { content: [{ type: 'input_text', text: 'slow' }], attachments: [], inference_options: {} } }, { signal: controller.signal });
      assert.ok(response.body);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let text = '';
      while ((text.match(/text_delta/g) ?? []).length < 20) {
        const { value, done: ended } = await reader.read();
        assert.ok(!ended, 'the long answer is still streaming');
        text += decoder.decode(value, { stream: true });
      }
      const threadId = JSON.parse(text.split('\n\n')[0].slice(6)).thread.id;
      controller.abort();

      // The partial answer is saved only once the server has stopped the stream.
      /** @type {any[]} */
      let items = [];
      for (let attempt = 0; attempt < 200 && items.length < 2; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        items = await slow.client.items(threadId);
      }
      assert.deepEqual(items.map((i) => i.type), ['user_message', 'assistant_message'], 'partial answer kept, hidden note not returned');
      const partial = items[1].content[0].text;
      assert.ok(partial.length > 0);
      assert.ok(partial.split(/\s+/).length < 2500, 'the answer was cut short');
      const detail = await slow.client.json('threads.get_by_id', { thread_id: threadId });
      assert.deepEqual(detail.body.items.data.map((/** @type {any} */ i) => i.type), ['user_message', 'assistant_message']);
    } finally {
      await slow.server.close();
    }
  });
});
