/**
 * Server-sent stream events (protocol §2.1) and item updates (§2.2).
 */
import * as z from 'zod/mini';
import { IconNameSchema, JsonObjectSchema, emptyObject, nullish, withDefault } from './common.js';
import { AnnotationSchema, AssistantMessageContentSchema } from './content.js';
import { GeneratedImageSchema, ThreadItemSchema } from './items.js';
import { TaskSchema } from './tasks.js';
import { ThreadSchema } from './thread.js';
import { WidgetNodeSchema, WidgetRootSchema } from './widget-root.js';

// Indices are ints on the server, but JSON numbers may arrive as floats (`0.0`).
const index = z.number();

/** Incremental change to one item (`thread.item.updated.update`). */
export const ThreadItemUpdateSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('assistant_message.content_part.added'),
    content_index: index,
    content: AssistantMessageContentSchema,
  }),
  z.object({
    type: z.literal('assistant_message.content_part.text_delta'),
    content_index: index,
    delta: z.string(),
  }),
  z.object({
    type: z.literal('assistant_message.content_part.annotation_added'),
    content_index: index,
    annotation_index: index,
    annotation: AnnotationSchema,
  }),
  z.object({
    type: z.literal('assistant_message.content_part.done'),
    content_index: index,
    content: AssistantMessageContentSchema,
  }),
  z.object({
    type: z.literal('widget.streaming_text.value_delta'),
    component_id: z.string(),
    delta: z.string(),
    done: withDefault(z.boolean(), () => false),
  }),
  z.object({
    type: z.literal('widget.root.updated'),
    widget: WidgetRootSchema,
  }),
  z.object({
    type: z.literal('widget.component.updated'),
    component_id: z.string(),
    component: WidgetNodeSchema,
  }),
  z.object({
    type: z.literal('workflow.task.added'),
    task_index: index,
    task: TaskSchema,
  }),
  z.object({
    type: z.literal('workflow.task.updated'),
    task_index: index,
    task: TaskSchema,
  }),
  z.object({
    type: z.literal('generated_image.updated'),
    image: GeneratedImageSchema,
    /** 0–1. */
    progress: nullish(z.number()),
  }),
]);
export type ThreadItemUpdate = z.output<typeof ThreadItemUpdateSchema>;
export type ThreadItemUpdateType = ThreadItemUpdate['type'];
/** The update of a given `type`. */
export type ThreadItemUpdateOfType<T extends ThreadItemUpdateType> = Extract<ThreadItemUpdate, { type: T }>;

/** Error codes are open-ended: unknown codes are kept and treated like `stream.error`. */
export const ErrorEventSchema = z.object({
  type: z.literal('error'),
  code: withDefault(z.string(), () => 'custom'),
  message: nullish(z.string()),
  allow_retry: withDefault(z.boolean(), () => false),
});
export type ErrorEvent = z.output<typeof ErrorEventSchema>;

/** One SSE `data:` payload. */
export const ThreadStreamEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('thread.created'), thread: ThreadSchema }),
  z.object({ type: z.literal('thread.updated'), thread: ThreadSchema }),
  z.object({ type: z.literal('thread.item.added'), item: ThreadItemSchema }),
  z.object({ type: z.literal('thread.item.updated'), item_id: z.string(), update: ThreadItemUpdateSchema }),
  z.object({ type: z.literal('thread.item.done'), item: ThreadItemSchema }),
  z.object({ type: z.literal('thread.item.removed'), item_id: z.string() }),
  z.object({ type: z.literal('thread.item.replaced'), item: ThreadItemSchema }),
  z.object({
    type: z.literal('stream_options'),
    stream_options: z.object({ allow_cancel: withDefault(z.boolean(), () => true) }),
  }),
  z.object({ type: z.literal('progress_update'), icon: nullish(IconNameSchema), text: z.string() }),
  z.object({
    type: z.literal('client_effect'),
    name: z.string(),
    data: withDefault(JsonObjectSchema, emptyObject),
  }),
  ErrorEventSchema,
  z.object({
    type: z.literal('notice'),
    level: z.enum(['info', 'warning', 'danger']),
    /** Markdown. */
    message: z.string(),
    title: nullish(z.string()),
  }),
]);
export type ThreadStreamEvent = z.output<typeof ThreadStreamEventSchema>;
export type ThreadStreamEventType = ThreadStreamEvent['type'];
/** The event of a given `type`. */
export type ThreadStreamEventOfType<T extends ThreadStreamEventType> = Extract<ThreadStreamEvent, { type: T }>;
