import { ChatKitClient, ChatKitProtocolError } from '../protocol/index.js';
import type {
  ActionConfig,
  InferenceOptions,
  RequestOfType,
  StreamingRequestType,
  Thread,
  ThreadStreamEvent,
  UserMessageContent,
  UserMessageInput,
} from '../schemas/index.js';
import { createThreadStore, retryTarget, type RequestKind, type ThreadStore } from '../state/index.js';

/** What the session tells its host (the `<chat-kit>` element) about; DOM-free on purpose. */
export interface SessionHooks {
  responseStart(): void;
  responseEnd(): void;
  threadChange(threadId: string | null): void;
  loadStart(threadId: string): void;
  loadEnd(threadId: string): void;
  effect(name: string, data: Record<string, unknown>): void;
  error(error: Error): void;
  log(name: string, data?: Record<string, unknown>): void;
}

/** A message the user (or `sendUserMessage`) wants to send. */
export interface OutgoingMessage {
  content: UserMessageContent[];
  attachments?: string[];
  quotedText?: string;
  inferenceOptions?: InferenceOptions;
  newThread?: boolean;
}

/** Why a command was refused; mirrors the reference's "ignored – …" rejections. */
export class BusyError extends Error {
  constructor(readonly reason: 'loading' | 'responding' | 'no_thread') {
    super(
      reason === 'no_thread'
        ? 'chat-kit: ignored – no active thread'
        : reason === 'loading'
          ? 'chat-kit: ignored – a thread is loading'
          : 'chat-kit: ignored – already responding',
    );
    this.name = 'BusyError';
  }
}

let localIds = 0;
const nowIso = (): string => new Date().toISOString().replace('Z', '');

/**
 * Owns the protocol client and the thread store for one `<chat-kit>`: it turns user intents into
 * requests, feeds stream events to the store, and reports lifecycle to the host. Only
 * `<chat-kit>` creates a session, so nothing else in the view ever talks to the network.
 */
export class ChatSession {
  readonly store: ThreadStore = createThreadStore();
  readonly client: ChatKitClient;
  private abort: AbortController | null = null;
  private loadingThread: string | null = null;
  /** The last failed request, re-sent by {@link retry} when no server-side turn exists yet. */
  private failedRequest: RequestOfType<StreamingRequestType> | null = null;

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
    if (this.loadingThread !== null) return 'loading';
    return this.store.getState().responding ? 'responding' : null;
  }

  private assertIdle(): void {
    const busy = this.busy;
    if (busy) throw new BusyError(busy);
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
    const request: RequestOfType<StreamingRequestType> =
      threadId === null
        ? { type: 'threads.create', params: { input } }
        : { type: 'threads.add_user_message', params: { thread_id: threadId, input } };
    const result = await this.runStream(request, 'send', optimisticId);
    return result.saved;
  }

  /**
   * Sends `threads.custom_action` for a server-handled widget action (or `sendCustomAction`).
   * Rejects when the request fails, so the widget that fired it can say so.
   */
  async customAction(action: Pick<ActionConfig, 'type' | 'payload'>, itemId?: string | null): Promise<void> {
    this.assertIdle();
    const threadId = this.threadId;
    if (threadId === null) throw new BusyError('no_thread');
    const result = await this.runStream({
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
    const threadId = this.threadId;
    if (threadId === null) throw new BusyError('no_thread');
    const reply = await this.client.send({
      type: 'threads.sync_custom_action',
      params: {
        thread_id: threadId,
        ...(itemId ? { item_id: itemId } : {}),
        action: { type: action.type, ...(action.payload === undefined ? {} : { payload: action.payload }) },
      },
    });
    if (reply.updated_item) this.store.dispatch({ type: 'item.replace', item: reply.updated_item });
  }

  /**
   * Retries the failed turn. When the server already saved the user's message the natural retry
   * is `threads.retry_after_item` on it (later items are dropped locally: the server sends no
   * removal events); a failed action or tool output is sent again as it was. A message that never
   * reached the server is not retried here: its text went back to the composer, and sending it
   * again is the caller's job. Resolves `false` when there was nothing to retry.
   */
  async retry(): Promise<boolean> {
    this.assertIdle();
    const state = this.store.getState();
    const threadId = state.thread?.id ?? null;
    const saved = retryTarget(state);
    if (threadId !== null && saved !== null) {
      this.store.dispatch({ type: 'items.removeAfter', itemId: saved });
      await this.runStream({ type: 'threads.retry_after_item', params: { thread_id: threadId, item_id: saved } }, 'retry');
      return true;
    }
    const failed = this.failedRequest;
    if (!failed) return false;
    await this.runStream(failed, 'action');
    return true;
  }

  /** Stops the running response by aborting its request (the protocol has no cancel call). */
  stop(): void {
    this.abort?.abort();
  }

  /** Back to the new-thread view; aborts whatever was running. */
  reset(): void {
    const had = this.threadId;
    this.abort?.abort();
    this.failedRequest = null;
    this.store.dispatch({ type: 'thread.reset' });
    if (had !== null) this.hooks.threadChange(null);
  }

  /** Loads a thread (`threads.get_by_id`), replacing the view; aborts a running stream first. */
  async loadThread(threadId: string): Promise<void> {
    this.abort?.abort();
    this.loadingThread = threadId;
    this.hooks.loadStart(threadId);
    try {
      const thread: Thread = await this.client.send({ type: 'threads.get_by_id', params: { thread_id: threadId } });
      this.failedRequest = null;
      const changed = this.threadId !== thread.id;
      this.store.dispatch({ type: 'thread.loaded', thread });
      if (changed) this.hooks.threadChange(thread.id);
    } finally {
      this.loadingThread = null;
      this.hooks.loadEnd(threadId);
    }
  }

  /**
   * Runs one streaming request to its end; never rejects. `error` is set when it failed (the
   * store shows it with Retry); `saved` is false only when a user message failed before the
   * server saved it (its optimistic bubble is removed so the caller can give the text back).
   */
  private async runStream(
    request: RequestOfType<StreamingRequestType>,
    kind: RequestKind,
    optimisticId?: string,
  ): Promise<{ saved: boolean; error?: Error }> {
    const abort = new AbortController();
    this.abort = abort;
    let userSaved = optimisticId === undefined;
    this.store.dispatch({ type: 'request.start', kind });
    this.hooks.responseStart();
    this.hooks.log('request.start', { type: request.type });
    try {
      const events = this.client.stream(request, {
        signal: abort.signal,
        onInvalidEvent: (error) => {
          this.hooks.log('stream.invalid_event', { code: error.code, message: error.message });
        },
      });
      for await (const event of events) {
        this.apply(event);
        if (event.type === 'thread.item.done' && event.item.type === 'user_message') userSaved = true;
      }
      this.failedRequest = null;
      return { saved: true };
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      const aborted = error instanceof ChatKitProtocolError && error.code === 'aborted';
      if (aborted) {
        this.hooks.log('request.stopped', { type: request.type });
        return { saved: true };
      }
      // Messages are never re-sent from here (see retry()); other requests are, as they were.
      this.failedRequest = optimisticId === undefined ? request : null;
      if (!userSaved && optimisticId !== undefined) this.store.dispatch({ type: 'item.remove', itemId: optimisticId });
      this.store.dispatch({
        type: 'request.error',
        error: {
          code: error instanceof ChatKitProtocolError ? error.code : 'network',
          message: err.message,
          allowRetry: true,
        },
      });
      this.hooks.error(err);
      return { saved: userSaved, error: err };
    } finally {
      if (this.abort === abort) this.abort = null;
      this.store.dispatch({ type: 'request.end' });
      this.hooks.responseEnd();
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
