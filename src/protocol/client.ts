/**
 * The ChatKit protocol client: one POST endpoint, JSON requests, SSE or JSON replies (protocol
 * §1). DOM-free: it only needs `fetch`, streams and `TextDecoder`.
 */
import {
  isStreamingRequestType,
  type NonStreamingRequestType,
  type RequestOfType,
  type ResponseOf,
  type StreamingRequestType,
  type ThreadStreamEvent,
} from '../schemas/index.js';
import { decodeResponse, decodeStreamEvent } from './decode.js';
import type { DecodeError } from './decode.js';
import { Deadline, DEFAULT_IDLE_TIMEOUT } from './client-deadline.js';
import { AbortedError, EmptyStreamError, CutStreamError, HttpError, NetworkError, TimeoutError } from './errors.js';
import { readSseBatches, type SseMessage } from './sse.js';

/** Connection settings of a {@link ChatKitClient}. */
export interface ChatKitClientConfig {
  /** The ChatKit endpoint every request is POSTed to. */
  url: string;
  /**
   * A custom `fetch` (auth headers, credentials, proxies). It is called as a plain function, so
   * it may be an unbound function; defaults to the global `fetch` at the time of each request.
   */
  fetch?: typeof fetch | undefined;
  /** Sent as `Accept-Language` on every request. */
  locale?: string | undefined;
  /** Extra headers for every request; they cannot override `Content-Type` and `Accept`. */
  headers?: Record<string, string> | undefined;
  /**
   * Idle timeout in milliseconds: a request with no response, or a body with no new bytes, for
   * this long fails with {@link TimeoutError}. Default {@link DEFAULT_IDLE_TIMEOUT} (2 minutes);
   * `0` or `Infinity` turns it off.
   */
  timeout?: number | undefined;
}

/** Options of {@link ChatKitClient.stream}. */
export interface StreamOptions {
  /** Aborting it cancels the request (the protocol's only way to stop a response). */
  signal?: AbortSignal | undefined;
  /** Called for an event that is not valid JSON or fails the schema; the stream goes on. */
  onInvalidEvent?: ((error: DecodeError) => void) | undefined;
}

/** Options of {@link ChatKitClient.send}. */
export interface SendOptions {
  signal?: AbortSignal | undefined;
}

type AnyRequest = RequestOfType<StreamingRequestType> | RequestOfType<NonStreamingRequestType>;

/** An error is an abort if our signal fired, or a custom fetch reports one itself. */
function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}

/** The typed error for a request that ended early: timed out, aborted, or `otherwise`. */
function stopped(deadline: Deadline, cause: unknown, signal: AbortSignal | undefined, requestType: string): TimeoutError | AbortedError | undefined {
  if (deadline.timedOut) return deadline.signal.reason instanceof TimeoutError ? deadline.signal.reason : new TimeoutError(0, { cause, requestType });
  if (isAbort(cause, signal)) return new AbortedError({ cause: signal?.reason ?? cause, requestType });
  return undefined;
}

/** The first string among a JSON error body's `error` (or `error.message`), `detail`, `message`. */
function errorDetail(text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (body === null || typeof body !== 'object') return undefined;
  const { error, detail, message } = body as Record<string, unknown>;
  const nested = error !== null && typeof error === 'object' ? (error as Record<string, unknown>).message : undefined;
  for (const candidate of [error, nested, detail, message]) {
    if (typeof candidate === 'string' && candidate !== '') return candidate;
  }
  return undefined;
}

/**
 * Talks to one ChatKit endpoint.
 *
 * ```ts
 * const client = new ChatKitClient({ url: '/chatkit', locale: 'en-US' });
 * for await (const event of client.stream({ type: 'threads.create', params: { input } })) …
 * const page = await client.send({ type: 'items.list', params: { thread_id } });
 * ```
 *
 * Every failure is a {@link ChatKitProtocolError} subclass.
 */
export class ChatKitClient {
  private config: ChatKitClientConfig;

  constructor(config: ChatKitClientConfig) {
    this.config = { ...config };
  }

  /** The current settings (a copy). */
  get options(): Readonly<ChatKitClientConfig> {
    return { ...this.config };
  }

  /** Changes settings for later requests; a key set to `undefined` goes back to its default. */
  configure(partial: Partial<ChatKitClientConfig>): void {
    this.config = { ...this.config, ...partial };
  }

  /**
   * Sends a streaming request and yields its events as they arrive. Nothing is sent until the
   * first `next()`; stopping the iteration early cancels the response body.
   *
   * @throws {HttpError} non-2xx reply
   * @throws {NetworkError} `fetch` rejected, or the body failed before any event
   * @throws {EmptyStreamError} the body ended cleanly without any valid event (a failed turn)
   * @throws {CutStreamError} the body failed after at least one event
   * @throws {AbortedError} `options.signal` aborted
   * @throws {TimeoutError} nothing arrived for the idle timeout
   */
  async *stream(request: RequestOfType<StreamingRequestType>, options: StreamOptions = {}): AsyncGenerator<ThreadStreamEvent, void, undefined> {
    const { signal, onInvalidEvent } = options;
    const type = request.type;
    if (!isStreamingRequestType(type)) throw new TypeError(`"${String(type)}" is not a streaming request; use send()`);
    const deadline = this.deadline(signal, type);
    try {
      const response = await this.post(request, 'text/event-stream', signal, deadline);
      if (response.body === null) throw new EmptyStreamError({ requestType: type });
      // Events come in per network chunk: one async step per chunk, not per event.
      // Progress is noted as each chunk is read, not by piping the body through a transform: an
      // error of the source would error the transform's readable at once and drop the chunks
      // queued in it — the last events before a connection drops.
      const batches = readSseBatches(response.body, deadline.signal, () => {
        deadline.kick();
      });
      let received = 0;
      try {
        for (;;) {
          let next: IteratorResult<SseMessage[], void>;
          try {
            next = await batches.next();
          } catch (cause) {
            const early = stopped(deadline, cause, signal, type);
            if (early) throw early;
            if (received === 0) throw new NetworkError({ cause, requestType: type });
            throw new CutStreamError(received, { cause, requestType: type });
          }
          if (next.done) break;
          for (const message of next.value) {
            const decoded = decodeStreamEvent(message.data, type);
            if (!decoded.ok) {
              onInvalidEvent?.(decoded.error);
              continue;
            }
            received += 1;
            yield decoded.event;
          }
        }
      } finally {
        // Releases the body when the consumer stops early; a no-op once it has finished.
        await batches.return();
      }
      if (received === 0) throw new EmptyStreamError({ requestType: type });
    } finally {
      deadline.dispose();
    }
  }

  /**
   * Sends a non-streaming request and returns its reply, validated against its schema.
   *
   * @throws {HttpError} non-2xx reply
   * @throws {NetworkError} `fetch` or reading the body failed
   * @throws {InvalidJsonError} the body is not JSON
   * @throws {SchemaError} the JSON does not match the reply schema
   * @throws {AbortedError} `options.signal` aborted
   * @throws {TimeoutError} nothing arrived for the idle timeout
   */
  async send<T extends NonStreamingRequestType>(request: RequestOfType<T>, options: SendOptions = {}): Promise<ResponseOf<T>> {
    const { signal } = options;
    // TS cannot read `type` off `RequestOfType<T>` while `T` is generic.
    const type = (request as RequestOfType<NonStreamingRequestType>).type as T;
    if (isStreamingRequestType(type)) throw new TypeError(`"${String(type)}" is a streaming request; use stream()`);
    const deadline = this.deadline(signal, type);
    try {
      const response = await this.post(request, 'application/json', signal, deadline);
      let text: string;
      try {
        text = await deadline.race(response.text());
      } catch (cause) {
        throw stopped(deadline, cause, signal, type) ?? new NetworkError({ cause, requestType: type });
      }
      const decoded = decodeResponse(type, text);
      if (!decoded.ok) throw decoded.error;
      return decoded.response;
    } finally {
      deadline.dispose();
    }
  }

  private deadline(signal: AbortSignal | undefined, requestType: string): Deadline {
    return new Deadline(this.config.timeout ?? DEFAULT_IDLE_TIMEOUT, signal, requestType);
  }

  /** POSTs `request` and returns a 2xx response, or throws a typed error. */
  private async post(request: AnyRequest, accept: string, signal: AbortSignal | undefined, deadline: Deadline): Promise<Response> {
    const requestType = request.type;
    if (signal?.aborted) throw new AbortedError({ cause: signal.reason, requestType });
    const { url, fetch: customFetch, locale, headers: extra = {} } = this.config;
    const headers: Record<string, string> = {};
    const overridden = locale ? ['content-type', 'accept', 'accept-language'] : ['content-type', 'accept'];
    // A plain object (not `Headers`) so custom fetches can spread `init.headers`, as ChatKit.js
    // integrations do.
    for (const [name, value] of Object.entries(extra)) {
      if (!overridden.includes(name.toLowerCase())) headers[name] = value;
    }
    headers['Content-Type'] = 'application/json';
    headers.Accept = accept;
    if (locale) headers['Accept-Language'] = locale;
    const init: RequestInit = {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...request, metadata: request.metadata ?? {} }),
    };
    // The deadline's signal follows the caller's and also fires on the idle timeout.
    init.signal = deadline.signal;

    let response: Response;
    try {
      // The global fetch throws "Illegal invocation" when called as a method of another object,
      // so it is called on `globalThis`, and a custom one as a plain function.
      response = await deadline.race(customFetch ? customFetch(url, init) : globalThis.fetch(url, init));
    } catch (cause) {
      throw stopped(deadline, cause, signal, requestType) ?? new NetworkError({ cause, requestType });
    }
    deadline.kick();
    if (!response.ok) {
      let detail: string | undefined;
      try {
        detail = errorDetail(await deadline.race(response.text()));
      } catch {
        // The status alone is enough to report.
      }
      const early = stopped(deadline, undefined, signal, requestType);
      if (early) throw early;
      throw new HttpError(response.status, { detail, statusText: response.statusText, requestType });
    }
    return response;
  }
}
