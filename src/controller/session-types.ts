/**
 * What a {@link ChatSession} and its host share: the lifecycle hooks, the outgoing message shape
 * and the refusal error. DOM-free.
 */
import type { InferenceOptions, UserMessageContent } from '../schemas/index.js';
import type { ClientToolCall } from './client-tools.js';

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
  /**
   * Runs a client tool call (ChatKit JS `onClientTool`). Its result goes back to the server; when
   * it throws (or is absent) an error-shaped result `{error}` is sent and {@link error} is called.
   */
  clientTool?(call: ClientToolCall): Promise<Record<string, unknown>>;
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

/** Items per `items.list` page: the protocol's default, stated so the request says what it wants. */
export const ITEMS_PAGE_SIZE = 20;
