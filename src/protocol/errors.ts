/**
 * Typed failures of the protocol client. Messages name the request type, status and sizes only:
 * they end up in `chatkit.log`, so they must never carry request bodies, message text or
 * credentials. Server-provided text is kept in separate fields (`detail`, `text`) for callers
 * that decide to show it.
 */

/** What went wrong, one code per error class. */
export type ChatKitProtocolErrorCode = 'http' | 'network' | 'empty_stream' | 'cut_stream' | 'invalid_json' | 'schema' | 'aborted' | 'timeout';

/** Options shared by every protocol error. */
export interface ChatKitProtocolErrorOptions {
  /** The underlying error (fetch rejection, reader error, zod error, abort reason…). */
  cause?: unknown;
  /** The ChatKit request type (`threads.create`, …) that failed, when known. */
  requestType?: string | undefined;
}

const MAX_SNIPPET = 200;

/** Shortens server-provided text so a huge body cannot flood logs or UI. */
export function truncate(text: string, max = MAX_SNIPPET): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

const describeRequest = (requestType: string | undefined): string =>
  requestType === undefined ? 'ChatKit request' : `ChatKit request "${requestType}"`;

/** Base class of every protocol failure; narrow with `instanceof` on a subclass or switch on `code`. */
export abstract class ChatKitProtocolError extends Error {
  abstract readonly code: ChatKitProtocolErrorCode;
  /** The request type that failed, when known. */
  readonly requestType: string | undefined;

  constructor(message: string, options: ChatKitProtocolErrorOptions = {}) {
    super(`${describeRequest(options.requestType)}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.requestType = options.requestType;
  }
}

/** The server answered with a non-2xx status. */
export class HttpError extends ChatKitProtocolError {
  readonly code = 'http' as const;
  override readonly name = 'HttpError';
  /** The HTTP status, e.g. 404. */
  readonly status: number;
  /**
   * The server's explanation from a JSON body's `error`, `detail` or `message` string, truncated.
   * Not part of `message` because servers may echo request content in it.
   */
  readonly detail: string | undefined;

  constructor(status: number, options: ChatKitProtocolErrorOptions & { detail?: string | undefined; statusText?: string } = {}) {
    const text = options.statusText ? ` ${options.statusText}` : '';
    super(`failed with HTTP ${status}${text}`, options);
    this.status = status;
    this.detail = options.detail === undefined ? undefined : truncate(options.detail);
  }
}

/** `fetch` itself rejected (offline, DNS, CORS, a custom fetch that threw). */
export class NetworkError extends ChatKitProtocolError {
  readonly code = 'network' as const;
  override readonly name = 'NetworkError';

  constructor(options: ChatKitProtocolErrorOptions = {}) {
    super('network error', options);
  }
}

/**
 * A streaming request's body ended without a single event. The reference server does this when
 * it fails before its event pipeline starts (unknown thread, no pending tool call…), so it is a
 * failed turn.
 */
export class EmptyStreamError extends ChatKitProtocolError {
  readonly code = 'empty_stream' as const;
  override readonly name = 'EmptyStreamError';

  constructor(options: ChatKitProtocolErrorOptions = {}) {
    super('the response stream ended without any event', options);
  }
}

/** The body broke off after at least one event had arrived. */
export class CutStreamError extends ChatKitProtocolError {
  readonly code = 'cut_stream' as const;
  override readonly name = 'CutStreamError';
  /** How many events arrived before the cut. */
  readonly eventsReceived: number;

  constructor(eventsReceived: number, options: ChatKitProtocolErrorOptions = {}) {
    super(`the response stream broke off after ${eventsReceived} event(s)`, options);
    this.eventsReceived = eventsReceived;
  }
}

/** A body or SSE event was not valid JSON. */
export class InvalidJsonError extends ChatKitProtocolError {
  readonly code = 'invalid_json' as const;
  override readonly name = 'InvalidJsonError';
  /** The start of the offending text (it may contain message content: do not log it blindly). */
  readonly text: string;

  constructor(text: string, options: ChatKitProtocolErrorOptions = {}) {
    super(`invalid JSON (${text.length} characters)`, options);
    this.text = truncate(text);
  }
}

/** One schema problem: where and what, never the offending value. */
export interface SchemaIssue {
  /** Dotted path, e.g. `item.content[0].text`; empty for the root. */
  path: string;
  code: string;
  message: string;
}

/** Valid JSON that does not match the protocol schema. */
export class SchemaError extends ChatKitProtocolError {
  readonly code = 'schema' as const;
  override readonly name = 'SchemaError';
  /** Every issue reported by the schema. */
  readonly issues: readonly SchemaIssue[];

  constructor(what: string, issues: readonly SchemaIssue[], options: ChatKitProtocolErrorOptions = {}) {
    const shown = issues.slice(0, 3).map((issue) => `${issue.path || '(root)'}: ${issue.message}`);
    const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
    super(`${what} does not match the schema — ${shown.join('; ')}${more}`, options);
    this.issues = issues;
  }
}

/** The caller aborted the request (stop button, navigation, a newer request). */
export class AbortedError extends ChatKitProtocolError {
  readonly code = 'aborted' as const;
  override readonly name = 'AbortedError';

  constructor(options: ChatKitProtocolErrorOptions = {}) {
    super('aborted', options);
  }
}

/**
 * Nothing arrived (no response, no body bytes) for the client's idle timeout; the request was
 * aborted. Events that came before it were kept; retrying is safe.
 */
export class TimeoutError extends ChatKitProtocolError {
  readonly code = 'timeout' as const;
  override readonly name = 'TimeoutError';
  /** The idle timeout that ran out, in milliseconds. */
  readonly timeout: number;

  constructor(timeout: number, options: ChatKitProtocolErrorOptions = {}) {
    super(`no data for ${timeout} ms; the request timed out`, options);
    this.timeout = timeout;
  }
}

/** Any concrete protocol error; `switch (error.code)` narrows it. */
export type AnyChatKitProtocolError =
  | HttpError
  | NetworkError
  | EmptyStreamError
  | CutStreamError
  | InvalidJsonError
  | SchemaError
  | AbortedError
  | TimeoutError;

/** True for errors raised by the protocol client. */
export function isChatKitProtocolError(error: unknown): error is AnyChatKitProtocolError {
  return error instanceof ChatKitProtocolError;
}
