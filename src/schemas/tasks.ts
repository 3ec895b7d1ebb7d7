/**
 * Tasks, workflows and structured input (protocol §3.7–3.8).
 */
import * as z from 'zod/mini';
import { FileSourceSchema, URLSourceSchema } from './content.js';
import { IconNameSchema, nullish, withDefault } from './common.js';

/** Only meaningful inside a workflow. */
export const TaskStatusIndicatorSchema = z.enum(['none', 'loading', 'complete']);
export type TaskStatusIndicator = z.output<typeof TaskStatusIndicatorSchema>;

const taskBase = {
  status_indicator: withDefault(TaskStatusIndicatorSchema, () => 'none' as const),
  title: nullish(z.string()),
};

/** A free-form step: title, icon and text. */
export const CustomTaskSchema = z.object({
  ...taskBase,
  type: z.literal('custom'),
  icon: nullish(IconNameSchema),
  content: nullish(z.string()),
});
export type CustomTask = z.output<typeof CustomTaskSchema>;

/** A web search with its queries and the pages found. */
export const WebSearchTaskSchema = z.object({
  ...taskBase,
  type: z.literal('web_search'),
  title_query: nullish(z.string()),
  queries: withDefault(z.array(z.string()), () => []),
  sources: withDefault(z.array(URLSourceSchema), () => []),
});
export type WebSearchTask = z.output<typeof WebSearchTaskSchema>;

/** A reasoning summary, streamed through repeated `workflow.task.updated`. */
export const ThoughtTaskSchema = z.object({
  ...taskBase,
  type: z.literal('thought'),
  content: z.string(),
});
export type ThoughtTask = z.output<typeof ThoughtTaskSchema>;

/** Files consulted. */
export const FileTaskSchema = z.object({
  ...taskBase,
  type: z.literal('file'),
  sources: withDefault(z.array(FileSourceSchema), () => []),
});
export type FileTask = z.output<typeof FileTaskSchema>;

/** An image step (title only). */
export const ImageTaskSchema = z.object({
  ...taskBase,
  type: z.literal('image'),
});
export type ImageTask = z.output<typeof ImageTaskSchema>;

/** One step of a workflow, or a standalone `task` item. */
export const TaskSchema = z.discriminatedUnion('type', [
  CustomTaskSchema,
  WebSearchTaskSchema,
  ThoughtTaskSchema,
  FileTaskSchema,
  ImageTaskSchema,
]);
export type Task = z.output<typeof TaskSchema>;
export type TaskType = Task['type'];

/** `{title, icon?}` for custom workflows. */
export const CustomSummarySchema = z.object({ title: z.string(), icon: nullish(IconNameSchema) });
export type CustomSummary = z.output<typeof CustomSummarySchema>;
/** `{duration}` in seconds, e.g. "Thought for 5s". */
export const DurationSummarySchema = z.object({ duration: z.number() });
export type DurationSummary = z.output<typeof DurationSummarySchema>;

/** Not discriminated on the wire: told apart by which keys are present. */
export const WorkflowSummarySchema = z.union([CustomSummarySchema, DurationSummarySchema]);
export type WorkflowSummary = z.output<typeof WorkflowSummarySchema>;

/** A collapsible group of tasks (reasoning or tool steps). */
export const WorkflowSchema = z.object({
  type: z.enum(['custom', 'reasoning']),
  tasks: withDefault(z.array(TaskSchema), () => []),
  summary: nullish(WorkflowSummarySchema),
  expanded: withDefault(z.boolean(), () => false),
});
export type Workflow = z.output<typeof WorkflowSchema>;

/** An answer to one structured-input question. */
export const StructuredInputAnswerSchema = z.object({
  values: withDefault(z.array(z.string()), () => []),
  skipped: withDefault(z.boolean(), () => false),
});
export type StructuredInputAnswer = z.output<typeof StructuredInputAnswerSchema>;

const inputBase = {
  id: z.string(),
  question: z.string(),
  answer: nullish(StructuredInputAnswerSchema),
};

/** Options are suggestions: a free-form custom answer is allowed too. */
export const MultipleChoiceInputSchema = z.object({
  ...inputBase,
  type: z.literal('multiple_choice'),
  options: withDefault(z.array(z.object({ value: z.string() })), () => []),
  multiple: withDefault(z.boolean(), () => false),
});
export type MultipleChoiceInput = z.output<typeof MultipleChoiceInputSchema>;

/** A free-text question. */
export const FreeformInputSchema = z.object({
  ...inputBase,
  type: z.literal('freeform'),
  description: nullish(z.string()),
});
export type FreeformInput = z.output<typeof FreeformInputSchema>;

/** One question of a `structured_input` item. */
export const StructuredInputSchema = z.discriminatedUnion('type', [MultipleChoiceInputSchema, FreeformInputSchema]);
export type StructuredInput = z.output<typeof StructuredInputSchema>;

/** Status of a `structured_input` item. */
export const StructuredInputStatusSchema = z.enum(['pending', 'answered', 'skipped']);
export type StructuredInputStatus = z.output<typeof StructuredInputStatusSchema>;
