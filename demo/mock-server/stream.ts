import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { CORS_HEADERS } from './http.js';
import { isHidden } from './store.js';
import type { MockStore, ThreadRecord } from './store.js';
import type { AssistantMessageItem, Events, StreamEvent, ThreadItem } from './types.js';

/** How long after the last byte a `/fault cut` drops the connection. */
const CUT_AFTER_MS = 50;

/**
 * Writes one SSE response exactly like the reference server: `data: <compact JSON>\n\n` per
 * event, no `event:`/`id:` fields, no sentinel; the body simply ends.
 */
export class SseWriter {
  private aborted = false;
  private written = 0;
  /** True after {@link cut}: the server dropped the connection, the client did not leave. */
  serverCut = false;

  constructor(
    protected readonly res: ServerResponse,
    protected readonly delayMs: number,
  ) {
    // `res` 'close' rather than `req` 'close': since Node 16 the request emits 'close' as soon
    // as its body has been read, while the response closes early only when the client goes away.
    res.on('close', () => {
      if (!res.writableFinished) this.aborted = true;
    });
  }

  /** Sends status and headers now, so a zero-event stream is still a 200 `text/event-stream`. */
  open(): void {
    this.res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Accel-Buffering': 'no',
      ...CORS_HEADERS,
    });
    this.res.flushHeaders();
  }

  get closed(): boolean {
    return this.aborted || this.res.destroyed;
  }

  /** Writes one event after the pacing delay; false once the client has gone. */
  async send(event: StreamEvent): Promise<boolean> {
    if (this.written > 0 && this.delayMs > 0) await sleep(this.delayMs);
    return this.raw(`data: ${JSON.stringify(event)}\n\n`);
  }

  /** Writes bytes as they are, with no pacing (fault injection writes partial or broken frames). */
  async raw(text: string): Promise<boolean> {
    if (this.closed) return false;
    const flushed = this.res.write(text);
    this.written++;
    if (!flushed) await this.drained();
    return !this.closed;
  }

  /** Drops the connection mid-body, as a crashed server or proxy would (the client sees a network error). */
  cut(): void {
    this.serverCut = true;
    const socket = this.res.socket;
    if (!socket) {
      this.res.destroy();
      return;
    }
    // A moment first, as a real drop comes some time after the response began: a browser that gets
    // the head, the body and the drop in one burst may fail the whole fetch, before any event.
    // Then end the socket rather than destroy it, so the bytes already written arrive first.
    setTimeout(() => socket.end(() => socket.destroy()), CUT_AFTER_MS);
  }

  /** Waits for backpressure to clear (or the client to leave); this is also where aborts get noticed when there is no delay. */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const settle = (): void => {
        this.res.off('drain', settle);
        this.res.off('close', settle);
        resolve();
      };
      this.res.on('drain', settle);
      this.res.on('close', settle);
    });
  }

  end(): void {
    // After cut() the body must stay unfinished: ending it would make the drop a clean end.
    if (!this.closed && !this.serverCut) this.res.end();
  }
}

function applyTextUpdate(item: AssistantMessageItem, event: Extract<StreamEvent, { type: 'thread.item.updated' }>): void {
  const update = event.update;
  if (update.type === 'assistant_message.content_part.added' || update.type === 'assistant_message.content_part.done') {
    item.content[update.content_index] = { ...update.content, annotations: [...update.content.annotations] };
  } else if (update.type === 'assistant_message.content_part.text_delta') {
    const part = item.content[update.content_index] ?? { annotations: [], text: '', type: 'output_text' };
    item.content[update.content_index] = { ...part, text: part.text + update.delta };
  }
}

/**
 * Runs one response: persists items as the reference server's event pipeline does (`done` and
 * `replaced` save, `removed` deletes, `added` items stay pending), filters hidden items out of
 * the wire, and on client abort keeps a pending assistant message that already has text plus a
 * hidden note, like `handle_stream_cancelled`.
 */
export async function runStream(writer: SseWriter, store: MockStore, thread: ThreadRecord | undefined, events: Events | undefined): Promise<void> {
  writer.open();
  const pending = new Map<string, ThreadItem>();
  try {
    if (events) {
      for (const event of events) {
        if (thread) persist(store, thread, pending, event);
        if (event.type === 'thread.item.done' && isHidden(event.item)) continue;
        if (!(await writer.send(event))) break;
      }
    }
  } catch (error) {
    // An exception inside the agent becomes the SDK's generic in-band error.
    console.error('[mock-chatkit] agent failed:', error);
    await writer.send({ type: 'error', code: 'stream.error', allow_retry: true });
  }
  // A server-side cut loses the turn (like a crashed worker); only a client abort is saved as cancelled.
  if (writer.closed && !writer.serverCut && thread) saveCancelled(store, thread, pending);
  writer.end();
}

function persist(store: MockStore, thread: ThreadRecord, pending: Map<string, ThreadItem>, event: StreamEvent): void {
  switch (event.type) {
    case 'thread.item.added':
      pending.set(event.item.id, structuredClone(event.item));
      return;
    case 'thread.item.updated': {
      const item = pending.get(event.item_id);
      if (item?.type === 'assistant_message') applyTextUpdate(item, event);
      return;
    }
    case 'thread.item.done':
    case 'thread.item.replaced':
      pending.delete(event.item.id);
      store.upsertItem(thread, event.item);
      return;
    case 'thread.item.removed':
      pending.delete(event.item_id);
      store.removeItem(thread, event.item_id);
      return;
    default:
      return;
  }
}

function saveCancelled(store: MockStore, thread: ThreadRecord, pending: Map<string, ThreadItem>): void {
  for (const item of pending.values()) {
    if (item.type === 'assistant_message' && item.content.some((part) => part.text.trim() !== '')) store.upsertItem(thread, item);
  }
  store.upsertItem(thread, {
    id: store.newId('shcx'),
    thread_id: thread.id,
    created_at: store.now(),
    type: 'sdk_hidden_context',
    content: 'The user cancelled the stream. Stop responding to the prior request.',
  });
}
