/**
 * A scriptable `fetch` for tests: records every call and answers from server captures or custom
 * replies, streaming bodies in uneven byte chunks (so multi-byte characters and SSE frames are
 * split), optionally slowly, cut off, or held open until the request is aborted.
 *
 * ```ts
 * const f = fakeFetch();
 * f.reply('threads.create', { fixture: 'threads.create.sse', chunk: 7 });
 * const client = new ChatKitClient({ url: '/chatkit', fetch: f.fetch });
 * for await (const event of client.stream(request)) …
 * expect(f.calls[0]!.body.type).to.equal('threads.create');
 * ```
 */
import { chunkSizes, type ChunkSpec } from './chunks.js';
import { fixtureNames, loadFixture, loadFixtureHeaders } from './fixtures.js';

export { chunkSizes, mulberry32, splitIntoChunks, type ChunkSpec } from './chunks.js';

/** A scripted reply. Exactly one body source (`fixture`, `sse`, `json`, `body`, `response`) or `networkError`. */
export interface FakeReply {
  /** Capture in `test/fixtures/chatkit-server/` (`*.sse`/`*.json`); status and content type come from its `.headers.txt`. */
  fixture?: string;
  /** SSE text, served as `text/event-stream; charset=utf-8`. */
  sse?: string;
  /** A value served as `application/json`. */
  json?: unknown;
  /** A raw body; set `headers` yourself. */
  body?: string | Uint8Array;
  /** A ready-made response (its body is not chunked or cut). */
  response?: Response | ((call: FakeCall) => Response | Promise<Response>);
  /** `fetch` rejects with this (use `true` for a `TypeError('Failed to fetch')`, as browsers do). */
  networkError?: unknown;
  /** Default 200 (or the capture's). */
  status?: number;
  statusText?: string;
  /** Extra/overriding response headers. */
  headers?: Record<string, string>;
  /** Body chunking; default: one chunk. */
  chunk?: ChunkSpec;
  /** Milliseconds to wait before each body chunk. */
  delay?: number;
  /** Milliseconds before `fetch` resolves with the response. */
  responseDelay?: number;
  /** The body errors after this many bytes (like a dropped connection). */
  cutAfter?: number;
  /** The error the body fails with; default `TypeError('network error')`, what Chromium reports. */
  cutError?: unknown;
  /** After the last byte the body stays open until the request is aborted or the body cancelled. */
  hold?: boolean;
  /** Ignore `init.signal`, like a custom fetch that does not forward it. */
  ignoreAbort?: boolean;
}

/** One recorded call. */
export interface FakeCall {
  url: string;
  method: string;
  init: RequestInit;
  /** Request headers, names lower-cased. */
  headers: Record<string, string>;
  /** The JSON request body, parsed; `{}` when the body was not JSON. */
  body: FakeRequestBody;
  /** The body when it was a string. */
  rawBody: string | undefined;
  signal: AbortSignal | undefined;
}

/** A parsed ChatKit request body, loosely typed for assertions. */
export interface FakeRequestBody {
  type?: string;
  params?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Which calls a route answers: a request `type`, `'*'` for any, or a predicate. */
export type RouteMatch = string | ((call: FakeCall) => boolean);

/** A body you push by hand, returned by {@link FakeFetch.replyStream}. */
export interface FakeStreamHandle {
  /** Enqueue text (UTF-8 encoded). May be called before the request arrives. */
  push(text: string): void;
  close(): void;
  /** Fail the body (default `TypeError('network error')`). */
  error(reason?: unknown): void;
  /** Resolves with the call once `fetch` used this reply. */
  readonly called: Promise<FakeCall>;
  /** True once the request was aborted or the reader cancelled the body. */
  readonly stopped: boolean;
}

/** The object returned by {@link fakeFetch}. */
export interface FakeFetch {
  /** Pass this as `fetch`; it is a plain function (no `this` needed). */
  readonly fetch: typeof fetch;
  /** Every call, in order. */
  readonly calls: FakeCall[];
  /** The most recent call. */
  readonly lastCall: FakeCall | undefined;
  /** Calls whose body `type` equals `type`. */
  callsOf(type: string): FakeCall[];
  /** Resolves once at least `count` calls were recorded (default 1), with all calls so far. */
  waitForCalls(count?: number): Promise<FakeCall[]>;
  /** Answer every matching call with `reply` (a capture name or a {@link FakeReply}); later routes win. */
  reply(match: RouteMatch, reply: FakeReply | string): this;
  /** Answer only the next matching call; once-replies are used before persistent ones, in order. */
  replyOnce(match: RouteMatch, reply: FakeReply | string): this;
  /** Answer the next matching call with a body you drive by hand. */
  replyStream(match: RouteMatch, init?: Pick<FakeReply, 'status' | 'headers' | 'ignoreAbort'>): FakeStreamHandle;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

// Statuses whose Response may not have a body.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function bodyStream(bytes: Uint8Array, reply: FakeReply, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  const nextSize = chunkSizes(reply.chunk);
  const limit = reply.cutAfter ?? Number.POSITIVE_INFINITY;
  let offset = 0;
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        signal?.addEventListener(
          'abort',
          () => {
            stop();
            try {
              controller.error(signal.reason);
            } catch {
              // Already closed: a finished body is not affected by a late abort, as with real fetch.
            }
          },
          { once: true },
        );
      },
      async pull(controller) {
        if (reply.delay !== undefined) await new Promise((resolve) => setTimeout(resolve, reply.delay));
        if (signal?.aborted) return;
        if (offset >= limit) {
          controller.error(reply.cutError ?? new TypeError('network error'));
          return;
        }
        if (offset >= bytes.length) {
          if (reply.hold) await stopped;
          else controller.close();
          return;
        }
        const end = Math.min(bytes.length, limit, offset + nextSize());
        controller.enqueue(bytes.slice(offset, end));
        offset = end;
      },
      cancel() {
        stop();
      },
    },
    { highWaterMark: 0 },
  );
}

interface Route {
  match: RouteMatch;
  reply: FakeReply | ((call: FakeCall) => Promise<Response>);
  once: boolean;
}

function matches(match: RouteMatch, call: FakeCall): boolean {
  if (typeof match === 'function') return match(call);
  return match === '*' || call.body.type === match;
}

async function recordCall(input: RequestInfo | URL, init: RequestInit): Promise<FakeCall> {
  let url: string;
  let headers: Headers;
  let rawBody: string | undefined;
  let signal = init.signal ?? undefined;
  let method = init.method ?? 'GET';
  if (input instanceof Request) {
    url = input.url;
    method = init.method ?? input.method;
    headers = new Headers(input.headers);
    new Headers(init.headers).forEach((value, name) => {
      headers.set(name, value);
    });
    signal ??= input.signal;
    rawBody = typeof init.body === 'string' ? init.body : await input.clone().text();
  } else {
    url = input instanceof URL ? input.href : input;
    headers = new Headers(init.headers);
    rawBody = typeof init.body === 'string' ? init.body : undefined;
  }
  let body: FakeRequestBody = {};
  if (rawBody !== undefined) {
    try {
      const parsed: unknown = JSON.parse(rawBody);
      if (parsed !== null && typeof parsed === 'object') body = parsed as FakeRequestBody;
    } catch {
      // Not JSON: `rawBody` keeps the text.
    }
  }
  const headerRecord: Record<string, string> = {};
  headers.forEach((value, name) => (headerRecord[name] = value));
  return { url, method: method.toUpperCase(), init, headers: headerRecord, body, rawBody, signal };
}

async function resolveReply(reply: FakeReply): Promise<{ bytes: Uint8Array; status: number; statusText: string; headers: Record<string, string> }> {
  let status = reply.status ?? 200;
  let statusText = reply.statusText ?? '';
  let headers: Record<string, string> = {};
  let bytes: Uint8Array;
  const encoder = new TextEncoder();
  if (reply.fixture !== undefined) {
    const stem = reply.fixture.replace(/\.(sse|json)$/, '');
    bytes = encoder.encode(await loadFixture(reply.fixture));
    headers['content-type'] = reply.fixture.endsWith('.sse') ? 'text/event-stream; charset=utf-8' : 'application/json';
    // Some captures (e.g. `cancelled_by_client.sse`) have no headers file: keep the defaults.
    if ((await fixtureNames('.headers.txt')).includes(`${stem}.headers.txt`)) {
      const captured = await loadFixtureHeaders(stem);
      status = reply.status ?? captured.status;
      statusText = reply.statusText ?? captured.statusText;
      const type = captured.headers['content-type'];
      if (type !== undefined) headers['content-type'] = type;
    }
  } else if (reply.sse !== undefined) {
    bytes = encoder.encode(reply.sse);
    headers['content-type'] = 'text/event-stream; charset=utf-8';
  } else if (reply.json !== undefined) {
    bytes = encoder.encode(JSON.stringify(reply.json));
    headers['content-type'] = 'application/json';
  } else if (reply.body !== undefined) {
    bytes = typeof reply.body === 'string' ? encoder.encode(reply.body) : reply.body;
  } else {
    bytes = new Uint8Array(0);
  }
  headers = { ...headers, ...reply.headers };
  return { bytes, status, statusText, headers };
}

async function respond(reply: FakeReply, call: FakeCall): Promise<Response> {
  const signal = reply.ignoreAbort ? undefined : call.signal;
  if (reply.responseDelay !== undefined) await sleep(reply.responseDelay, signal);
  signal?.throwIfAborted();
  if (reply.networkError !== undefined) {
    throw reply.networkError === true ? new TypeError('Failed to fetch') : (reply.networkError as Error);
  }
  if (reply.response !== undefined) {
    return typeof reply.response === 'function' ? reply.response(call) : reply.response;
  }
  const { bytes, status, statusText, headers } = await resolveReply(reply);
  signal?.throwIfAborted();
  const body = NULL_BODY_STATUSES.has(status) ? null : bodyStream(bytes, reply, signal);
  return new Response(body, { status, statusText, headers });
}

/**
 * Creates a fake `fetch`. `routes` maps a request `type` (or `'*'`) to a reply, as with
 * {@link FakeFetch.reply}. An unmatched call gets HTTP 404 with
 * `{"error": "fakeFetch: no route for <type>"}`.
 */
export function fakeFetch(routes: Record<string, FakeReply | string> = {}): FakeFetch {
  const calls: FakeCall[] = [];
  const table: Route[] = [];
  const waiters: { count: number; resolve: (calls: FakeCall[]) => void }[] = [];
  const toReply = (reply: FakeReply | string): FakeReply => (typeof reply === 'string' ? { fixture: reply } : reply);

  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const call = await recordCall(input, init);
    calls.push(call);
    for (const waiter of waiters.filter((w) => calls.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve([...calls]);
    }
    call.signal?.throwIfAborted();
    const onceIndex = table.findIndex((route) => route.once && matches(route.match, call));
    let route: Route | undefined;
    if (onceIndex !== -1) route = table.splice(onceIndex, 1)[0];
    else route = [...table].reverse().find((candidate) => !candidate.once && matches(candidate.match, call));
    if (route === undefined) {
      return new Response(JSON.stringify({ error: `fakeFetch: no route for ${call.body.type ?? call.url}` }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    }
    return typeof route.reply === 'function' ? route.reply(call) : respond(route.reply, call);
  };

  const fake: FakeFetch = {
    fetch: fetchImpl,
    calls,
    get lastCall() {
      return calls.at(-1);
    },
    callsOf: (type) => calls.filter((call) => call.body.type === type),
    waitForCalls: (count = 1) =>
      calls.length >= count ? Promise.resolve([...calls]) : new Promise((resolve) => waiters.push({ count, resolve })),
    reply(match, reply) {
      table.push({ match, reply: toReply(reply), once: false });
      return this;
    },
    replyOnce(match, reply) {
      table.push({ match, reply: toReply(reply), once: true });
      return this;
    },
    replyStream(match, init = {}) {
      return manualStream(table, match, init);
    },
  };
  for (const [type, reply] of Object.entries(routes)) fake.reply(type, reply);
  return fake;
}

function manualStream(table: Route[], match: RouteMatch, init: Pick<FakeReply, 'status' | 'headers' | 'ignoreAbort'>): FakeStreamHandle {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let stopped = false;
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      stopped = true;
      open = false;
    },
  });
  let resolveCalled!: (call: FakeCall) => void;
  const called = new Promise<FakeCall>((resolve) => (resolveCalled = resolve));
  const reply = (call: FakeCall): Promise<Response> => {
    resolveCalled(call);
    const signal = init.ignoreAbort ? undefined : call.signal;
    signal?.addEventListener(
      'abort',
      () => {
        stopped = true;
        if (!open) return;
        open = false;
        controller.error(signal.reason);
      },
      { once: true },
    );
    return Promise.resolve(
      new Response(stream, {
        status: init.status ?? 200,
        headers: { 'content-type': 'text/event-stream; charset=utf-8', ...init.headers },
      }),
    );
  };
  table.push({ match, reply, once: true });
  return {
    push(text) {
      if (open) controller.enqueue(encoder.encode(text));
    },
    close() {
      if (!open) return;
      open = false;
      controller.close();
    },
    error(reason = new TypeError('network error')) {
      if (!open) return;
      open = false;
      controller.error(reason);
    },
    called,
    get stopped() {
      return stopped;
    },
  };
}
