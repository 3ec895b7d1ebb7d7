/**
 * The chat session: the only place that turns user intents into ChatKit requests and feeds their
 * replies into the thread store.
 */
import { ChatKitClient, ChatKitProtocolError } from '../protocol/index.js';
import type {
  ActionConfig,
  FeedbackKind,
  RequestOfType,
  StreamingRequestType,
  StructuredInputSubmission,
  Thread,
  ThreadStreamEvent,
  UserMessageInput,
} from '../schemas/index.js';
import {
  createThreadStore,
  pendingClientToolCall,
  retryTarget,
  type ItemsPage,
  type RequestKind,
  type ThreadStore,
} from '../state/index.js';
import { asError, runClientTool, type ClientToolHandler } from './client-tools.js';
import { BusyError, ITEMS_PAGE_SIZE, type OutgoingMessage, type SessionHooks } from './session-types.js';

export type { ClientToolCall, ClientToolHandler, ClientToolOutcome } from './client-tools.js';
export { BusyError, ITEMS_PAGE_SIZE, type OutgoingMessage, type SessionHooks } from './session-types.js';

let localIds = 0;
const nowIso = (): string => new Date().toISOString().replace('Z', '');

/** One running request chain with its lifecycle hooks; `ended` keeps the end hook to one call. */
interface Running {
  readonly abort: AbortController;
  ended: boolean;
}

type StreamRequest = RequestOfType<StreamingRequestType>;

/** How one streaming request (or a chain of them) ended; `error` is set when it failed. */
interface StreamResult {
  /** False only when a user message failed before the server saved it. */
  saved: boolean;
  error?: Error;
}

/**
 * Owns the protocol client and the thread store for one `<chat-kit>`: it turns user intents into
 * requests, feeds stream events to the store, and reports lifecycle to the host. Only
 * `<chat-kit>` creates a session, so nothing else in the view ever talks to the network.
 *
 * Every thread switch (`loadThread`, `reset`) bumps a generation counter; a request started in an
 * older generation never touches the store again, so a late event of an aborted stream or a slow
 * superseded load cannot leak into the thread now on screen.
 */
export class ChatSession {
  readonly store: ThreadStore = createThreadStore();
  readonly client: ChatKitClient;
  private generation = 0;
  private response: Running | null = null;
  private load: (Running & { readonly threadId: string }) | null = null;
  private older: AbortController | null = null;
  /** The last failed non-message request, re-sent by {@link retry}. */
  private failedRequest: { request: StreamRequest; kind: RequestKind } | null = null;
  /**
   * The last send failed before the server saved the message: its text is back in the composer,
   * and Retry must send that, not regenerate the answer to an earlier message.
   */
  private unsentMessage = false;

  constructor(
    private readonly hooks: SessionHooks,
    client: ChatKitClient,
  ) {
    this.client = client;
  }

  get threadId(): string | null {
    return this.store.getState().thread?.id ?? null;
  }

  get busy(): 'loading' | 'responding' | null {
    if (this.load !== null) return 'loading';
    return this.store.getState().responding ? 'responding' : null;
  }

  private assertIdle(): void {
    const busy = this.busy;
    if (busy) throw new BusyError(busy);
  }

  private requireThread(): string {
    const threadId = this.threadId;
    if (threadId === null) throw new BusyError('no_thread');
    return threadId;
  }

  /**
   * Sends a user message: shows it at once (optimistic), creates the thread when there is none,
   * and streams the reply. Resolves `false` when the request failed before the server saved the
   * message, so the caller can give the draft back to the user.
   */
  async sendMessage(message: OutgoingMessage): Promise<boolean> {
    this.assertIdle();
    if (message.newThread && this.threadId !== null) this.reset();
    const input: UserMessageInput = {
      content: message.content,
      attachments: message.attachments ?? [],
      inference_options: message.inferenceOptions ?? {},
      ...(message.quotedText ? { quoted_text: message.quotedText } : {}),
    };
    const threadId = this.threadId;
    const optimisticId = `local_${String(++localIds)}`;
    this.store.dispatch({
      type: 'user.optimistic',
      item: {
        type: 'user_message',
        id: optimisticId,
        thread_id: threadId ?? '',
        created_at: nowIso(),
        content: input.content,
        attachments: [],
        inference_options: input.inference_options,
        ...(input.quoted_text ? { quoted_text: input.quoted_text } : {}),
      },
    });
    const request: StreamRequest =
      threadId === null
        ? { type: 'threads.create', params: { input } }
        : { type: 'threads.add_user_message', params: { thread_id: threadId, input } };
    const result = await this.runResponse(request, 'send', optimisticId);
    return result.saved;
  }

  /**
   * Sends `threads.custom_action` for a server-handled widget action (or `sendCustomAction`).
   * Rejects when the request fails, so the widget that fired it can say so.
   */
  async customAction(action: Pick<ActionConfig, 'type' | 'payload'>, itemId?: string | null): Promise<void> {
    this.assertIdle();
    const threadId = this.requireThread();
    const result = await this.runResponse({
      type: 'threads.custom_action',
      params: {
        thread_id: threadId,
        ...(itemId ? { item_id: itemId } : {}),
        action: { type: action.type, ...(action.payload === undefined ? {} : { payload: action.payload }) },
      },
    }, 'action');
    if (result.error) throw result.error;
  }

  /**
   * `threads.sync_custom_action`: a JSON round-trip allowed even while a response streams; the
   * returned item (if any) replaces the widget in place.
   */
  async syncCustomAction(action: Pick<ActionConfig, 'type' | 'payload'>, itemId?: string | null): Promise<void> {
    const threadId = this.requireThread();
    const generation = this.generation;
    const reply = await this.client.send({
      type: 'threads.sync_custom_action',
      params: {
        thread_id: threadId,
        ...(itemId ? { item_id: itemId } : {}),
        action: { type: action.type, ...(action.payload === undefined ? {} : { payload: action.payload }) },
      },
    });
    if (reply.updated_item && generation === this.generation) this.store.dispatch({ type: 'item.replace', item: reply.updated_item });
  }

  /**
   * Retries the failed turn. A failed action, tool output or retry is sent again as it was; a
   * failed message the server already saved is retried with `threads.retry_after_item` on it.
   * A message that never reached the server is not retried here: its text went back to the
   * composer, and sending it again is the caller's job. Resolves `false` when there was nothing
   * to retry.
   */
  async retry(): Promise<boolean> {
    this.assertIdle();
    const failed = this.failedRequest;
    if (failed) {
      await this.runResponse(failed.request, failed.kind);
      return true;
    }
    const saved = retryTarget(this.store.getState());
    if (this.unsentMessage || this.threadId === null || saved === null) return false;
    await this.runRetryAfter(this.threadId, saved);
    return true;
  }

  /**
   * The retry button under a response: drops every item after `userMessageId` locally (the server
   * deletes them without telling us) and streams a new answer with `threads.retry_after_item`.
   * Refuses while busy ({@link BusyError}); rejects, after the store shows the error, on failure.
   */
  async retryAfter(userMessageId: string): Promise<void> {
    this.assertIdle();
    const threadId = this.requireThread();
    const state = this.store.getState();
    if (state.items.get(userMessageId)?.type !== 'user_message' || state.optimistic.has(userMessageId)) {
      throw new Error(`chat-kit: cannot retry after "${userMessageId}": not a saved user message of this thread`);
    }
    const result = await this.runRetryAfter(threadId, userMessageId);
    if (result.error) throw result.error;
  }

  private runRetryAfter(threadId: string, userMessageId: string): Promise<StreamResult> {
    this.store.dispatch({ type: 'items.removeAfter', itemId: userMessageId });
    return this.runResponse({ type: 'threads.retry_after_item', params: { thread_id: threadId, item_id: userMessageId } }, 'retry');
  }

  /**
   * Answers a pending `structured_input` item (`threads.add_structured_input`); the stream's
   * `thread.item.replaced` shows the answered item. Rejects, after the store shows the error, on
   * failure.
   */
  async submitStructuredInput(itemId: string, input: StructuredInputSubmission): Promise<void> {
    this.assertIdle();
    const threadId = this.requireThread();
    const result = await this.runResponse(
      { type: 'threads.add_structured_input', params: { thread_id: threadId, item_id: itemId, input } },
      'structured_input',
    );
    if (result.error) throw result.error;
  }

  /**
   * Thumbs up/down (`items.feedback`). The state shows the choice at once and goes back to what
   * it was when the request fails (then this rejects). Allowed while a response streams.
   */
  async feedback(itemIds: readonly string[], kind: FeedbackKind): Promise<void> {
    const threadId = this.requireThread();
    const before = this.store.getState().feedback;
    this.store.dispatch({ type: 'feedback.set', itemIds, kind });
    try {
      await this.client.send({ type: 'items.feedback', params: { thread_id: threadId, item_ids: [...itemIds], kind } });
    } catch (error) {
      if (this.threadId === threadId) {
        // Only ids still showing this attempt: a later click that already changed them wins.
        const now = this.store.getState().feedback;
        for (const prior of ['positive', 'negative', null] as const) {
          const ids = itemIds.filter((id) => (before.get(id) ?? null) === prior && now.get(id) === kind);
          if (ids.length > 0 && prior !== kind) this.store.dispatch({ type: 'feedback.set', itemIds: ids, kind: prior });
        }
      }
      throw error;
    }
  }

  /** Stops the running response by aborting its request (the protocol has no cancel call). */
  stop(): void {
    this.response?.abort.abort();
  }

  /**
   * Aborts every request in flight — the response, a thread load, an older page — without leaving
   * the thread (the element left the page). Returns the id of a thread whose load was cut short,
   * so it can be loaded again when the element comes back.
   */
  halt(): string | null {
    const response = this.response;
    if (response) {
      response.abort.abort();
      this.endResponse(response);
    }
    const load = this.load;
    if (load) {
      load.abort.abort();
      this.endLoad(load);
    }
    this.older?.abort();
    this.older = null;
    return load?.threadId ?? null;
  }

  /** Back to the new-thread view; aborts whatever was running. */
  reset(): void {
    const had = this.threadId;
    this.leaveThread();
    this.failedRequest = null;
    this.unsentMessage = false;
    this.store.dispatch({ type: 'thread.reset' });
    if (had !== null) this.hooks.threadChange(null);
  }

  /**
   * Aborts everything that belongs to the thread on screen and starts a new generation. The
   * running response and load end now (their end hooks fire here, once), not whenever their
   * aborted fetches settle.
   */
  private leaveThread(): number {
    this.generation += 1;
    this.halt();
    return this.generation;
  }

  private endResponse(response: Running): void {
    if (response.ended) return;
    response.ended = true;
    if (this.response === response) this.response = null;
    this.hooks.responseEnd();
  }

  private endLoad(load: Running & { readonly threadId: string }): void {
    if (load.ended) return;
    load.ended = true;
    if (this.load === load) this.load = null;
    this.hooks.loadEnd(load.threadId);
  }

  /**
   * Loads a thread: `threads.get_by_id` (metadata), then the newest `items.list` page (the
   * embedded page of get_by_id is the oldest one, the wrong end for a chat). Aborts a running
   * stream and any earlier load. When items.list fails, the embedded page is shown and the error
   * reported through `hooks.error`; when get_by_id fails this rejects. A load superseded by a
   * newer one resolves without changing anything.
   */
  async loadThread(threadId: string): Promise<void> {
    const generation = this.leaveThread();
    const load = { abort: new AbortController(), ended: false, threadId };
    const { signal } = load.abort;
    const current = (): boolean => generation === this.generation;
    this.load = load;
    this.hooks.loadStart(threadId);
    this.store.dispatch({ type: 'request.start', kind: 'load' });
    try {
      const thread: Thread = await this.client.send({ type: 'threads.get_by_id', params: { thread_id: threadId } }, { signal });
      if (!current()) return;
      let latest: ItemsPage | undefined;
      let listError: unknown;
      try {
        latest = await this.client.send(
          { type: 'items.list', params: { thread_id: thread.id, order: 'desc', limit: ITEMS_PAGE_SIZE } },
          { signal },
        );
      } catch (error) {
        listError = error;
      }
      if (!current()) return;
      this.failedRequest = null;
      this.unsentMessage = false;
      const changed = this.threadId !== thread.id;
      this.store.dispatch({ type: 'thread.loaded', thread, latest });
      if (changed) this.hooks.threadChange(thread.id);
      if (listError !== undefined) this.hooks.error(asError(listError));
    } catch (error) {
      if (!current()) return;
      throw error;
    } finally {
      if (current()) this.store.dispatch({ type: 'request.end' });
      this.endLoad(load);
    }
  }

  /**
   * Fetches the page of items before the oldest one shown (`items.list`, `order: "desc"`) and
   * prepends it. A no-op when there is nothing older, a page is already on its way or a thread is
   * loading; allowed while a response streams (it does not touch `responding`). Rejects on
   * failure, with `loadingOlder` cleared.
   */
  async loadOlder(): Promise<void> {
    const state = this.store.getState();
    const threadId = state.thread?.id;
    if (threadId === undefined || !state.hasMoreBefore || state.loadingOlder || this.load !== null) return;
    const generation = this.generation;
    const abort = new AbortController();
    this.older = abort;
    this.store.dispatch({ type: 'older.loading', loading: true });
    try {
      const page = await this.client.send(
        {
          type: 'items.list',
          params: {
            thread_id: threadId,
            order: 'desc',
            limit: ITEMS_PAGE_SIZE,
            ...(state.beforeCursor === null ? {} : { after: state.beforeCursor }),
          },
        },
        { signal: abort.signal },
      );
      if (generation === this.generation) this.store.dispatch({ type: 'items.prepended', page });
    } catch (error) {
      if (generation === this.generation) throw error;
    } finally {
      if (generation === this.generation) {
        this.older = null;
        this.store.dispatch({ type: 'older.loading', loading: false });
      }
    }
  }

  /**
   * Runs one response: a streaming request and, while it ends with a pending client tool call,
   * the tool and `threads.add_client_tool_output` — all inside one `responseStart`/`responseEnd`
   * with `responding` kept true, so the composer stays locked. Never rejects.
   */
  private async runResponse(first: StreamRequest, kind: RequestKind, optimisticId?: string): Promise<StreamResult> {
    const generation = this.generation;
    const response: Running = { abort: new AbortController(), ended: false };
    const { signal } = response.abort;
    const current = (): boolean => generation === this.generation && !signal.aborted;
    this.response = response;
    this.store.dispatch({ type: 'request.start', kind });
    this.hooks.responseStart();
    try {
      let result = await this.streamOnce(first, kind, generation, signal, optimisticId);
      for (;;) {
        if (result.error || !current()) return result;
        const call = pendingClientToolCall(this.store.getState());
        const threadId = this.threadId;
        if (call === null || threadId === null) return result;
        this.store.dispatch({ type: 'request.start', kind: 'tool_output' });
        this.hooks.log('client_tool.call', { name: call.name });
        const handler: ClientToolHandler | undefined = this.hooks.clientTool?.bind(this.hooks);
        const outcome = await runClientTool(handler, call, signal);
        if (outcome.status === 'stopped' || !current()) {
          this.hooks.log('request.stopped', { type: 'threads.add_client_tool_output' });
          return result;
        }
        if (outcome.status === 'failed') this.hooks.error(outcome.error);
        this.store.dispatch({ type: 'tool.completed', itemId: call.id, output: outcome.result });
        const output: StreamRequest = { type: 'threads.add_client_tool_output', params: { thread_id: threadId, result: outcome.result } };
        result = await this.streamOnce(output, 'tool_output', generation, signal);
      }
    } finally {
      if (generation === this.generation) this.store.dispatch({ type: 'request.end' });
      this.endResponse(response);
    }
  }

  /**
   * Streams one request into the store. On failure the store shows the error (with Retry) and
   * the result carries it; a stopped or superseded request is not a failure.
   */
  private async streamOnce(
    request: StreamRequest,
    kind: RequestKind,
    generation: number,
    signal: AbortSignal,
    optimisticId?: string,
  ): Promise<StreamResult> {
    let userSaved = optimisticId === undefined;
    this.unsentMessage = false;
    this.hooks.log('request.start', { type: request.type });
    try {
      const events = this.client.stream(request, {
        signal,
        onInvalidEvent: (error) => {
          this.hooks.log('stream.invalid_event', { code: error.code, message: error.message });
        },
      });
      for await (const event of events) {
        // Leaving the loop cancels the body; nothing of an old thread reaches the new one.
        if (generation !== this.generation || signal.aborted) break;
        this.apply(event);
        if (event.type === 'thread.item.done' && event.item.type === 'user_message') userSaved = true;
      }
      if (signal.aborted) this.hooks.log('request.stopped', { type: request.type });
      else this.failedRequest = null;
      return { saved: true };
    } catch (error) {
      const err = asError(error);
      const aborted = error instanceof ChatKitProtocolError && error.code === 'aborted';
      if (aborted || generation !== this.generation) {
        this.hooks.log('request.stopped', { type: request.type });
        return { saved: true };
      }
      // Messages are never re-sent from here (see retry()); other requests are, as they were.
      this.failedRequest = optimisticId === undefined ? { request, kind } : null;
      this.unsentMessage = !userSaved && optimisticId !== undefined;
      if (!userSaved && optimisticId !== undefined) this.store.dispatch({ type: 'item.remove', itemId: optimisticId });
      this.store.dispatch({
        type: 'request.error',
        error: {
          code: error instanceof ChatKitProtocolError ? error.code : 'network',
          message: err.message,
          allowRetry: true,
          unsent: this.unsentMessage,
        },
      });
      this.hooks.error(err);
      return { saved: userSaved, error: err };
    }
  }

  private apply(event: ThreadStreamEvent): void {
    if (event.type === 'client_effect') this.hooks.effect(event.name, event.data);
    if (event.type === 'error') this.hooks.error(new Error(event.message ?? `stream error (${event.code})`));
    this.store.dispatch({ type: 'stream.event', event });
    // The only way the client learns a new thread's id; hosts persist it right away.
    if (event.type === 'thread.created') this.hooks.threadChange(event.thread.id);
  }
}
