// Tests of the shared test helper itself: element tests rely on it behaving like a real fetch.
import { expect } from '@open-wc/testing';
import { fakeFetch, splitIntoChunks } from '../helpers/fake-fetch.js';
import { loadFixture } from '../helpers/fixtures.js';

async function readChunks(response: Response): Promise<Uint8Array[]> {
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

const post = (type: string): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type, params: {} }) });

describe('fakeFetch (test helper)', () => {
  it('replays a capture in chunks of the requested size, with its status and content type', async () => {
    const f = fakeFetch({ 'threads.create': { fixture: 'threads.create.sse', chunk: 7 } });
    const response = await f.fetch('/chatkit', post('threads.create'));
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/event-stream; charset=utf-8');
    const chunks = await readChunks(response);
    const expected = new TextEncoder().encode(await loadFixture('threads.create.sse'));
    expect(chunks.slice(0, -1).every((chunk) => chunk.length === 7)).to.equal(true);
    expect(new Uint8Array(chunks.flatMap((chunk) => [...chunk]))).to.deep.equal(expected);
  });

  it('takes the status of error captures', async () => {
    const f = fakeFetch().reply('*', 'error.unknown_thread.json');
    const response = await f.fetch('/chatkit', post('threads.get_by_id'));
    expect(response.status).to.equal(404);
    expect(await response.json()).to.deep.equal({ error: 'Thread thr_missing not found' });
  });

  it('records url, method, lower-cased headers and the parsed body', async () => {
    const f = fakeFetch().reply('threads.list', { json: {} });
    await f.fetch(new URL('https://x.test/chatkit'), post('threads.list'));
    expect(f.calls).to.have.length(1);
    expect(f.lastCall).to.include({ url: 'https://x.test/chatkit', method: 'POST' });
    expect(f.lastCall!.headers).to.deep.equal({ 'content-type': 'application/json' });
    expect(f.lastCall!.body).to.deep.equal({ type: 'threads.list', params: {} });
    expect(f.callsOf('threads.list')).to.have.length(1);
  });

  it('uses once-replies first, in order, then the latest persistent route; unmatched calls get 404', async () => {
    const f = fakeFetch()
      .reply('threads.delete', { json: { n: 'old' } })
      .reply('threads.delete', { json: { n: 'persistent' } })
      .replyOnce('threads.delete', { json: { n: 'once 1' } })
      .replyOnce('threads.delete', { json: { n: 'once 2' } });
    const bodies: unknown[] = [];
    for (let i = 0; i < 3; i++) bodies.push(await (await f.fetch('/c', post('threads.delete'))).json());
    expect(bodies).to.deep.equal([{ n: 'once 1' }, { n: 'once 2' }, { n: 'persistent' }]);
    expect((await f.fetch('/c', post('items.list'))).status).to.equal(404);
  });

  it('cuts the body after N bytes with a TypeError', async () => {
    const f = fakeFetch().reply('*', { sse: 'data: 0123456789\n\n', chunk: 4, cutAfter: 10 });
    const reader = (await f.fetch('/c', post('threads.create'))).body!.getReader();
    let received = 0;
    let caught: unknown;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.length;
      }
    } catch (error) {
      caught = error;
    }
    expect(received).to.equal(10);
    expect(caught).to.be.instanceOf(TypeError);
  });

  it('errors a held body with the abort reason', async () => {
    const f = fakeFetch().reply('*', { sse: 'data: x\n\n', hold: true });
    const controller = new AbortController();
    const response = await f.fetch('/c', { ...post('threads.create'), signal: controller.signal });
    const reader = response.body!.getReader();
    expect((await reader.read()).done).to.equal(false);
    const pending = reader.read();
    controller.abort(new DOMException('stop', 'AbortError'));
    let caught: unknown;
    try {
      await pending;
    } catch (error) {
      caught = error;
    }
    expect((caught as DOMException).message).to.equal('stop');
  });

  it('rejects with a network error on request', async () => {
    const f = fakeFetch().reply('*', { networkError: true });
    let caught: unknown;
    try {
      await f.fetch('/c', post('threads.create'));
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(TypeError);
  });

  it('waitForCalls resolves once enough calls were made', async () => {
    const f = fakeFetch().reply('*', { json: {} });
    const waiting = f.waitForCalls(2);
    await f.fetch('/c', post('a'));
    await f.fetch('/c', post('b'));
    expect((await waiting).map((call) => call.body.type)).to.deep.equal(['a', 'b']);
  });

  it('splitIntoChunks splits bytes with seeded random sizes reproducibly', () => {
    const bytes = new Uint8Array(100).map((_, i) => i);
    const a = splitIntoChunks(bytes, { random: [1, 9], seed: 5 });
    const b = splitIntoChunks(bytes, { random: [1, 9], seed: 5 });
    expect(a.map((chunk) => chunk.length)).to.deep.equal(b.map((chunk) => chunk.length));
    expect(a.every((chunk) => chunk.length >= 1 && chunk.length <= 9)).to.equal(true);
    expect(new Uint8Array(a.flatMap((chunk) => [...chunk]))).to.deep.equal(bytes);
  });
});
