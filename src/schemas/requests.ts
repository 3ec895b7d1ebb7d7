/**
 * Request bodies (protocol §1.9) and the reply schema of every non-streaming request.
 *
 * Request schemas apply no defaults beyond the wire's own requirements, so the output type is
 * also what a caller writes when building a request.
 */
import * as z from 'zod/mini';
import { JsonObjectSchema, nullish } from './common.js';
import { AttachmentSchema, FeedbackKindSchema, InferenceOptionsSchema, UserMessageContentSchema } from './content.js';
import { ThreadItemSchema } from './items.js';
import { StructuredInputAnswerSchema } from './tasks.js';
import { ThreadItemPageSchema, ThreadPageSchema, ThreadSchema } from './thread.js';
import { ActionSchema } from './widget-root.js';

/** A new user message. `attachments` (ids) and `inference_options` are required by the server, even empty. */
export const UserMessageInputSchema = z.object({
  content: z.array(UserMessageContentSchema),
  attachments: z.array(z.string()),
  quoted_text: nullish(z.string()),
  inference_options: InferenceOptionsSchema,
});
export type UserMessageInput = z.output<typeof UserMessageInputSchema>;

/** Answers to a pending `structured_input` item, keyed by input id. */
export const StructuredInputSubmissionSchema = z.object({
  status: z.optional(z.enum(['answered', 'skipped'])),
  answers: z.optional(z.record(z.string(), StructuredInputAnswerSchema)),
});
export type StructuredInputSubmission = z.output<typeof StructuredInputSubmissionSchema>;

const order = z.optional(z.enum(['asc', 'desc']));

function request<T extends string, P extends z.ZodMiniType>(type: T, params: P) {
  return z.object({ type: z.literal(type), params, metadata: nullish(JsonObjectSchema) });
}

const customActionParams = z.object({
  thread_id: z.string(),
  /** The widget item that fired the action; absent for `sendCustomAction(action)`. */
  item_id: nullish(z.string()),
  action: ActionSchema,
});

/** Request types whose reply is an SSE stream. */
export const STREAMING_REQUEST_TYPES = [
  'threads.create',
  'threads.add_user_message',
  'threads.add_client_tool_output',
  'threads.add_structured_input',
  'threads.retry_after_item',
  'threads.custom_action',
] as const;
export type StreamingRequestType = (typeof STREAMING_REQUEST_TYPES)[number];

/** Any ChatKit request body `{type, params, metadata?}`. */
export const ChatKitRequestSchema = z.discriminatedUnion('type', [
  request('threads.create', z.object({ input: UserMessageInputSchema })),
  request('threads.add_user_message', z.object({ thread_id: z.string(), input: UserMessageInputSchema })),
  request('threads.add_client_tool_output', z.object({ thread_id: z.string(), result: z.unknown() })),
  request(
    'threads.add_structured_input',
    z.object({ thread_id: z.string(), item_id: z.string(), input: StructuredInputSubmissionSchema }),
  ),
  request('threads.retry_after_item', z.object({ thread_id: z.string(), item_id: z.string() })),
  request('threads.custom_action', customActionParams),
  request('threads.sync_custom_action', customActionParams),
  request('threads.get_by_id', z.object({ thread_id: z.string() })),
  request(
    'threads.list',
    z.object({ limit: nullish(z.number()), order, after: nullish(z.string()) }),
  ),
  request('threads.update', z.object({ thread_id: z.string(), title: z.string() })),
  request('threads.delete', z.object({ thread_id: z.string() })),
  request(
    'items.list',
    z.object({ thread_id: z.string(), limit: nullish(z.number()), order, after: nullish(z.string()) }),
  ),
  request(
    'items.feedback',
    z.object({ thread_id: z.string(), item_ids: z.array(z.string()), kind: FeedbackKindSchema }),
  ),
  request('attachments.create', z.object({ name: z.string(), size: z.number(), mime_type: z.string() })),
  request('attachments.delete', z.object({ attachment_id: z.string() })),
  request('input.transcribe', z.object({ audio_base64: z.string(), mime_type: z.string() })),
]);
export type ChatKitRequest = z.output<typeof ChatKitRequestSchema>;
export type RequestType = ChatKitRequest['type'];
export type NonStreamingRequestType = Exclude<RequestType, StreamingRequestType>;
/** The request body of a given `type`. */
export type RequestOfType<T extends RequestType> = Extract<ChatKitRequest, { type: T }>;
/** The `params` of a given request type. */
export type ParamsOf<T extends RequestType> = RequestOfType<T>['params'];

/** Whether a request's reply is an SSE stream (decided before the body arrives). */
export function isStreamingRequestType(type: string): type is StreamingRequestType {
  return (STREAMING_REQUEST_TYPES as readonly string[]).includes(type);
}

const EmptyResponseSchema = z.object({});

/** Reply schema of every non-streaming request type. */
export const RESPONSE_SCHEMAS = {
  'threads.get_by_id': ThreadSchema,
  'threads.list': ThreadPageSchema,
  'threads.update': ThreadSchema,
  'threads.delete': EmptyResponseSchema,
  'items.list': ThreadItemPageSchema,
  'items.feedback': EmptyResponseSchema,
  'attachments.create': AttachmentSchema,
  'attachments.delete': EmptyResponseSchema,
  'input.transcribe': z.object({ text: z.string() }),
  /** `updated_item` absent means "nothing to change". */
  'threads.sync_custom_action': z.object({ updated_item: nullish(ThreadItemSchema) }),
} as const satisfies Record<NonStreamingRequestType, z.ZodMiniType>;

/** The decoded reply of a non-streaming request type. */
export type ResponseOf<T extends NonStreamingRequestType> = z.output<(typeof RESPONSE_SCHEMAS)[T]>;
