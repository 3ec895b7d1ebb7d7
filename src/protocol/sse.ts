/**
 * A Server-Sent Events parser that follows the WHATWG "event stream interpretation" rules.
 *
 * ChatKit servers only ever send `data: <json>\n\n`, but proxies, other server SDKs and
 * hand-written mocks may re-chunk, re-terminate or annotate the stream, so the parser accepts
 * everything the spec allows instead of just that one shape.
 */

/** One dispatched SSE event. */
export interface SseMessage {
  /** The `data:` lines of the event, joined with `\n`. */
  data: string;
  /** The `event:` field, when the event had a non-empty one. */
  event?: string;
  /**
   * The `id:` field, when this event carried one. Unlike `EventSource.lastEventId` it does not
   * persist to later events: ChatKit never reconnects, so only the event's own id is meaningful.
   */
  id?: string;
}

/** Optional hooks of {@link createSseParser}. */
export interface SseParserOptions {
  /** Called with the value of a valid `retry:` field (milliseconds). */
  onRetry?: (milliseconds: number) => void;
}

/** An incremental parser: feed it decoded text in chunks of any size. */
export interface SseParser {
  /** Parses a chunk; complete events are passed to the callback synchronously. */
  feed(chunk: string): void;
  /** Drops any partial line or event and starts over as if at the beginning of a new stream. */
  reset(): void;
}

const LF = 0x0a;
const COLON = 0x3a;
const SPACE = 0x20;
const BOM = 0xfeff;

/**
 * Creates an incremental SSE parser.
 *
 * Events are dispatched only on a blank line; an event whose data buffer stays empty (no
 * `data:` field) is not dispatched, and an event still open when the stream ends is dropped,
 * as the spec requires.
 */
export function createSseParser(onEvent: (message: SseMessage) => void, options: SseParserOptions = {}): SseParser {
  // Text of the current line seen so far; chunks may end anywhere inside a line.
  let partial = '';
  // A chunk ended with CR: a LF at the start of the next chunk belongs to the same terminator.
  let skipLf = false;
  let atStreamStart = true;
  let data: string | undefined;
  let eventType = '';
  let id: string | undefined;

  const dispatch = (): void => {
    if (data !== undefined) {
      const message: SseMessage = { data };
      if (eventType !== '') message.event = eventType;
      if (id !== undefined) message.id = id;
      onEvent(message);
    }
    data = undefined;
    eventType = '';
    id = undefined;
  };

  const addData = (value: string): void => {
    data = data === undefined ? value : `${data}\n${value}`;
  };

  const processLine = (line: string): void => {
    if (line === '') {
      dispatch();
      return;
    }
    // Nearly every line of a ChatKit stream is `data: …`: no field split needed for it.
    if (line.startsWith('data:')) {
      addData(line.charCodeAt(5) === SPACE ? line.slice(6) : line.slice(5));
      return;
    }
    if (line.charCodeAt(0) === COLON) return;
    const colon = line.indexOf(':');
    let field = line;
    let value = '';
    if (colon !== -1) {
      field = line.slice(0, colon);
      value = line.slice(colon + 1);
      if (value.charCodeAt(0) === SPACE) value = value.slice(1);
    }
    switch (field) {
      case 'data':
        addData(value);
        break;
      case 'event':
        eventType = value;
        break;
      case 'id':
        if (!value.includes('\0')) id = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) options.onRetry?.(Number(value));
        break;
      default:
        // Unknown fields are ignored by the spec.
        break;
    }
  };

  const feed = (chunk: string): void => {
    if (chunk === '') return;
    const length = chunk.length;
    let start = 0;
    if (atStreamStart) {
      atStreamStart = false;
      if (chunk.charCodeAt(0) === BOM) start = 1;
    }
    if (skipLf) {
      skipLf = false;
      if (chunk.charCodeAt(start) === LF) start += 1;
    }
    // Only the new chunk is scanned, and each terminator is looked for once (indexOf is native
    // and far faster than a loop over char codes), so any chunking stays linear.
    let lf = chunk.indexOf('\n', start);
    let cr = chunk.indexOf('\r', start);
    while (lf !== -1 || cr !== -1) {
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      const line = partial === '' ? chunk.slice(start, end) : partial + chunk.slice(start, end);
      partial = '';
      start = end + 1;
      if (end === cr) {
        if (start === length) skipLf = true;
        else if (chunk.charCodeAt(start) === LF) start += 1;
      }
      processLine(line);
      if (lf !== -1 && lf < start) lf = chunk.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = chunk.indexOf('\r', start);
    }
    if (start < length) partial += chunk.slice(start);
  };

  const reset = (): void => {
    partial = '';
    skipLf = false;
    atStreamStart = true;
    data = undefined;
    eventType = '';
    id = undefined;
  };

  return { feed, reset };
}

type ReadResult = { done: true; value?: undefined } | { done: false; value: Uint8Array };

// One channel for every stream: a message is a macrotask, unlike a promise, and is not clamped
// like nested timers.
let hops: (() => void)[] = [];
let channel: MessageChannel | null = null;
/** Resolves in a later task, so the page can render between chunks that were already read. */
function nextTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const due = hops;
      hops = [];
      for (const resolve of due) resolve();
    };
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    hops.push(resolve);
    port.postMessage(null);
  });
}

/**
 * Reads ahead of the consumer: every chunk leaves the stream's queue as soon as it is there. A
 * stream that errors drops what is still queued in it (Streams spec), so a consumer busy with one
 * chunk's events when the connection drops would lose the chunks that arrived just before — the
 * server may have saved the user's message in them. Read ahead, they come first, then the error.
 */
function readAhead(reader: ReadableStreamDefaultReader<Uint8Array>): () => Promise<ReadResult> {
  const queue: Uint8Array[] = [];
  let end: { error: unknown } | 'done' | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        queue.push(value);
        notify();
      }
      end = 'done';
    } catch (error) {
      end = { error };
    }
    notify();
  })();
  return async () => {
    // Chunks read ahead are handed out one task apart, as the network would have: handing out a
    // backlog in one go would make one long task of the consumer's work on all of them.
    if (queue.length > 0) await nextTask();
    while (queue.length === 0 && end === null) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    const value = queue.shift();
    if (value !== undefined) return { done: false, value };
    if (end === 'done' || end === null) return { done: true };
    throw end.error;
  };
}

/**
 * Reads a `fetch` response body as SSE and yields the events of each network chunk together (a
 * chunk without a complete event yields nothing). Otherwise like {@link readSse}; a consumer of
 * thousands of small events saves one async step per event. `onChunk` is told of every chunk read
 * (progress, for an idle timeout).
 */
export async function* readSseBatches(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
  onChunk?: () => void,
): AsyncGenerator<SseMessage[], void, undefined> {
  signal?.throwIfAborted();
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let pending: SseMessage[] = [];
  const parser = createSseParser((message) => pending.push(message));
  let finished = false;
  // A pending read() does not settle on abort by itself unless the stream's source honours the
  // signal; cancelling the reader settles it.
  const onAbort = (): void => {
    reader.cancel(signal?.reason).catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const read = readAhead(reader);
  const take = (): SseMessage[] => {
    const batch = pending;
    pending = [];
    return batch;
  };
  try {
    for (;;) {
      const { done, value } = await read();
      // cancel() makes read() report `done`, which must not look like a clean end.
      signal?.throwIfAborted();
      if (done) break;
      onChunk?.();
      parser.feed(decoder.decode(value, { stream: true }));
      if (pending.length > 0) yield take();
    }
    finished = true;
    parser.feed(decoder.decode());
    if (pending.length > 0) yield take();
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/**
 * Reads a `fetch` response body as SSE and yields its events.
 *
 * Bytes are decoded as UTF-8 in streaming mode, so a multi-byte character split across network
 * chunks is decoded once both halves arrived. Reader errors propagate unchanged. When `signal`
 * aborts, the body is cancelled and the generator throws `signal.reason`. Stopping the iteration
 * early (`break`, `return()`) cancels the body too, which closes the connection.
 */
export async function* readSse(body: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<SseMessage, void, undefined> {
  for await (const batch of readSseBatches(body, signal)) {
    for (const message of batch) yield message;
  }
}
