/** The ChatKit protocol client: SSE parsing, payload decoding, typed errors. DOM-free and Lit-free. */
export { createSseParser, readSse, type SseMessage, type SseParser, type SseParserOptions } from './sse.js';
export {
  AbortedError,
  ChatKitProtocolError,
  CutStreamError,
  EmptyStreamError,
  HttpError,
  InvalidJsonError,
  NetworkError,
  SchemaError,
  TimeoutError,
  isChatKitProtocolError,
  type AnyChatKitProtocolError,
  type ChatKitProtocolErrorCode,
  type ChatKitProtocolErrorOptions,
  type SchemaIssue,
} from './errors.js';
export { decodeResponse, decodeStreamEvent, summarizeIssues, type DecodeError, type DecodedResponse, type DecodedStreamEvent } from './decode.js';
export { DEFAULT_IDLE_TIMEOUT } from './client-deadline.js';
export { ChatKitClient, type ChatKitClientConfig, type SendOptions, type StreamOptions } from './client.js';
