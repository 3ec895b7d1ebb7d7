import { expect } from '@open-wc/testing';
import { ChatKitClient } from '../../src/protocol/client.js';
import {
  AbortedError,
  ChatKitProtocolError,
  CutStreamError,
  EmptyStreamError,
  HttpError,
  InvalidJsonError,
  NetworkError,
  SchemaError,
} from '../../src/protocol/errors.js';
import type { RequestOfType, StreamingRequestType, ThreadStreamEvent } from '../../src/schemas/index.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { fixtureNames, loadFixture, loadJsonFixture, sseCapturePayloads } from '../helpers/fixtures.js';

type StreamRequest = RequestOfType<StreamingRequestType>;

const createRequest = (text: string): StreamRequest => ({
  type: 'threads.create',
  params: { input: { content: [{ type: 'input_text', text }], attachments: [], inference_options: {} } },
});

async function collect(
  client: ChatKitClient,
  request: StreamRequest,
  options: Parameters<ChatKitClient['stream']>[1] = {},
): Promise<{ events: ThreadStreamEvent[]; error: unknown }> {
  const events: ThreadStreamEvent[] = [];
  try {
    for await (const event of client.stream(request, options)) events.push(event);
  } catch (error) {
    return { events, error };
  }
  return { events, error: undefined };
}

/** The byte length of the first `count` blocks of an SSE text, so a cut can land right after them. */
function byteOffsetAfterBlocks(text: string, count: number): number {
  let index = 0;
  for (let i = 0; i < count; i++) index = text.indexOf('\n\n', index) + 2;
  return new TextEncoder().encode(text.slice(0, index)).length;
}

const streamCaptures = (await fixtureNames('.sse')).map((name) => name.replace(/\.sse$/, ''));
const requestCaptures = new Set(await fixtureNames('.request.json'));

describe('ChatKitClient.stream', () => {
  let f: FakeFetch;
  let client: ChatKitClient;

  beforeEach(() => {
    f = fakeFetch();
    client = new ChatKitClient({ url: '/chatkit', fetch: f.fetch });
  });

  describe('replaying captures', () => {
    const replayable = streamCaptures.filter((stem) => requestCaptures.has(`${stem}.request.json`));

    it('covers every streaming capture that has a request', () => {
      expect(replayable.length).to.be.greaterThan(15);
    });

    replayable.forEach((stem, index) => {
      it(`${stem}: sends the captured request and yields the captured events`, async () => {
        const request = await loadJsonFixture<StreamRequest>(`${stem}.request.json`);
        const payloads = sseCapturePayloads(await loadFixture(`${stem}.sse`));
        f.reply(request.type, { fixture: `${stem}.sse`, chunk: { random: [1, 64], seed: index + 1 } });
        const invalid: ChatKitProtocolError[] = [];

        const { events, error } = await collect(client, request, { onInvalidEvent: (e) => invalid.push(e) });

        expect(f.calls).to.have.length(1);
        const call = f.calls[0]!;
        expect(call.url).to.equal('/chatkit');
        expect(call.method).to.equal('POST');
        expect(call.body).to.deep.equal({ ...request, metadata: {} });
        expect(call.headers['content-type']).to.equal('application/json');
        expect(call.headers.accept).to.equal('text/event-stream');
        expect(invalid).to.deep.equal([]);
        expect(events.map((event) => event.type)).to.deep.equal(payloads.map((payload) => (JSON.parse(payload) as { type: string }).type));
        if (payloads.length === 0) expect(error).to.be.instanceOf(EmptyStreamError);
        else expect(error).to.equal(undefined);
      });
    });
  });

  it('passes decoded events with defaults applied', async () => {
    f.reply('threads.create', { sse: 'data: {"type":"error"}\n\ndata: {"type":"client_effect","name":"toast"}\n\n' });
    const { events, error } = await collect(client, createRequest('hi'));
    expect(error).to.equal(undefined);
    expect(events).to.deep.equal([
      { type: 'error', code: 'custom', allow_retry: false },
      { type: 'client_effect', name: 'toast', data: {} },
    ]);
  });

  it('yields the first event before the body has ended', async () => {
    const body = f.replyStream('threads.create');
    const iterator = client.stream(createRequest('hi'));
    const first = iterator.next();
    body.push('data: {"type":"stream_options","stream_options":{"allow_cancel":false}}\n\n');
    expect((await first).value).to.deep.equal({ type: 'stream_options', stream_options: { allow_cancel: false } });
    body.close();
    expect((await iterator.next()).done).to.equal(true);
  });

  describe('request', () => {
    it('sends metadata when given and {} when null', async () => {
      f.reply('threads.create', 'threads.create.sse');
      await collect(client, { ...createRequest('a'), metadata: { source: 'test' } });
      // The output type has no null, but JS callers and decoded requests may carry one.
      await collect(client, { ...createRequest('b'), metadata: null as unknown as undefined });
      expect(f.calls.map((call) => call.body.metadata)).to.deep.equal([{ source: 'test' }, {}]);
    });

    it('sends Accept-Language from the locale, and follows configure()', async () => {
      f.reply('threads.create', 'threads.create.sse');
      await collect(client, createRequest('a'));
      client.configure({ locale: 'fr-FR' });
      await collect(client, createRequest('b'));
      client.configure({ locale: undefined });
      await collect(client, createRequest('c'));
      expect(f.calls.map((call) => call.headers['accept-language'])).to.deep.equal([undefined, 'fr-FR', undefined]);
    });

    it('adds custom headers without letting them replace the protocol ones', async () => {
      f.reply('threads.create', 'threads.create.sse');
      client.configure({ headers: { Authorization: 'Bearer t', 'content-type': 'text/plain', 'Accept-Language': 'de' } });
      await collect(client, createRequest('a'));
      client.configure({ locale: 'en-US' });
      await collect(client, createRequest('b'));
      const [first, second] = f.calls;
      expect(first!.headers).to.deep.equal({
        authorization: 'Bearer t',
        'content-type': 'application/json',
        accept: 'text/event-stream',
        'accept-language': 'de',
      });
      expect(second!.headers['accept-language']).to.equal('en-US');
      // Integrations spread `init.headers` into their own object, so it must be a plain record.
      expect(Object.getPrototypeOf(first!.init.headers)).to.equal(Object.prototype);
    });

    it('posts to the configured url', async () => {
      f.reply('*', 'threads.create.sse');
      client.configure({ url: 'https://api.example.com/chatkit' });
      await collect(client, createRequest('a'));
      expect(f.lastCall!.url).to.equal('https://api.example.com/chatkit');
    });

    it('calls a custom fetch as a plain function', async () => {
      const receivers: unknown[] = [];
      const fake = fakeFetch({ 'threads.create': 'threads.create.sse' });
      const plain = function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
        receivers.push(this);
        return fake.fetch(input, init);
      };
      const { error } = await collect(new ChatKitClient({ url: '/chatkit', fetch: plain }), createRequest('a'));
      expect(error).to.equal(undefined);
      expect(receivers).to.deep.equal([undefined]);
    });

    it('does not send before iteration starts', () => {
      f.reply('threads.create', 'threads.create.sse');
      void client.stream(createRequest('a'));
      expect(f.calls).to.have.length(0);
    });
  });

  describe('failures', () => {
    it('HTTP 400 with a JSON body → HttpError with the server detail, no request content', async () => {
      f.reply('threads.create', 'error.missing_required_fields.json');
      client.configure({ headers: { Authorization: 'Bearer secret-token' } });
      const { events, error } = await collect(client, createRequest('private words'));
      expect(events).to.deep.equal([]);
      expect(error).to.be.instanceOf(HttpError);
      const http = error as HttpError;
      expect(http.code).to.equal('http');
      expect(http.status).to.equal(400);
      expect(http.detail).to.equal('invalid request');
      expect(http.requestType).to.equal('threads.create');
      expect(http.message).to.include('400');
      expect(http.message).not.to.include('private words');
      expect(http.message).not.to.include('secret-token');
    });

    it('HTTP 500 without a body → HttpError without detail', async () => {
      f.reply('threads.create', { status: 500, statusText: 'Internal Server Error', body: 'Internal Server Error', headers: { 'content-type': 'text/plain' } });
      const { error } = await collect(client, createRequest('a'));
      expect(error).to.be.instanceOf(HttpError);
      expect((error as HttpError).status).to.equal(500);
      expect((error as HttpError).detail).to.equal(undefined);
    });

    for (const stem of ['error.add_message_unknown_thread', 'error.tool_output_without_pending_call']) {
      it(`${stem}: a 200 with an empty body → EmptyStreamError`, async () => {
        const request = await loadJsonFixture<StreamRequest>(`${stem}.request.json`);
        f.reply(request.type, `${stem}.sse`);
        const { events, error } = await collect(client, request);
        expect(events).to.deep.equal([]);
        expect(error).to.be.instanceOf(EmptyStreamError);
        expect((error as EmptyStreamError).code).to.equal('empty_stream');
      });
    }

    it('fetch rejecting → NetworkError with the cause', async () => {
      const cause = new TypeError('Failed to fetch');
      f.reply('threads.create', { networkError: cause });
      const { error } = await collect(client, createRequest('a'));
      expect(error).to.be.instanceOf(NetworkError);
      expect((error as NetworkError).code).to.equal('network');
      expect((error as NetworkError).cause).to.equal(cause);
    });

    it('a body cut after some events → those events, then CutStreamError', async () => {
      const text = await loadFixture('threads.create.sse');
      const cutAfter = byteOffsetAfterBlocks(text, 3) + 25;
      f.reply('threads.create', { fixture: 'threads.create.sse', chunk: 11, cutAfter });
      const { events, error } = await collect(client, createRequest('a'));
      expect(events.map((event) => event.type)).to.deep.equal(['thread.created', 'thread.item.done', 'stream_options']);
      expect(error).to.be.instanceOf(CutStreamError);
      const cut = error as CutStreamError;
      expect(cut.code).to.equal('cut_stream');
      expect(cut.eventsReceived).to.equal(3);
      expect(cut.cause).to.be.instanceOf(TypeError);
    });

    it('a body cut before the first event → NetworkError', async () => {
      f.reply('threads.create', { fixture: 'threads.create.sse', chunk: 5, cutAfter: 40 });
      const { events, error } = await collect(client, createRequest('a'));
      expect(events).to.deep.equal([]);
      expect(error).to.be.instanceOf(NetworkError);
    });

    it('skips and reports malformed events, and yields the ones after them', async () => {
      const payloads = sseCapturePayloads(await loadFixture('threads.add_user_message.crash.sse'));
      const [first, ...rest] = payloads;
      const sse = [
        `data: ${first!}\n\n`,
        'data: {"type":"thread.item.done", "item": \n\n',
        'data: {"type":"thread.teleported"}\n\n',
        'data: {"type":"notice","level":"loud","message":"m"}\n\n',
        ...rest.map((payload) => `data: ${payload}\n\n`),
      ].join('');
      f.reply('threads.add_user_message', { sse, chunk: 3 });
      const invalid: ChatKitProtocolError[] = [];
      const request = await loadJsonFixture<StreamRequest>('threads.add_user_message.crash.request.json');
      const { events, error } = await collect(client, request, { onInvalidEvent: (e) => invalid.push(e) });
      expect(error).to.equal(undefined);
      expect(events.map((event) => event.type)).to.deep.equal(['thread.item.done', 'stream_options', 'error']);
      expect(invalid.map((e) => e.constructor)).to.deep.equal([InvalidJsonError, SchemaError, SchemaError]);
      expect((invalid[0] as InvalidJsonError).text).to.equal('{"type":"thread.item.done", "item": ');
      expect((invalid[2] as SchemaError).issues.map((issue) => issue.path)).to.deep.equal(['level']);
      expect(invalid[2]!.message).to.include('notice');
      expect(invalid[2]!.message).not.to.include('loud');
    });

    it('a stream of only invalid events → EmptyStreamError after reporting them', async () => {
      f.reply('threads.create', { sse: 'data: nope\n\ndata: {}\n\n' });
      const invalid: ChatKitProtocolError[] = [];
      const { error } = await collect(client, createRequest('a'), { onInvalidEvent: (e) => invalid.push(e) });
      expect(invalid.map((e) => e.code)).to.deep.equal(['invalid_json', 'schema']);
      expect(error).to.be.instanceOf(EmptyStreamError);
    });
  });

  describe('cancellation', () => {
    it('abort during a stream → AbortedError, and the fetch signal is aborted', async () => {
      f.reply('threads.create', { fixture: 'threads.create.sse', chunk: 13, hold: true });
      const controller = new AbortController();
      const reason = new DOMException('stop pressed', 'AbortError');
      const seen: string[] = [];
      let caught: unknown;
      try {
        for await (const event of client.stream(createRequest('a'), { signal: controller.signal })) {
          seen.push(event.type);
          if (seen.length === 4) controller.abort(reason);
        }
      } catch (error) {
        caught = error;
      }
      expect(seen).to.have.length(4);
      expect(caught).to.be.instanceOf(AbortedError);
      expect((caught as AbortedError).code).to.equal('aborted');
      expect((caught as AbortedError).cause).to.equal(reason);
      expect(f.calls[0]!.signal!.aborted).to.equal(true);
    });

    it('abort while the body is idle → AbortedError, even if the fetch ignores the signal', async () => {
      const body = f.replyStream('threads.create', { ignoreAbort: true });
      const controller = new AbortController();
      const iterator = client.stream(createRequest('a'), { signal: controller.signal });
      body.push('data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\n');
      expect((await iterator.next()).value?.type).to.equal('stream_options');
      const pending = iterator.next();
      controller.abort();
      let caught: unknown;
      try {
        await pending;
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(AbortedError);
      expect(body.stopped).to.equal(true);
    });

    it('abort before the response arrives → AbortedError', async () => {
      f.reply('threads.create', { fixture: 'threads.create.sse', responseDelay: 10_000 });
      const controller = new AbortController();
      const iterator = client.stream(createRequest('a'), { signal: controller.signal });
      const pending = iterator.next();
      await f.waitForCalls(1);
      controller.abort();
      let caught: unknown;
      try {
        await pending;
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(AbortedError);
    });

    it('an already aborted signal → AbortedError without a request', async () => {
      f.reply('threads.create', 'threads.create.sse');
      const { error } = await collect(client, createRequest('a'), { signal: AbortSignal.abort() });
      expect(error).to.be.instanceOf(AbortedError);
      expect(f.calls).to.have.length(0);
    });

    it('breaking out of the loop cancels the response body', async () => {
      const body = f.replyStream('threads.create');
      body.push('data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\n');
      for await (const event of client.stream(createRequest('a'))) {
        expect(event.type).to.equal('stream_options');
        break;
      }
      expect(body.stopped).to.equal(true);
    });
  });
});
