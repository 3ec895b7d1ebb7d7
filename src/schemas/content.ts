/**
 * Message content, sources/annotations, attachments and inference options (protocol §3.3–3.6).
 */
import * as z from 'zod/mini';
import { IconNameSchema, JsonObjectSchema, emptyObject, nullish, withDefault } from './common.js';

/** Plain user text. Not Markdown-rendered. */
export const InputTextContentSchema = z.object({
  type: z.literal('input_text'),
  text: z.string(),
});
export type InputTextContent = z.output<typeof InputTextContentSchema>;

/** An @-mention of an entity inside a user message. `data` is required by the server, so it defaults to `{}`. */
export const InputTagContentSchema = z.object({
  type: z.literal('input_tag'),
  id: z.string(),
  text: z.string(),
  data: withDefault(JsonObjectSchema, emptyObject),
  group: nullish(z.string()),
  interactive: withDefault(z.boolean(), () => false),
});
export type InputTagContent = z.output<typeof InputTagContentSchema>;

/** One part of a user message. */
export const UserMessageContentSchema = z.discriminatedUnion('type', [InputTextContentSchema, InputTagContentSchema]);
export type UserMessageContent = z.output<typeof UserMessageContentSchema>;

const sourceBase = {
  title: z.string(),
  description: nullish(z.string()),
  timestamp: nullish(z.string()),
  group: nullish(z.string()),
};

/** A web page cited by the assistant. */
export const URLSourceSchema = z.object({
  ...sourceBase,
  type: z.literal('url'),
  url: z.string(),
  attribution: nullish(z.string()),
});
export type URLSource = z.output<typeof URLSourceSchema>;

/** A file cited by the assistant. */
export const FileSourceSchema = z.object({
  ...sourceBase,
  type: z.literal('file'),
  filename: z.string(),
});
export type FileSource = z.output<typeof FileSourceSchema>;

/** An app entity cited by the assistant; `interactive` wires `entities.onClick`/`onRequestPreview`. */
export const EntitySourceSchema = z.object({
  ...sourceBase,
  type: z.literal('entity'),
  id: z.string(),
  icon: nullish(IconNameSchema),
  label: nullish(z.string()),
  inline_label: nullish(z.string()),
  interactive: withDefault(z.boolean(), () => false),
  data: withDefault(JsonObjectSchema, emptyObject),
  // Deprecated and ignored by clients; kept as a loose string so old servers still parse.
  preview: nullish(z.string()),
});
export type EntitySource = z.output<typeof EntitySourceSchema>;

/** Where an annotation points. */
export const SourceSchema = z.discriminatedUnion('type', [URLSourceSchema, FileSourceSchema, EntitySourceSchema]);
export type Source = z.output<typeof SourceSchema>;

/** A citation; `index` is the character offset in the text where its marker goes. */
export const AnnotationSchema = z.object({
  type: withDefault(z.literal('annotation'), () => 'annotation' as const),
  source: SourceSchema,
  index: nullish(z.number()),
});
export type Annotation = z.output<typeof AnnotationSchema>;

/** The only assistant content-part type: Markdown text plus its annotations. */
export const AssistantMessageContentSchema = z.object({
  type: z.literal('output_text'),
  text: z.string(),
  annotations: withDefault(z.array(AnnotationSchema), () => []),
});
export type AssistantMessageContent = z.output<typeof AssistantMessageContentSchema>;

/** Where and how to upload the bytes of a two-phase attachment. */
export const UploadDescriptorSchema = z.object({
  url: z.string(),
  method: z.enum(['POST', 'PUT']),
  headers: withDefault(z.record(z.string(), z.string()), () => ({})),
});
export type UploadDescriptor = z.output<typeof UploadDescriptorSchema>;

const attachmentBase = {
  id: z.string(),
  name: z.string(),
  mime_type: z.string(),
  upload_descriptor: nullish(UploadDescriptorSchema),
  /** Set once a user message that uses the attachment has been saved. */
  thread_id: nullish(z.string()),
};

/** A non-image attachment. */
export const FileAttachmentSchema = z.object({ ...attachmentBase, type: z.literal('file') });
export type FileAttachment = z.output<typeof FileAttachmentSchema>;

/** An image attachment with a (possibly short-lived) preview URL. */
export const ImageAttachmentSchema = z.object({
  ...attachmentBase,
  type: z.literal('image'),
  preview_url: z.string(),
});
export type ImageAttachment = z.output<typeof ImageAttachmentSchema>;

/** An uploaded file as the server describes it. */
export const AttachmentSchema = z.discriminatedUnion('type', [FileAttachmentSchema, ImageAttachmentSchema]);
export type Attachment = z.output<typeof AttachmentSchema>;

/** The composer's tool menu choice. */
export const ToolChoiceSchema = z.object({ id: z.string() });
export type ToolChoice = z.output<typeof ToolChoiceSchema>;

/** Per-message tool and model selection (`{}` when nothing was picked). */
export const InferenceOptionsSchema = z.object({
  tool_choice: nullish(ToolChoiceSchema),
  model: nullish(z.string()),
});
export type InferenceOptions = z.output<typeof InferenceOptionsSchema>;

/** Feedback sentiment for `items.feedback`. */
export const FeedbackKindSchema = z.enum(['positive', 'negative']);
export type FeedbackKind = z.output<typeof FeedbackKindSchema>;
