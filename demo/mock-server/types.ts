/**
 * Wire shapes the mock server produces. The mock runs in Node (through Vite's config bundler and
 * plain esbuild), so it cannot import the zod schemas of `src/schemas/`; these hand-written types
 * are kept loose where the mock only passes data through, and the node tests check every event
 * the mock emits against the real `ThreadStreamEventSchema`.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A widget node: `type` plus camelCase props, children and actions. */
export type WidgetNode = { type: string } & { [key: string]: Json };

export type ThreadStatus = { type: 'active' } | { type: 'locked' | 'closed'; reason?: string };

export interface Page<T> {
  data: T[];
  has_more: boolean;
  after?: string;
}

export interface Thread {
  title?: string;
  id: string;
  created_at: string;
  status: ThreadStatus;
  metadata: JsonObject;
  items: Page<ThreadItem>;
}

export interface Attachment {
  id: string;
  name: string;
  mime_type: string;
  upload_descriptor?: { url: string; method: 'POST' | 'PUT'; headers: Record<string, string> };
  thread_id?: string;
  type: 'file' | 'image';
  preview_url?: string;
}

export type Source =
  | { title: string; description?: string; type: 'url'; url: string }
  | { title: string; type: 'entity'; id: string; icon?: string; interactive: boolean; data: Record<string, string> };

export interface Annotation {
  type: 'annotation';
  source: Source;
  index?: number;
}

export interface OutputText {
  annotations: Annotation[];
  text: string;
  type: 'output_text';
}

export type UserContent =
  | { type: 'input_text'; text: string }
  | { type: 'input_tag'; id: string; text: string; data: JsonObject; group?: string; interactive: boolean };

interface ItemBase {
  id: string;
  thread_id: string;
  created_at: string;
}

export interface UserMessageItem extends ItemBase {
  type: 'user_message';
  content: UserContent[];
  attachments: Attachment[];
  quoted_text?: string;
  inference_options: JsonObject;
}

export interface AssistantMessageItem extends ItemBase {
  type: 'assistant_message';
  content: OutputText[];
}

export interface WidgetItem extends ItemBase {
  type: 'widget';
  widget: WidgetNode;
  copy_text?: string;
}

export interface ClientToolCallItem extends ItemBase {
  type: 'client_tool_call';
  status: 'pending' | 'completed';
  call_id: string;
  name: string;
  arguments: JsonObject;
  output?: Json;
}

export interface GeneratedImageItem extends ItemBase {
  type: 'generated_image';
  image?: { id: string; url: string };
}

export interface StructuredAnswer {
  values: string[];
  skipped: boolean;
}

export type StructuredInput = { id: string; question: string; answer?: StructuredAnswer } & (
  | { type: 'multiple_choice'; options: { value: string }[]; multiple: boolean }
  | { type: 'freeform'; description?: string }
);

export interface StructuredInputItem extends ItemBase {
  type: 'structured_input';
  status: 'pending' | 'answered' | 'skipped';
  inputs: StructuredInput[];
}

export type Task = { status_indicator: 'none' | 'loading' | 'complete'; type: string } & { [key: string]: Json };

export interface Workflow {
  type: 'custom' | 'reasoning';
  tasks: Task[];
  summary?: { title: string; icon?: string } | { duration: number };
  expanded: boolean;
}

export interface WorkflowItem extends ItemBase {
  type: 'workflow';
  workflow: Workflow;
}

export interface HiddenItem extends ItemBase {
  type: 'sdk_hidden_context';
  content: string;
}

export type ThreadItem =
  | UserMessageItem
  | AssistantMessageItem
  | WidgetItem
  | ClientToolCallItem
  | GeneratedImageItem
  | StructuredInputItem
  | WorkflowItem
  | HiddenItem;

export type ItemUpdate =
  | { type: 'assistant_message.content_part.added'; content_index: number; content: OutputText }
  | { type: 'assistant_message.content_part.text_delta'; content_index: number; delta: string }
  | {
      type: 'assistant_message.content_part.annotation_added';
      content_index: number;
      annotation_index: number;
      annotation: Annotation;
    }
  | { type: 'assistant_message.content_part.done'; content_index: number; content: OutputText }
  | { type: 'widget.streaming_text.value_delta'; component_id: string; delta: string; done: boolean }
  | { type: 'widget.root.updated'; widget: WidgetNode }
  | { type: 'workflow.task.added'; task_index: number; task: Task }
  | { type: 'workflow.task.updated'; task_index: number; task: Task }
  | { type: 'generated_image.updated'; image: { id: string; url: string }; progress?: number };

export type StreamEvent =
  | { type: 'thread.created'; thread: Thread }
  | { type: 'thread.updated'; thread: Thread }
  | { type: 'thread.item.added'; item: ThreadItem }
  | { type: 'thread.item.updated'; item_id: string; update: ItemUpdate }
  | { type: 'thread.item.done'; item: ThreadItem }
  | { type: 'thread.item.removed'; item_id: string }
  | { type: 'thread.item.replaced'; item: ThreadItem }
  | { type: 'stream_options'; stream_options: { allow_cancel: boolean } }
  | { type: 'progress_update'; icon?: string; text: string }
  | { type: 'client_effect'; name: string; data: JsonObject }
  | { type: 'error'; code: 'stream.error' | 'custom'; message?: string; allow_retry: boolean }
  | { type: 'notice'; level: 'info' | 'warning' | 'danger'; message: string; title?: string };

/**
 * The events of one response, in order. Plain generators: the SSE writer does the pacing, and
 * stopping iteration (client abort) runs the generator's `finally` blocks.
 */
export type Events = Generator<StreamEvent, void, undefined>;
