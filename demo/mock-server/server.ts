import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterStructuredInput, afterToolOutput, answerStructuredInput, customAction, syncAction } from './actions.js';
import { messageText, respond } from './agent.js';
import type { TurnContext } from './emit.js';
import { FaultSwitch, FaultWriter } from './faults.js';
import type { FaultKind } from './faults.js';
import { HttpError, notFound, originOf, parseMultipartFile, readBody, sendJson, sendPreflight, CORS_HEADERS } from './http.js';
import { seedSampleThreads } from './seed.js';
import { MockStore, paginate } from './store.js';
import type { ThreadRecord } from './store.js';
import { runStream, SseWriter } from './stream.js';
import type { Attachment, Events, StreamEvent, UserMessageItem } from './types.js';
import { isStreamingType, validateRequest } from './validate.js';
import type { ChatKitRequest, ParamsByType, UserMessageInput } from './validate.js';

/** Options of {@link createMockChatKit}. */
export interface MockChatKitOptions {
  /** Pause between streamed events in ms (default 15); 0 streams as fast as possible (tests). */
  delayMs?: number;
  /** Seed of the id generator; the same seed gives the same ids (default: random). */
  seed?: number;
  /** Start with a few sample threads, restored by `reset()` (default true). */
  sampleThreads?: boolean;
  /** Public path of the endpoint, used to build upload and preview URLs (default `/chatkit`). */
  basePath?: string;
}

/** A mock ChatKit server as a plain Node request handler. */
export interface MockChatKit {
  /**
   * Handles one request: `POST` (the ChatKit endpoint), `OPTIONS` (preflight), and the upload
   * routes `POST|PUT <base>/upload/:id`, `POST <base>/upload` (direct), `GET <base>/files/:id`.
   * `req.url` may include the base path or be relative to it (connect strips mount paths).
   */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Forgets every thread and attachment and restores the sample threads. */
  reset(): void;
  /** Feedback recorded by `items.feedback`, item id → kind (the latest rating wins), for tests. */
  feedback(): ReadonlyMap<string, 'positive' | 'negative'>;
}

type Streaming = Extract<ChatKitRequest, { type: 'threads.create' | 'threads.add_user_message' | 'threads.add_client_tool_output' | 'threads.add_structured_input' | 'threads.retry_after_item' | 'threads.custom_action' }>;
type NonStreaming = Exclude<ChatKitRequest, Streaming>;

const STREAM_OPTIONS: StreamEvent = { type: 'stream_options', stream_options: { allow_cancel: true } };
const TITLE_LENGTH = 60;

/**
 * Creates an in-memory ChatKit server with a scripted agent (see `agent.ts` for the trigger
 * words). It speaks the reference server's protocol as captured in `test/fixtures/chatkit-server/`.
 */
export function createMockChatKit(options: MockChatKitOptions = {}): MockChatKit {
  const delayMs = options.delayMs ?? 15;
  const basePath = (options.basePath ?? '/chatkit').replace(/\/+$/, '');
  const sampleThreads = options.sampleThreads ?? true;
  const store = new MockStore(options.seed ?? Math.floor(Math.random() * 0x7fffffff));
  const faults = new FaultSwitch();

  const reset = (): void => {
    store.clear();
    faults.clear();
    if (sampleThreads) seedSampleThreads(store);
  };
  reset();

  const thread = (id: string): ThreadRecord => {
    const found = store.threads.get(id);
    if (!found) throw notFound(`Thread ${id}`);
    return found;
  };

  /** Builds the saved user message, with attachment ids expanded; undefined if one is unknown. */
  const userMessage = (record: ThreadRecord, input: UserMessageInput): UserMessageItem | undefined => {
    const attachments: Attachment[] = [];
    for (const attachmentId of input.attachments) {
      const stored = store.attachments.get(attachmentId);
      if (!stored) return undefined;
      // Once sent, an attachment belongs to the thread and loses its upload descriptor.
      const { id, name, mime_type, type, preview_url } = stored.attachment;
      stored.attachment = { id, name, mime_type, thread_id: record.id, type, ...(preview_url ? { preview_url } : {}) };
      attachments.push(stored.attachment);
    }
    return {
      id: store.newId('msg'),
      thread_id: record.id,
      created_at: store.now(),
      type: 'user_message',
      content: input.content,
      attachments,
      ...(input.quoted_text ? { quoted_text: input.quoted_text } : {}),
      inference_options: input.inference_options,
    };
  };

  /** Emits `thread.updated` after the first response event when the title was just set. */
  function* withTitle(record: ThreadRecord, titled: boolean, events: Events): Events {
    let pending = titled;
    for (const event of events) {
      yield event;
      if (pending) {
        pending = false;
        yield { type: 'thread.updated', thread: store.toThread(record) };
      }
    }
    if (pending) yield { type: 'thread.updated', thread: store.toThread(record) };
  }

  function* userTurn(record: ThreadRecord, message: UserMessageItem): Events {
    yield { type: 'thread.item.done', item: message };
    yield STREAM_OPTIONS;
    const titled = record.title === undefined;
    if (titled) {
      const text = messageText(message).trim() || 'New chat';
      record.title = text.length > TITLE_LENGTH ? `${text.slice(0, TITLE_LENGTH - 1)}…` : text;
    }
    yield* withTitle(record, titled, respond({ store, thread: record }, message));
  }

  function* only(event: StreamEvent): Events {
    yield event;
  }

  function* prefixed(first: StreamEvent[], rest: Events): Events {
    yield* first;
    yield* rest;
  }

  /** Resolves a streaming request to its thread and events; `events` undefined = empty body. */
  const streaming = (request: Streaming): { record?: ThreadRecord; events?: Events } => {
    if (request.type === 'threads.create') {
      // An unknown attachment id fails before the thread exists, like the SDK's early NotFound.
      if (!request.params.input.attachments.every((id) => store.attachments.has(id))) return {};
      const record = store.createThread();
      const message = userMessage(record, request.params.input);
      if (!message) return { record };
      return { record, events: prefixed([{ type: 'thread.created', thread: store.toThread(record) }], userTurn(record, message)) };
    }
    const record = store.threads.get(request.params.thread_id);
    if (!record) return {};
    const ctx: TurnContext = { store, thread: record };
    switch (request.type) {
      case 'threads.add_user_message': {
        const message = userMessage(record, request.params.input);
        return { record, ...(message ? { events: userTurn(record, message) } : {}) };
      }
      case 'threads.add_client_tool_output': {
        const visible = store.visibleItems(record);
        const call = visible[visible.length - 1];
        if (call?.type !== 'client_tool_call' || call.status !== 'pending') return { record };
        const done = { ...call, status: 'completed' as const, output: request.params.result };
        store.upsertItem(record, done);
        for (const item of visible.slice(-20)) {
          if (item.type === 'client_tool_call' && item.status === 'pending' && item.id !== call.id) store.removeItem(record, item.id);
        }
        return { record, events: prefixed([STREAM_OPTIONS], afterToolOutput(ctx, done, request.params.result)) };
      }
      case 'threads.add_structured_input': {
        const item = store.findItem(record, request.params.item_id);
        if (item?.type !== 'structured_input' || item.status !== 'pending') return { record };
        const answered = answerStructuredInput(item, request.params.input);
        return { record, events: prefixed([STREAM_OPTIONS, { type: 'thread.item.replaced', item: answered }], afterStructuredInput(ctx, answered)) };
      }
      case 'threads.retry_after_item': {
        const index = record.items.findIndex((item) => item.id === request.params.item_id);
        const message = record.items[index];
        if (message?.type !== 'user_message') return { record };
        // The SDK deletes later items without telling the client (no thread.item.removed).
        record.items = record.items.slice(0, index + 1);
        return { record, events: prefixed([STREAM_OPTIONS], respond(ctx, message, true)) };
      }
      case 'threads.custom_action': {
        const itemId = request.params.item_id;
        const sender = itemId == null ? undefined : store.findItem(record, itemId);
        if (itemId != null && !sender) return { record };
        // A non-widget sender fails inside the SDK's pipeline: one error event, no stream_options.
        if (sender && sender.type !== 'widget') return { record, events: only({ type: 'error', code: 'stream.error', allow_retry: false }) };
        return { record, events: prefixed([STREAM_OPTIONS], customAction(ctx, request.params.action, sender)) };
      }
    }
  };

  /** `/fault <kind>` at the start of a new user message (see `faults.ts`); once per text. */
  const faultOf = (request: Streaming): FaultKind | undefined => {
    if (request.type !== 'threads.create' && request.type !== 'threads.add_user_message') return undefined;
    return faults.take(request.params.input.content.map((part) => part.text).join(''));
  };

  const attachmentUrls = (req: IncomingMessage, id: string): { upload: string; preview: string } => {
    const origin = `${originOf(req)}${basePath}`;
    return { upload: `${origin}/upload/${id}`, preview: `${origin}/files/${id}` };
  };

  const createAttachment = (req: IncomingMessage, name: string, mimeType: string, withDescriptor: boolean): Attachment => {
    const id = store.newId('atc');
    const urls = attachmentUrls(req, id);
    const attachment: Attachment = {
      id,
      name,
      mime_type: mimeType,
      ...(withDescriptor ? { upload_descriptor: { url: urls.upload, method: 'POST' as const, headers: {} } } : {}),
      type: mimeType.startsWith('image/') ? 'image' : 'file',
      ...(mimeType.startsWith('image/') ? { preview_url: urls.preview } : {}),
    };
    store.attachments.set(id, { attachment });
    return attachment;
  };

  const json = (req: IncomingMessage, request: NonStreaming): unknown => {
    switch (request.type) {
      case 'threads.get_by_id': {
        const record = thread(request.params.thread_id);
        return store.toThread(record, store.listItems(record, { limit: 20, order: 'asc' }));
      }
      case 'threads.list': {
        const page = paginate(store.listThreads(), request.params);
        return { ...page, data: page.data.map((record) => store.toThread(record)) };
      }
      case 'threads.update': {
        const record = thread(request.params.thread_id);
        record.title = request.params.title;
        return store.toThread(record);
      }
      case 'threads.delete':
        thread(request.params.thread_id);
        store.threads.delete(request.params.thread_id);
        return {};
      case 'items.list':
        return store.listItems(thread(request.params.thread_id), request.params);
      case 'items.feedback':
        thread(request.params.thread_id);
        for (const id of request.params.item_ids) store.feedback.set(id, request.params.kind);
        return {};
      case 'attachments.create':
        return createAttachment(req, request.params.name, request.params.mime_type, true);
      case 'attachments.delete':
        if (!store.attachments.delete(request.params.attachment_id)) throw notFound(`Attachment ${request.params.attachment_id}`);
        return {};
      case 'input.transcribe': {
        const bytes = Buffer.from(request.params.audio_base64, 'base64').length;
        const mime = request.params.mime_type.split(';')[0] ?? request.params.mime_type;
        return { text: `Hello from the mock microphone (${bytes} bytes of ${mime}).` };
      }
      case 'threads.sync_custom_action':
        return syncCustomAction(request.params);
    }
  };

  const syncCustomAction = (params: ParamsByType['threads.sync_custom_action']): unknown => {
    const record = thread(params.thread_id);
    const itemId = params.item_id;
    const sender = itemId == null ? undefined : store.findItem(record, itemId);
    if (itemId != null && !sender) throw notFound(`Item ${itemId}`);
    const updated = syncAction(params.action, sender);
    if (!updated) return {};
    store.upsertItem(record, updated);
    return { updated_item: updated };
  };

  const endpoint = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req)).toString('utf8')) as unknown;
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, { error: 'invalid request', detail: [{ type: 'json_invalid', loc: [], msg: 'Invalid JSON' }] });
    }
    const result = validateRequest(body);
    if (!result.ok) throw new HttpError(400, { error: 'invalid request', detail: result.detail });
    const request = result.request;
    if (isStreamingType(request.type)) {
      const fault = faultOf(request as Streaming);
      // Both fail before the turn starts, so nothing is saved and a re-send starts afresh.
      if (fault === '500') throw new HttpError(500, { error: 'Simulated server error (/fault 500).' });
      if (fault === 'empty') {
        await runStream(new SseWriter(res, delayMs), store, undefined, undefined);
        return;
      }
      const { record, events } = streaming(request as Streaming);
      await runStream(fault ? new FaultWriter(res, delayMs, fault) : new SseWriter(res, delayMs), store, record, events);
      return;
    }
    sendJson(res, 200, json(req, request as NonStreaming));
  };

  /** Two-phase upload target (`upload_descriptor.url`): multipart `file` field or raw bytes. */
  const upload = async (req: IncomingMessage, res: ServerResponse, id: string): Promise<void> => {
    const stored = store.attachments.get(id);
    if (!stored) throw notFound(`Attachment ${id}`);
    const body = await readBody(req);
    const type = req.headers['content-type'] ?? '';
    stored.bytes = type.startsWith('multipart/form-data') ? (parseMultipartFile(body, type)?.data ?? body) : body;
    sendJson(res, 200, {});
  };

  /** Direct upload (`uploadStrategy: {type: "direct", uploadUrl: "<base>/upload"}`): replies with the Attachment. */
  const directUpload = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const file = parseMultipartFile(await readBody(req), req.headers['content-type'] ?? '');
    if (!file) throw new HttpError(400, { error: 'expected multipart/form-data with a "file" field' });
    const attachment = createAttachment(req, file.filename, file.contentType, false);
    const stored = store.attachments.get(attachment.id);
    if (stored) stored.bytes = file.data;
    sendJson(res, 200, attachment);
  };

  const file = (res: ServerResponse, id: string): void => {
    const stored = store.attachments.get(id);
    if (!stored?.bytes) throw notFound(`File ${id}`);
    res.writeHead(200, { 'Content-Type': stored.attachment.mime_type, 'Content-Length': stored.bytes.length, 'Cache-Control': 'no-store', ...CORS_HEADERS });
    res.end(stored.bytes);
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let path = new URL(req.url ?? '/', 'http://mock.invalid').pathname;
    if (basePath && (path === basePath || path.startsWith(`${basePath}/`))) path = path.slice(basePath.length);
    path = path.replace(/\/+$/, '');
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      sendPreflight(req, res);
      return;
    }
    const uploadId = /^\/upload\/([\w-]+)$/.exec(path)?.[1];
    const fileId = /^\/files\/([\w-]+)$/.exec(path)?.[1];
    if (path === '' && method === 'POST') return endpoint(req, res);
    if (path === '/upload' && method === 'POST') return directUpload(req, res);
    if (uploadId && (method === 'POST' || method === 'PUT')) return upload(req, res, uploadId);
    if (fileId && (method === 'GET' || method === 'HEAD')) {
      file(res, fileId);
      return;
    }
    if (path === '') throw new HttpError(405, { error: 'The ChatKit endpoint takes POST requests with a JSON body {type, params}.' });
    throw notFound(`Route ${path}`);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      await route(req, res);
    } catch (error) {
      if (res.headersSent) {
        res.end();
        return;
      }
      if (error instanceof HttpError) sendJson(res, error.status, error.body);
      else sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  };

  return { handle, reset, feedback: () => new Map(store.feedback) };
}
