import { expect } from '@open-wc/testing';
import { ChatKitClient } from '../../src/protocol/client.js';
import { AbortedError, HttpError, InvalidJsonError, NetworkError, SchemaError } from '../../src/protocol/errors.js';
import { isStreamingRequestType, type NonStreamingRequestType, type RequestOfType } from '../../src/schemas/index.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { fixtureNames, loadFixtureHeaders, loadJsonFixture } from '../helpers/fixtures.js';

type SendRequest = RequestOfType<NonStreamingRequestType>;

/** Every `id` string in a JSON value, depth first: a cheap check that decoding lost nothing. */
function idsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const entry of value) idsOf(entry, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'id' && typeof entry === 'string') out.push(entry);
      else idsOf(entry, out);
    }
  }
  return out;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const requests = await fixtureNames('.request.json');
const replies = new Set(await fixtureNames('.json'));
const jsonCaptures: { stem: string; request: SendRequest }[] = [];
for (const name of requests) {
  const stem = name.replace(/\.request\.json$/, '');
  const request = await loadJsonFixture<SendRequest>(name);
  if (isStreamingRequestType(request.type) || !replies.has(`${stem}.json`)) continue;
  if ((await loadFixtureHeaders(stem)).status !== 200) continue;
  jsonCaptures.push({ stem, request });
}

describe('ChatKitClient.send', () => {
  let f: FakeFetch;
  let client: ChatKitClient;

  beforeEach(() => {
    f = fakeFetch();
    client = new ChatKitClient({ url: '/chatkit', fetch: f.fetch, locale: 'en-US' });
  });

  it('has a JSON capture for every non-streaming request type', () => {
    expect(new Set(jsonCaptures.map((capture) => capture.request.type)).size).to.equal(10);
  });

  for (const { stem, request } of jsonCaptures) {
    it(`${stem}: sends the captured request and decodes the captured reply`, async () => {
      const raw = await loadJsonFixture(`${stem}.json`);
      f.reply(request.type, { fixture: `${stem}.json`, chunk: 17 });

      const response = await client.send(request);

      const call = f.calls[0]!;
      expect(call.body).to.deep.equal({ ...request, metadata: {} });
      expect(call.headers['content-type']).to.equal('application/json');
      expect(call.headers.accept).to.equal('application/json');
      expect(call.headers['accept-language']).to.equal('en-US');
      expect(idsOf(response)).to.deep.equal(idsOf(raw));
      expect(Object.keys(response)).to.have.members(Object.keys(raw as object).filter((key) => (raw as Record<string, unknown>)[key] !== null));
    });
  }

  it('returns typed replies', async () => {
    f.reply('threads.list', 'threads.list.json');
    const page = await client.send({ type: 'threads.list', params: { limit: 1, order: 'desc' } });
    expect(page.has_more).to.equal(true);
    expect(page.after).to.equal(page.data.at(-1)?.id);
  });

  it('decodes the partial message persisted after a cancelled stream', async () => {
    f.reply('items.list', 'cancelled_by_client.items.list.json');
    const page = await client.send({ type: 'items.list', params: { thread_id: 'thr_f01918de', order: 'asc' } });
    expect(page.data.map((item) => item.type)).to.include('assistant_message');
  });

  describe('failures', () => {
    it('HTTP 404 (error.unknown_thread) → HttpError with the server detail', async () => {
      const request = await loadJsonFixture<SendRequest>('error.unknown_thread.request.json');
      f.reply(request.type, 'error.unknown_thread.json');
      const error = await failure(client.send(request));
      expect(error).to.be.instanceOf(HttpError);
      expect((error as HttpError).status).to.equal(404);
      expect((error as HttpError).detail).to.equal('Thread thr_missing not found');
    });

    it('HTTP 400 (error.unknown_type) → HttpError whose detail is the string field only', async () => {
      const request = await loadJsonFixture<SendRequest>('error.unknown_type.request.json');
      f.reply('*', 'error.unknown_type.json');
      const error = await failure(client.send(request));
      expect(error).to.be.instanceOf(HttpError);
      expect((error as HttpError).status).to.equal(400);
      // `detail` is Pydantic's error list, which echoes the request: only the string is taken.
      expect((error as HttpError).detail).to.equal('invalid request');
    });

    for (const [label, json, detail] of [
      ['detail', { detail: 'Not Found' }, 'Not Found'],
      ['message', { message: 'quota exceeded' }, 'quota exceeded'],
      ['error.message', { error: { message: 'nested' } }, 'nested'],
      ['no known field', { oops: 'x' }, undefined],
    ] as const) {
      it(`HTTP 500 with a JSON body (${label}) → detail ${String(detail)}`, async () => {
        f.reply('threads.get_by_id', { status: 500, json });
        const error = await failure(client.send({ type: 'threads.get_by_id', params: { thread_id: 't' } }));
        expect(error).to.be.instanceOf(HttpError);
        expect((error as HttpError).status).to.equal(500);
        expect((error as HttpError).detail).to.equal(detail);
      });
    }

    it('truncates a huge server detail', async () => {
      f.reply('threads.get_by_id', { status: 502, json: { error: 'x'.repeat(5000) } });
      const error = (await failure(client.send({ type: 'threads.get_by_id', params: { thread_id: 't' } }))) as HttpError;
      expect(error.detail!.length).to.be.lessThan(300);
    });

    it('a non-JSON reply → InvalidJsonError', async () => {
      f.reply('threads.delete', { status: 200, body: '<html>proxy login</html>', headers: { 'content-type': 'text/html' } });
      const error = await failure(client.send({ type: 'threads.delete', params: { thread_id: 't' } }));
      expect(error).to.be.instanceOf(InvalidJsonError);
      expect((error as InvalidJsonError).text).to.equal('<html>proxy login</html>');
      expect((error as InvalidJsonError).message).not.to.include('proxy login');
    });

    it('a reply of the wrong shape → SchemaError naming the paths', async () => {
      f.reply('threads.get_by_id', { json: { id: 5, created_at: '2026-11-23T19:11:55', status: { type: 'active' } } });
      const error = await failure(client.send({ type: 'threads.get_by_id', params: { thread_id: 't' } }));
      expect(error).to.be.instanceOf(SchemaError);
      expect((error as SchemaError).issues.map((issue) => issue.path)).to.include('id');
    });

    it('fetch rejecting → NetworkError', async () => {
      f.reply('threads.delete', { networkError: true });
      const error = await failure(client.send({ type: 'threads.delete', params: { thread_id: 't' } }));
      expect(error).to.be.instanceOf(NetworkError);
    });

    it('abort while the reply body is read → AbortedError', async () => {
      f.reply('threads.list', { fixture: 'threads.list.json', chunk: 10, hold: true });
      const controller = new AbortController();
      const pending = failure(client.send({ type: 'threads.list', params: {} }, { signal: controller.signal }));
      await f.waitForCalls(1);
      controller.abort();
      expect(await pending).to.be.instanceOf(AbortedError);
      expect(f.calls[0]!.signal!.aborted).to.equal(true);
    });

    it('rejects a streaming request type as a programming error', async () => {
      const request = { type: 'threads.retry_after_item', params: { thread_id: 't', item_id: 'i' } } as unknown as SendRequest;
      const error = await failure(client.send(request));
      expect(error).to.be.instanceOf(TypeError);
      expect(f.calls).to.have.length(0);
    });
  });

  it('uses the global fetch without a custom one (no "Illegal invocation")', async () => {
    // The test server answers this POST with an error status: reaching HttpError proves the
    // global fetch was invoked correctly (a wrongly bound call would be a NetworkError).
    const real = new ChatKitClient({ url: new URL('/__chatkit_client_test__', location.href).href });
    const error = await failure(real.send({ type: 'threads.delete', params: { thread_id: 't' } }));
    expect(error).to.be.instanceOf(HttpError);
  });
});
