/**
 * JSON parsing + schema validation of server payloads, returning results instead of throwing so
 * the stream reader can skip one bad event and keep going.
 */
import * as z from 'zod/mini';
import { RESPONSE_SCHEMAS, ThreadStreamEventSchema, type NonStreamingRequestType, type ResponseOf, type ThreadStreamEvent } from '../schemas/index.js';
import { InvalidJsonError, SchemaError, truncate, type SchemaIssue } from './errors.js';

/** Why a payload could not be decoded. */
export type DecodeError = InvalidJsonError | SchemaError;

/** A decoded stream event, or why it could not be decoded. */
export type DecodedStreamEvent = { ok: true; event: ThreadStreamEvent } | { ok: false; error: DecodeError };

/** A decoded JSON reply, or why it could not be decoded. */
export type DecodedResponse<T extends NonStreamingRequestType> = { ok: true; response: ResponseOf<T> } | { ok: false; error: DecodeError };

type ParseJson = { ok: true; value: unknown } | { ok: false; error: InvalidJsonError };

function parseJson(text: string, requestType: string | undefined): ParseJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    return { ok: false, error: new InvalidJsonError(text, { cause, requestType }) };
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Flattens zod issues to path + message (zod's messages describe types, not the values). */
export function summarizeIssues(issues: readonly z.core.$ZodIssue[]): SchemaIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), code: issue.code, message: issue.message }));
}

/** Names what failed, e.g. `event "thread.item.done"`, using only the discriminator. */
function describePayload(kind: string, value: unknown): string {
  const type = value !== null && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? `${kind} "${truncate(type, 60)}"` : kind;
}

type TextDeltaEvent = Extract<ThreadStreamEvent, { type: 'thread.item.updated' }> & {
  update: Extract<ThreadStreamEvent, { type: 'thread.item.updated' }>['update'] & { type: 'assistant_message.content_part.text_delta' };
};

/**
 * The schema's result for a valid text delta, checked by hand: a streamed answer is thousands of
 * these, and the general schema costs several times more per event. It accepts exactly what
 * `ThreadStreamEventSchema` accepts for this shape and builds the same object (only the schema's
 * keys, in its order; unknown keys are stripped as `z.object` does). Anything else returns
 * `undefined` and goes through the schema, so errors are reported exactly as before.
 */
export function decodeTextDelta(value: unknown): TextDeltaEvent | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const event = value as Record<string, unknown>;
  if (event['type'] !== 'thread.item.updated') return undefined;
  const itemId = event['item_id'];
  const update = event['update'];
  if (typeof itemId !== 'string' || typeof update !== 'object' || update === null) return undefined;
  const fields = update as Record<string, unknown>;
  if (fields['type'] !== 'assistant_message.content_part.text_delta') return undefined;
  const index = fields['content_index'];
  const delta = fields['delta'];
  // z.number() rejects NaN and ±Infinity (`1e999` parses to Infinity); floats and negatives pass.
  if (typeof index !== 'number' || !Number.isFinite(index) || typeof delta !== 'string') return undefined;
  return {
    type: 'thread.item.updated',
    item_id: itemId,
    update: { type: 'assistant_message.content_part.text_delta', content_index: index, delta },
  };
}

/**
 * Decodes one SSE `data:` payload into a {@link ThreadStreamEvent}. Never throws: invalid JSON
 * gives an `invalid_json` error, a shape the schema rejects (including an unknown event `type`)
 * a `schema` error.
 */
export function decodeStreamEvent(data: string, requestType?: string): DecodedStreamEvent {
  const json = parseJson(data, requestType);
  if (!json.ok) return json;
  const delta = decodeTextDelta(json.value);
  if (delta !== undefined) return { ok: true, event: delta };
  const result = ThreadStreamEventSchema.safeParse(json.value);
  if (result.success) return { ok: true, event: result.data };
  const issues = summarizeIssues(result.error.issues);
  return { ok: false, error: new SchemaError(describePayload('event', json.value), issues, { cause: result.error, requestType }) };
}

/**
 * Decodes the JSON reply of a non-streaming request against `RESPONSE_SCHEMAS[type]`.
 * Never throws.
 */
export function decodeResponse<T extends NonStreamingRequestType>(type: T, text: string): DecodedResponse<T> {
  const json = parseJson(text, type);
  if (!json.ok) return json;
  // zod's generic output type cannot be tied back to `T` through the indexed map.
  const schema = RESPONSE_SCHEMAS[type] as unknown as z.ZodMiniType<ResponseOf<T>>;
  const result = schema.safeParse(json.value);
  if (result.success) return { ok: true, response: result.data };
  const issues = summarizeIssues(result.error.issues);
  return { ok: false, error: new SchemaError('response', issues, { cause: result.error, requestType: type }) };
}
