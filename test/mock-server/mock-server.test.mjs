// @ts-check
/** Transport, store and JSON requests of the mock ChatKit server. Run: node --test test/mock-server/ */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Client, fixture, kinds, schemas, startMockServer, startTestServer, userInput } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startTestServer>>['server']} */
let server;
/** @type {Client} */
let client;

before(async () => {
  ({ server, client } = await startTestServer());
});
after(() => server.close());
beforeEach(() => server.mock.reset());

describe('transport', () => {
  it('streams threads.create as thread.created, user message, stream_options, then the response', async () => {
    const { status, headers, events } = await client.create('hello there');
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'text/event-stream; charset=utf-8');
    assert.equal(headers.get('access-control-allow-origin'), '*');
    const order = kinds(events).filter((kind) => kind !== 'updated:assistant_message.content_part.text_delta');
    assert.deepEqual(order, [
      'thread.created',
      'thread.item.done:user_message',
      'stream_options',
      'progress_update',
      'thread.updated',
      'thread.item.added:assistant_message',
      'updated:assistant_message.content_part.added',
      'updated:assistant_message.content_part.annotation_added', // url source
      'updated:assistant_message.content_part.annotation_added', // entity source
      'updated:assistant_message.content_part.done',
      'thread.item.done:assistant_message',
    ]);
    const [created, user, options] = events;
    assert.deepEqual(created.thread.items, { data: [], has_more: false });
    assert.equal(created.thread.title, undefined);
    assert.match(created.thread.id, /^thr_[0-9a-f]{8}$/);
    assert.match(user.item.id, /^msg_[0-9a-f]{8}$/);
    assert.equal(user.item.thread_id, created.thread.id);
    assert.match(user.item.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/, 'naive ISO timestamp with microseconds');
    assert.deepEqual(options.stream_options, { allow_cancel: true });
    assert.equal(events.find((e) => e.type === 'thread.updated').thread.title, 'hello there');
  });

  it('frames SSE like the reference server: data lines only, no event names, no sentinel', async () => {
    const { body } = await client.create('hello');
    assert.match(body, /^(data: \{[^\n]*\}\n\n)+$/);
    assert.doesNotMatch(body, /^(event|id|retry):/m);
    assert.doesNotMatch(body, /\[DONE\]/);
  });

  it('adds user messages without thread.created and titles only once', async () => {
    const { threadId } = await client.create('first');
    const { events } = await client.send(threadId, 'second');
    assert.deepEqual(kinds(events).slice(0, 3), ['thread.item.done:user_message', 'stream_options', 'progress_update']);
    assert.ok(!events.some((e) => e.type === 'thread.created' || e.type === 'thread.updated'));
  });

  it('answers a CORS preflight and echoes the requested headers', async () => {
    const response = await fetch(server.endpoint, {
      method: 'OPTIONS',
      headers: { origin: 'null', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-tenant' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.equal(response.headers.get('access-control-allow-headers'), 'content-type,x-tenant');
  });

  it('puts Access-Control-Allow-Origin on JSON and error replies', async () => {
    const ok = await client.post('threads.list', {});
    const bad = await client.post('threads.nope', {});
    assert.equal(ok.headers.get('access-control-allow-origin'), '*');
    assert.equal(bad.headers.get('access-control-allow-origin'), '*');
  });
});

describe('errors', () => {
  it('rejects a body that is not JSON with 400', async () => {
    const response = await fetch(server.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error, 'invalid request');
  });

  it('rejects an unknown type with 400, listing the expected tags', async () => {
    const { status, body } = await client.json('threads.nope', {});
    assert.equal(status, 400);
    assert.equal(body.error, 'invalid request');
    assert.equal(body.detail[0].type, 'union_tag_invalid');
    assert.match(body.detail[0].msg, /'threads\.sync_custom_action'/);
  });

  it('reports missing required fields like the capture server', async () => {
    const request = JSON.parse(await fixture('error.missing_required_fields.request.json'));
    const expected = JSON.parse(await fixture('error.missing_required_fields.json'));
    const { status, body } = await client.json(request.type, request.params);
    assert.equal(status, 400);
    assert.deepEqual(
      body.detail.map((/** @type {any} */ d) => [d.type, d.loc]),
      expected.detail.map((/** @type {any} */ d) => [d.type, d.loc]),
    );
  });

  it('answers an unknown thread with 404 JSON on JSON requests, as captured', async () => {
    const { status, body } = await client.json('threads.get_by_id', { thread_id: 'thr_missing' });
    assert.equal(status, 404);
    assert.deepEqual(body, JSON.parse(await fixture('error.unknown_thread.json')));
  });

  it('answers an unknown thread with an empty 200 SSE body on streaming requests', async () => {
    const { status, headers, body } = await client.stream('threads.add_user_message', { thread_id: 'thr_missing', input: userInput('hi') });
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'text/event-stream; charset=utf-8');
    assert.equal(body, '');
  });

  it('accepts every captured request body', async () => {
    const manifest = JSON.parse(await fixture('../manifest.json'));
    const requests = manifest.chatkitServer.filter((/** @type {string} */ name) => name.endsWith('.request.json') && !name.startsWith('error.missing') && !name.startsWith('error.unknown_type'));
    assert.ok(requests.length > 20);
    for (const name of requests) {
      const request = JSON.parse(await fixture(name));
      const response = await client.post(request.type, request.params);
      await response.arrayBuffer();
      assert.notEqual(response.status, 400, `${name} was rejected`);
    }
  });
});

describe('threads', () => {
  it('pages threads.list newest first by default with an after cursor', async () => {
    const ids = [];
    for (const text of ['one', 'two', 'three']) ids.push((await client.create(text)).threadId);
    const first = await client.json('threads.list', { limit: 2 });
    assert.deepEqual(first.body.data.map((/** @type {any} */ t) => t.id), [ids[2], ids[1]]);
    assert.equal(first.body.has_more, true);
    assert.equal(first.body.after, ids[1]);
    assert.deepEqual(first.body.data[0].items, { data: [], has_more: false });
    const second = await client.json('threads.list', { limit: 2, after: first.body.after });
    assert.deepEqual(second.body.data.map((/** @type {any} */ t) => t.id), [ids[0]]);
    assert.equal(second.body.has_more, false);
    assert.ok(!('after' in second.body), 'no cursor on the last page');
    const ascending = await client.json('threads.list', { order: 'asc' });
    assert.deepEqual(ascending.body.data.map((/** @type {any} */ t) => t.id), ids);
  });

  it('renames with threads.update and deletes with threads.delete', async () => {
    const { threadId } = await client.create('rename me');
    const updated = await client.json('threads.update', { thread_id: threadId, title: 'Renamed thread' });
    assert.equal(updated.body.title, 'Renamed thread');
    assert.deepEqual(updated.body.items, { data: [], has_more: false });
    assert.equal((await client.json('threads.get_by_id', { thread_id: threadId })).body.title, 'Renamed thread');
    assert.deepEqual((await client.json('threads.delete', { thread_id: threadId })).body, {});
    assert.equal((await client.json('threads.get_by_id', { thread_id: threadId })).status, 404);
    assert.equal((await client.json('threads.delete', { thread_id: threadId })).status, 404);
    assert.equal((await client.json('threads.list', {})).body.data.length, 0);
  });

  it('embeds the first 20 items ascending in threads.get_by_id', async () => {
    const withSamples = await startMockServer({ delayMs: 0, seed: 3 });
    try {
      const samples = new Client(withSamples.endpoint);
      const list = await samples.json('threads.list', {});
      assert.deepEqual(list.body.data.slice(0, 5).map((/** @type {any} */ t) => t.title), ['Closed example', 'Read-only example', 'Widgets tour', 'What can this demo do?', 'A long conversation']);
      for (const sample of list.body.data.slice(0, 5)) assert.equal((await samples.json('threads.get_by_id', { thread_id: sample.id })).status, 200);
      const long = list.body.data.find((/** @type {any} */ t) => t.title === 'A long conversation');
      assert.ok(long, 'the sample threads include a long one');
      const { body } = await samples.json('threads.get_by_id', { thread_id: long.id });
      assert.equal(body.items.data.length, 20);
      assert.equal(body.items.has_more, true);
      assert.equal(body.items.after, body.items.data[19].id);
      const all = await samples.items(long.id);
      assert.deepEqual(body.items.data.map((/** @type {any} */ i) => i.id), all.slice(0, 20).map((i) => i.id));
      const rest = await samples.json('items.list', { thread_id: long.id, order: 'asc', after: body.items.after, limit: 100 });
      assert.deepEqual(rest.body.data.map((/** @type {any} */ i) => i.id), all.slice(20).map((i) => i.id));
    } finally {
      await withSamples.close();
    }
  });

  it('walks a long thread backwards with order desc and after, as a client loading older items does', async () => {
    const withSamples = await startMockServer({ delayMs: 0, seed: 5 });
    try {
      const samples = new Client(withSamples.endpoint);
      const list = await samples.json('threads.list', { limit: 100 });
      const long = list.body.data.find((/** @type {any} */ t) => t.title === 'A long conversation');
      const all = await samples.items(long.id);
      assert.ok(all.length > 40);
      const seen = [];
      /** @type {string | undefined} */
      let cursor;
      for (let page = 0; page < 10; page += 1) {
        const { body } = await samples.json('items.list', { thread_id: long.id, order: 'desc', limit: 20, ...(cursor ? { after: cursor } : {}) });
        seen.push(...body.data.map((/** @type {any} */ i) => i.id));
        if (!body.has_more) break;
        cursor = body.after;
        assert.equal(cursor, body.data.at(-1).id);
      }
      assert.deepEqual(seen, all.map((i) => i.id).reverse());
    } finally {
      await withSamples.close();
    }
  });

  it('pages items.list with limit, order (default desc) and after', async () => {
    const { threadId } = await client.create('show me a widget');
    const all = await client.items(threadId);
    assert.deepEqual(all.map((i) => i.type), ['user_message', 'assistant_message', 'widget', 'widget']);
    const first = await client.json('items.list', { thread_id: threadId, limit: 3, order: 'asc' });
    assert.deepEqual(first.body.data.map((/** @type {any} */ i) => i.id), all.slice(0, 3).map((i) => i.id));
    assert.equal(first.body.has_more, true);
    assert.equal(first.body.after, all[2].id);
    const second = await client.json('items.list', { thread_id: threadId, limit: 3, order: 'asc', after: first.body.after });
    assert.deepEqual(second.body.data.map((/** @type {any} */ i) => i.id), [all[3].id]);
    assert.equal(second.body.has_more, false);
    const newest = await client.json('items.list', { thread_id: threadId, limit: 1 });
    assert.equal(newest.body.data[0].id, all[3].id);
  });

  it('records feedback and rejects it for unknown threads', async () => {
    const { threadId, events } = await client.create('hi');
    const answer = events.find((e) => e.type === 'thread.item.done' && e.item.type === 'assistant_message');
    assert.deepEqual((await client.json('items.feedback', { thread_id: threadId, item_ids: [answer.item.id], kind: 'positive' })).body, {});
    assert.deepEqual([...server.mock.feedback()], [[answer.item.id, 'positive']]);
    await client.json('items.feedback', { thread_id: threadId, item_ids: [answer.item.id], kind: 'negative' });
    assert.deepEqual([...server.mock.feedback()], [[answer.item.id, 'negative']], 'the latest rating wins');
    assert.equal((await client.json('items.feedback', { thread_id: 'thr_missing', item_ids: [], kind: 'negative' })).status, 404);
  });

  it('transcribes audio into text', async () => {
    const { status, body } = await client.json('input.transcribe', { audio_base64: Buffer.from('fake-audio').toString('base64'), mime_type: 'audio/webm;codecs=opus' });
    assert.equal(status, 200);
    assert.match(body.text, /10 bytes of audio\/webm/);
  });
});

describe('attachments', () => {
  it('creates an attachment with an upload descriptor, accepts the upload and expands it in the message', async () => {
    const created = await client.json('attachments.create', { name: 'pixel.png', size: 4, mime_type: 'image/png' });
    const attachment = created.body;
    assert.match(attachment.id, /^atc_[0-9a-f]{8}$/);
    assert.equal(attachment.type, 'image');
    assert.deepEqual(attachment.upload_descriptor, { url: `${server.endpoint}/upload/${attachment.id}`, method: 'POST', headers: {} });
    assert.equal(attachment.preview_url, `${server.endpoint}/files/${attachment.id}`);

    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/png' }), 'pixel.png');
    const upload = await fetch(attachment.upload_descriptor.url, { method: 'POST', body: form });
    assert.equal(upload.status, 200);
    assert.deepEqual(await upload.json(), {});
    const preview = await fetch(attachment.preview_url);
    assert.equal(preview.headers.get('content-type'), 'image/png');
    assert.deepEqual([...new Uint8Array(await preview.arrayBuffer())], [1, 2, 3, 4]);

    const { threadId, events } = await client.create('see attached', { attachments: [attachment.id] });
    const user = events.find((e) => e.type === 'thread.item.done' && e.item.type === 'user_message');
    assert.deepEqual(user.item.attachments, [{ id: attachment.id, name: 'pixel.png', mime_type: 'image/png', thread_id: threadId, type: 'image', preview_url: attachment.preview_url }]);
    const answer = events.find((e) => e.type === 'thread.item.done' && e.item.type === 'assistant_message');
    assert.match(answer.item.content[0].text, /pixel\.png/);
  });

  it('accepts a direct multipart upload and replies with the attachment', async () => {
    const form = new FormData();
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'direct.txt');
    const response = await fetch(`${server.endpoint}/upload`, { method: 'POST', body: form });
    const attachment = await response.json();
    if (schemas) assert.ok(schemas.AttachmentSchema.safeParse(attachment).success);
    assert.equal(attachment.name, 'direct.txt');
    assert.equal(attachment.type, 'file');
    assert.equal(attachment.upload_descriptor, undefined);
  });

  it('deletes attachments and fails the stream for unknown ids', async () => {
    const { body } = await client.json('attachments.create', { name: 'cat.txt', size: 3, mime_type: 'text/plain' });
    assert.equal(body.type, 'file');
    assert.deepEqual((await client.json('attachments.delete', { attachment_id: body.id })).body, {});
    assert.equal((await client.json('attachments.delete', { attachment_id: body.id })).status, 404);
    const { status, body: stream } = await client.stream('threads.create', { input: userInput('x', { attachments: [body.id] }) });
    assert.equal(status, 200);
    assert.equal(stream, '');
  });
});

describe('sample threads', () => {
  /** @type {Awaited<ReturnType<typeof startMockServer>>} */
  let samples;
  /** @type {Client} */
  let sampleClient;
  before(async () => {
    samples = await startMockServer({ delayMs: 0, seed: 11 });
    sampleClient = new Client(samples.endpoint);
  });
  after(() => samples.close());
  beforeEach(() => samples.mock.reset());

  /** Every thread, following the cursor page by page. */
  async function allPages(params = {}) {
    const pages = [];
    /** @type {string | undefined} */
    let cursor;
    for (let i = 0; i < 10; i += 1) {
      const { body } = await sampleClient.json('threads.list', { ...params, ...(cursor ? { after: cursor } : {}) });
      pages.push(body);
      if (!body.has_more) break;
      cursor = body.after;
    }
    return pages;
  }

  it('needs two pages at the default limit, newest first, with dates spread over months', async () => {
    const pages = await allPages();
    assert.deepEqual(pages.map((p) => [p.data.length, p.has_more]), [[20, true], [10, false]]);
    const threads = pages.flatMap((p) => p.data);
    assert.equal(new Set(threads.map((/** @type {any} */ t) => t.id)).size, 30);
    const dates = threads.map((/** @type {any} */ t) => t.created_at);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first across pages');
    const oldest = Date.parse(dates.at(-1));
    assert.ok(Date.now() - oldest > 90 * 24 * 3600 * 1000, 'the oldest thread is months old');
    assert.ok(threads.every((/** @type {any} */ t) => typeof t.title === 'string' && t.title.length > 0));
    const ascending = (await allPages({ order: 'asc' })).flatMap((p) => p.data).map((/** @type {any} */ t) => t.id);
    assert.deepEqual(ascending, threads.map((/** @type {any} */ t) => t.id).reverse());
  });

  it('seeds a locked and a closed thread with their reasons', async () => {
    const threads = (await allPages()).flatMap((p) => p.data);
    const byTitle = (/** @type {string} */ title) => threads.find((/** @type {any} */ t) => t.title === title);
    assert.deepEqual(byTitle('Read-only example').status, { type: 'locked', reason: 'This conversation is archived.' });
    assert.deepEqual(byTitle('Closed example').status, { type: 'closed', reason: 'This support case was closed.' });
    assert.equal(threads.filter((/** @type {any} */ t) => t.status.type !== 'active').length, 2);
    const locked = await sampleClient.json('threads.get_by_id', { thread_id: byTitle('Read-only example').id });
    assert.equal(locked.body.status.type, 'locked');
    assert.deepEqual(locked.body.items.data.map((/** @type {any} */ i) => i.type), ['user_message', 'assistant_message']);
  });

  it('renames and deletes seeded threads, and reset() restores them', async () => {
    const [first] = (await allPages()).flatMap((p) => p.data);
    const renamed = await sampleClient.json('threads.update', { thread_id: first.id, title: 'Renamed' });
    assert.deepEqual([renamed.body.title, renamed.body.status.type], ['Renamed', 'closed'], 'renaming keeps the status');
    await sampleClient.json('threads.delete', { thread_id: first.id });
    const remaining = (await allPages()).flatMap((p) => p.data);
    assert.equal(remaining.length, 29);
    assert.ok(!remaining.some((/** @type {any} */ t) => t.id === first.id));
    samples.mock.reset();
    assert.equal((await allPages()).flatMap((p) => p.data).length, 30);
  });

  it('lists a new thread before every seeded one', async () => {
    const { threadId } = await sampleClient.create('brand new');
    const { body } = await sampleClient.json('threads.list', { limit: 1 });
    assert.equal(body.data[0].id, threadId);
  });

  it('starts empty with sampleThreads: false', async () => {
    const list = await client.json('threads.list', {});
    assert.deepEqual([list.body.data, list.body.has_more], [[], false]);
  });
});
