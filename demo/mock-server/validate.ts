import type { Json, JsonObject, UserContent } from './types.js';
import type { PageParams } from './store.js';

/**
 * Hand-written request validation (the mock may only use `node:` built-ins). It checks what the
 * reference server's Pydantic models require and reports problems in the same spirit as the
 * capture server's 400 body: `{error: "invalid request", detail: [{type, loc, msg}]}`.
 */

export const STREAMING_TYPES = [
  'threads.create',
  'threads.add_user_message',
  'threads.add_client_tool_output',
  'threads.add_structured_input',
  'threads.retry_after_item',
  'threads.custom_action',
] as const;

export const JSON_TYPES = [
  'threads.get_by_id',
  'threads.list',
  'items.list',
  'items.feedback',
  'attachments.create',
  'attachments.delete',
  'threads.update',
  'threads.delete',
  'input.transcribe',
  'threads.sync_custom_action',
] as const;

export type StreamingType = (typeof STREAMING_TYPES)[number];
export type JsonType = (typeof JSON_TYPES)[number];
export type RequestType = StreamingType | JsonType;

export interface UserMessageInput {
  content: UserContent[];
  attachments: string[];
  quoted_text?: string;
  inference_options: JsonObject;
}

export interface ActionParams {
  thread_id: string;
  item_id?: string | null;
  action: { type: string; payload?: Json };
}

export interface StructuredSubmission {
  status?: 'answered' | 'skipped';
  answers?: Record<string, { values?: string[]; skipped?: boolean }>;
}

/** `params` per request type, after validation. */
export interface ParamsByType {
  'threads.create': { input: UserMessageInput };
  'threads.add_user_message': { thread_id: string; input: UserMessageInput };
  'threads.add_client_tool_output': { thread_id: string; result: Json };
  'threads.add_structured_input': { thread_id: string; item_id: string; input: StructuredSubmission };
  'threads.retry_after_item': { thread_id: string; item_id: string };
  'threads.custom_action': ActionParams;
  'threads.sync_custom_action': ActionParams;
  'threads.get_by_id': { thread_id: string };
  'threads.list': PageParams;
  'threads.update': { thread_id: string; title: string };
  'threads.delete': { thread_id: string };
  'items.list': PageParams & { thread_id: string };
  'items.feedback': { thread_id: string; item_ids: string[]; kind: 'positive' | 'negative' };
  'attachments.create': { name: string; size: number; mime_type: string };
  'attachments.delete': { attachment_id: string };
  'input.transcribe': { audio_base64: string; mime_type: string };
}

export type ChatKitRequest = { [K in RequestType]: { type: K; params: ParamsByType[K] } }[RequestType];

export interface ValidationDetail {
  type: string;
  loc: (string | number)[];
  msg: string;
}

export type ValidationResult = { ok: true; request: ChatKitRequest } | { ok: false; detail: ValidationDetail[] };

type Loc = (string | number)[];
type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

const ALL_TYPES: readonly string[] = [...STREAMING_TYPES, ...JSON_TYPES];

export function isStreamingType(type: RequestType): type is StreamingType {
  return (STREAMING_TYPES as readonly string[]).includes(type);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

class Checker {
  readonly detail: ValidationDetail[] = [];

  private fail(loc: Loc, type: string, msg: string): void {
    this.detail.push({ type, loc, msg });
  }

  /** The value when present and well-typed; records "missing" (required and absent/null) or the type error. */
  private field<T>(parent: Obj, key: string, loc: Loc, required: boolean, guard: (value: unknown) => value is T, type: string, msg: string): T | undefined {
    const value = parent[key];
    if (value === undefined || value === null) {
      if (required) this.fail([...loc, key], 'missing', 'Field required');
      return undefined;
    }
    if (guard(value)) return value;
    this.fail([...loc, key], type, msg);
    return undefined;
  }

  obj(parent: Obj, key: string, loc: Loc, required = true): Obj | undefined {
    return this.field(parent, key, loc, required, isObj, 'dict_type', 'Input should be a valid dictionary');
  }

  str(parent: Obj, key: string, loc: Loc, required = true): string | undefined {
    return this.field(parent, key, loc, required, isString, 'string_type', 'Input should be a valid string');
  }

  int(parent: Obj, key: string, loc: Loc, required = true): number | undefined {
    return this.field(parent, key, loc, required, isCount, 'int_type', 'Input should be a valid non-negative integer');
  }

  literal<T extends string>(parent: Obj, key: string, loc: Loc, values: readonly T[], required = true): T | undefined {
    const isOneOf = (value: unknown): value is T => values.some((candidate) => candidate === value);
    return this.field(parent, key, loc, required, isOneOf, 'literal_error', `Input should be ${values.map((v) => `'${v}'`).join(' or ')}`);
  }

  strings(parent: Obj, key: string, loc: Loc): string[] | undefined {
    return this.field(parent, key, loc, true, isStrings, 'list_type', 'Input should be a list of strings');
  }

  required(parent: Obj, key: string, loc: Loc): void {
    if (!(key in parent)) this.fail([...loc, key], 'missing', 'Field required');
  }

  page(params: Obj, loc: Loc): void {
    this.int(params, 'limit', loc, false);
    this.literal(params, 'order', loc, ['asc', 'desc'], false);
    this.str(params, 'after', loc, false);
  }

  userInput(params: Obj, loc: Loc): void {
    const input = this.obj(params, 'input', loc);
    if (!input) return;
    const inputLoc = [...loc, 'input'];
    const isList = (value: unknown): value is unknown[] => Array.isArray(value);
    const content = this.field(input, 'content', inputLoc, true, isList, 'list_type', 'Input should be a valid list');
    content?.forEach((part, index) => {
      this.contentPart(part, [...inputLoc, 'content', index]);
    });
    this.strings(input, 'attachments', inputLoc);
    this.obj(input, 'inference_options', inputLoc);
    this.str(input, 'quoted_text', inputLoc, false);
  }

  private contentPart(part: unknown, loc: Loc): void {
    if (!isObj(part)) {
      this.fail(loc, 'model_type', 'Input should be an object');
      return;
    }
    const type = this.literal(part, 'type', loc, ['input_text', 'input_tag']);
    this.str(part, 'text', loc);
    if (type === 'input_tag') {
      this.str(part, 'id', loc);
      this.obj(part, 'data', loc);
    }
  }

  action(params: Obj, loc: Loc): void {
    this.str(params, 'thread_id', loc);
    this.str(params, 'item_id', loc, false);
    const action = this.obj(params, 'action', loc);
    if (action) this.str(action, 'type', [...loc, 'action']);
  }
}

function checkParams(check: Checker, type: RequestType, params: Obj): void {
  const loc: Loc = [type, 'params'];
  switch (type) {
    case 'threads.create':
      check.userInput(params, loc);
      return;
    case 'threads.add_user_message':
      check.str(params, 'thread_id', loc);
      check.userInput(params, loc);
      return;
    case 'threads.add_client_tool_output':
      check.str(params, 'thread_id', loc);
      check.required(params, 'result', loc);
      return;
    case 'threads.add_structured_input': {
      check.str(params, 'thread_id', loc);
      check.str(params, 'item_id', loc);
      const input = check.obj(params, 'input', loc);
      if (input) {
        check.literal(input, 'status', [...loc, 'input'], ['answered', 'skipped'], false);
        check.obj(input, 'answers', [...loc, 'input'], false);
      }
      return;
    }
    case 'threads.retry_after_item':
      check.str(params, 'thread_id', loc);
      check.str(params, 'item_id', loc);
      return;
    case 'threads.custom_action':
    case 'threads.sync_custom_action':
      check.action(params, loc);
      return;
    case 'threads.get_by_id':
    case 'threads.delete':
      check.str(params, 'thread_id', loc);
      return;
    case 'threads.list':
      check.page(params, loc);
      return;
    case 'threads.update':
      check.str(params, 'thread_id', loc);
      check.str(params, 'title', loc);
      return;
    case 'items.list':
      check.str(params, 'thread_id', loc);
      check.page(params, loc);
      return;
    case 'items.feedback':
      check.str(params, 'thread_id', loc);
      check.strings(params, 'item_ids', loc);
      check.literal(params, 'kind', loc, ['positive', 'negative']);
      return;
    case 'attachments.create':
      check.str(params, 'name', loc);
      check.int(params, 'size', loc);
      check.str(params, 'mime_type', loc);
      return;
    case 'attachments.delete':
      check.str(params, 'attachment_id', loc);
      return;
    case 'input.transcribe':
      check.str(params, 'audio_base64', loc);
      check.str(params, 'mime_type', loc);
      return;
  }
}

/** Validates a parsed request body; extra keys are ignored, as Pydantic does. */
export function validateRequest(body: unknown): ValidationResult {
  if (!isObj(body)) return { ok: false, detail: [{ type: 'model_type', loc: [], msg: 'Request body must be a JSON object' }] };
  const type = body.type;
  if (typeof type !== 'string' || !ALL_TYPES.includes(type)) {
    const msg = `Input tag '${String(type)}' found using 'type' does not match any of the expected tags: ${ALL_TYPES.map((t) => `'${t}'`).join(', ')}`;
    return { ok: false, detail: [{ type: 'union_tag_invalid', loc: [], msg }] };
  }
  const requestType = type as RequestType;
  const check = new Checker();
  const params = check.obj(body, 'params', [requestType]);
  if (params) checkParams(check, requestType, params);
  if (check.detail.length > 0 || !params) return { ok: false, detail: check.detail };
  // The checks above establish the shape of ParamsByType[requestType].
  return { ok: true, request: { type: requestType, params } as ChatKitRequest };
}
