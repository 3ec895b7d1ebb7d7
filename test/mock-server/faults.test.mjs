// @ts-check
/** `/fault <kind>` messages: each breaks its turn once, then the same text is answered normally. Run: node --test test/mock-server/ */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { parseSse, schemas, startTestServer, userInput } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startTestServer>>['server']} */
let server;
/** @type {import('./helpers.mjs').Client} */
let client;

before(async () => {
  ({ server, client } = await startTestServer());
});
after(() => server.close());
beforeEach(() => server.mock.reset());

/**
 * Reads a streaming reply to the end or to the connection drop, keeping what arrived.
 * @param {string} type
 * @param {unknown} params
 */
async function read(type, params) {
  const response = await client.post(type, params);
  let text = '';
  let chunks = 0;
  /** @type {any} */
  let error;
  const decoder = new TextDecoder();
  try {
    const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      text += decoder.decode(value, { stream: true });
    }
  } catch (caught) {
    error = caught;
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', text, chunks, error };
}

/** The complete `data:` frames of a body, parsed; a trailing partial frame is left out. */
const frames = (/** @type {string} */ text) => parseSse(text.slice(0, text.lastIndexOf('\n\n') + 2));
const threads = async () => (await client.json('threads.list', { limit: 50, order: 'desc' })).body.data;
const assistantText = (/** @type {any[]} */ events) => events.find((e) => e.type === 'thread.item.done' && e.item.type === 'assistant_message')?.item.content[0].text;

describe('/fault switch', () => {
  it('cut: the user item and a few deltas, then half an event and the connection drops; retry_after_item answers', async () => {
    const { status, text, error } = await read('threads.create', { input: userInput('/fault cut hello') });
    assert.equal(status, 200);
    assert.ok(error, 'the body fails like a dropped connection');
    assert.ok(!text.endsWith('\n\n'), 'it stops in the middle of an event');
    const events = frames(text);
    const user = events.find((e) => e.type === 'thread.item.done' && e.item.type === 'user_message');
    assert.ok(user, 'the user item arrived');
    assert.equal(events.filter((e) => e.update?.type === 'assistant_message.content_part.text_delta').length, 3);
    assert.ok(!events.some((e) => e.type === 'thread.item.done' && e.item.type === 'assistant_message'));
    const threadId = events.find((e) => e.type === 'thread.created').thread.id;
    // A server-side cut is not a cancel: only the user message was saved.
    assert.deepEqual((await client.items(threadId)).map((item) => item.id), [user.item.id]);

    const retried = await client.stream('threads.retry_after_item', { thread_id: threadId, item_id: user.item.id });
    assert.match(assistantText(retried.events), /Retry worked/);
    assert.deepEqual((await client.items(threadId)).filter((item) => item.type === 'user_message').length, 1);
  });

  it('500: a JSON error before any stream, nothing saved; the same text sent again is answered', async () => {
    const response = await client.post('threads.create', { input: userInput('/fault 500 hello') });
    assert.equal(response.status, 500);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await response.json(), { error: 'Simulated server error (/fault 500).' });
    assert.deepEqual(await threads(), []);
    const again = await client.create('/fault 500 hello');
    assert.equal(again.status, 200);
    assert.ok(assistantText(again.events));
  });

  it('empty: a 200 event stream with no body, nothing saved; then a normal answer', async () => {
    const threadId = (await client.create('start')).threadId;
    const before = (await client.items(threadId)).length;
    const { status, type, text, error } = await read('threads.add_user_message', { thread_id: threadId, input: userInput('/fault empty hi') });
    assert.equal(status, 200);
    assert.match(type, /^text\/event-stream/);
    assert.equal(text, '');
    assert.equal(error, undefined);
    assert.equal((await client.items(threadId)).length, before);
    const again = await client.send(threadId, '/fault empty hi');
    assert.ok(assistantText(again.events));
  });

  it('badjson: one data line that is not JSON mid-stream, the rest of the answer intact', async () => {
    const { status, text, error } = await read('threads.create', { input: userInput('/fault badjson hello') });
    assert.equal(status, 200);
    assert.equal(error, undefined);
    const blocks = text.slice(0, -2).split('\n\n');
    const bad = blocks.filter((block) => {
      try {
        JSON.parse(block.slice('data: '.length));
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(bad.length, 1);
    const index = blocks.indexOf(/** @type {string} */ (bad[0]));
    assert.ok(index > 3 && index < blocks.length - 3, 'in the middle of the stream');
    const events = parseSse(blocks.filter((b) => b !== bad[0]).join('\n\n') + '\n\n');
    if (schemas) for (const event of events) assert.ok(schemas.ThreadStreamEventSchema.safeParse(event).success, event.type);
    assert.ok(assistantText(events), 'the answer completes');
  });

  it('drip: the normal answer in many small pieces', async () => {
    const { status, text, chunks, error } = await read('threads.create', { input: userInput('/fault drip hi') });
    assert.equal(status, 200);
    assert.equal(error, undefined);
    const events = parseSse(text);
    assert.ok(assistantText(events));
    assert.ok(chunks > 10, `${chunks} reads`);
  });

  it('needs the prefix and a known kind, in any case', async () => {
    for (const text of ['please /fault 500', '/fault nonsense', '/faulty 500']) {
      const { status, events } = await client.create(text);
      assert.equal(status, 200, text);
      assert.ok(assistantText(events), text);
    }
    assert.equal((await client.post('threads.create', { input: userInput('/FAULT 500 shouting') })).status, 500);
  });

  it('reset() re-arms a fault', async () => {
    assert.equal((await client.post('threads.create', { input: userInput('/fault 500 x') })).status, 500);
    assert.equal((await client.create('/fault 500 x')).status, 200);
    server.mock.reset();
    assert.equal((await client.post('threads.create', { input: userInput('/fault 500 x') })).status, 500);
  });
});
