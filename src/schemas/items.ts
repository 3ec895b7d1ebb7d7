/**
 * Thread items (protocol §3.2), discriminated on `type`.
 */
import * as z from 'zod/mini';
import { JsonObjectSchema, TimestampSchema, emptyObject, nullish, withDefault } from './common.js';
import {
  AssistantMessageContentSchema,
  AttachmentSchema,
  InferenceOptionsSchema,
  UserMessageContentSchema,
} from './content.js';
import { StructuredInputSchema, StructuredInputStatusSchema, TaskSchema, WorkflowSchema } from './tasks.js';
import { WidgetRootSchema } from './widget-root.js';

const itemBase = {
  id: z.string(),
  thread_id: z.string(),
  created_at: TimestampSchema,
};

/** What the user sent, with attachment ids expanded into full attachments. */
export const UserMessageItemSchema = z.object({
  ...itemBase,
  type: z.literal('user_message'),
  content: z.array(UserMessageContentSchema),
  attachments: withDefault(z.array(AttachmentSchema), () => []),
  quoted_text: nullish(z.string()),
  inference_options: withDefault(InferenceOptionsSchema, () => ({})),
});
export type UserMessageItem = z.output<typeof UserMessageItemSchema>;

/** Markdown answer with inline annotations; streamed via `assistant_message.content_part.*`. */
export const AssistantMessageItemSchema = z.object({
  ...itemBase,
  type: z.literal('assistant_message'),
  content: withDefault(z.array(AssistantMessageContentSchema), () => []),
});
export type AssistantMessageItem = z.output<typeof AssistantMessageItemSchema>;

/** A call the client must run; answered with `threads.add_client_tool_output`. */
export const ClientToolCallItemSchema = z.object({
  ...itemBase,
  type: z.literal('client_tool_call'),
  status: withDefault(z.enum(['pending', 'completed']), () => 'pending' as const),
  call_id: z.string(),
  name: z.string(),
  arguments: withDefault(JsonObjectSchema, emptyObject),
  output: z.optional(z.unknown()),
});
export type ClientToolCallItem = z.output<typeof ClientToolCallItemSchema>;

/** A widget tree; `copy_text` is what the copy button copies. */
export const WidgetItemSchema = z.object({
  ...itemBase,
  type: z.literal('widget'),
  widget: WidgetRootSchema,
  copy_text: nullish(z.string()),
});
export type WidgetItem = z.output<typeof WidgetItemSchema>;

/** A generated image; `url` may be a `data:` URL. */
export const GeneratedImageSchema = z.object({ id: z.string(), url: z.string() });
export type GeneratedImage = z.output<typeof GeneratedImageSchema>;

/** `image` is absent while the image is still being generated. */
export const GeneratedImageItemSchema = z.object({
  ...itemBase,
  type: z.literal('generated_image'),
  image: nullish(GeneratedImageSchema),
});
export type GeneratedImageItem = z.output<typeof GeneratedImageItemSchema>;

/** Questions shown in place of the composer until answered or skipped. */
export const StructuredInputItemSchema = z.object({
  ...itemBase,
  type: z.literal('structured_input'),
  status: withDefault(StructuredInputStatusSchema, () => 'pending' as const),
  inputs: withDefault(z.array(StructuredInputSchema), () => []),
});
export type StructuredInputItem = z.output<typeof StructuredInputItemSchema>;

/** A collapsible group of tasks. */
export const WorkflowItemSchema = z.object({
  ...itemBase,
  type: z.literal('workflow'),
  workflow: WorkflowSchema,
});
export type WorkflowItem = z.output<typeof WorkflowItemSchema>;

/** A single standalone task. */
export const TaskItemSchema = z.object({
  ...itemBase,
  type: z.literal('task'),
  task: TaskSchema,
});
export type TaskItem = z.output<typeof TaskItemSchema>;

/** UI hint only; renders nothing. */
export const EndOfTurnItemSchema = z.object({ ...itemBase, type: z.literal('end_of_turn') });
export type EndOfTurnItem = z.output<typeof EndOfTurnItemSchema>;

/** Server-side context that should never reach a client; parsed so it can be ignored. */
export const HiddenContextItemSchema = z.object({
  ...itemBase,
  type: z.literal('hidden_context_item'),
  content: z.optional(z.unknown()),
});
export type HiddenContextItem = z.output<typeof HiddenContextItemSchema>;

/** SDK bookkeeping (e.g. "the user cancelled the stream"); never rendered. */
export const SDKHiddenContextItemSchema = z.object({
  ...itemBase,
  type: z.literal('sdk_hidden_context'),
  content: z.string(),
});
export type SDKHiddenContextItem = z.output<typeof SDKHiddenContextItemSchema>;

/** Any item of a thread. */
export const ThreadItemSchema = z.discriminatedUnion('type', [
  UserMessageItemSchema,
  AssistantMessageItemSchema,
  ClientToolCallItemSchema,
  WidgetItemSchema,
  GeneratedImageItemSchema,
  StructuredInputItemSchema,
  WorkflowItemSchema,
  TaskItemSchema,
  EndOfTurnItemSchema,
  HiddenContextItemSchema,
  SDKHiddenContextItemSchema,
]);
export type ThreadItem = z.output<typeof ThreadItemSchema>;
export type ThreadItemType = ThreadItem['type'];

/** Item types a client must never render (protocol §2.3 point 7). */
export const HIDDEN_ITEM_TYPES: readonly ThreadItemType[] = ['hidden_context_item', 'sdk_hidden_context'];
