/**
 * `thread.item.updated` handlers: one pure function per `update.type` (protocol §2.2).
 *
 * Each returns a new item with only the changed path copied, or the very same item when the
 * update does not apply (wrong item type, out-of-range index, unknown node id) so the reducer can
 * skip the state change. Nothing here throws on odd server data.
 */
import type {
  Annotation,
  AssistantMessageContent,
  AssistantMessageItem,
  ThreadItem,
  ThreadItemUpdate,
  WidgetItem,
  WorkflowItem,
} from '../schemas/index.js';
import { appendStreamingText, replaceWidgetNode } from './widget-patch.js';

function emptyPart(): AssistantMessageContent {
  return { type: 'output_text', text: '', annotations: [] };
}

/**
 * How many missing parts an update may pad before its index. The server's reducer pads gaps, but
 * an index far past the end (`content_index: 1e9`) would make millions of parts and freeze or
 * crash the page, so such an update is ignored instead.
 */
export const MAX_CONTENT_GAP = 64;

/**
 * Copies `content` and makes sure index `index` exists, padding with empty `output_text` parts
 * as the server's own reducer does.
 */
function paddedCopy(content: readonly AssistantMessageContent[], index: number): AssistantMessageContent[] {
  const next = content.slice();
  while (next.length <= index) next.push(emptyPart());
  return next;
}

function isIndex(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

function withPart(
  item: AssistantMessageItem,
  index: number,
  change: (part: AssistantMessageContent) => AssistantMessageContent,
): AssistantMessageItem {
  if (!isIndex(index) || index > item.content.length + MAX_CONTENT_GAP) return item;
  const content = paddedCopy(item.content, index);
  // paddedCopy guarantees the slot exists.
  content[index] = change(content[index] as AssistantMessageContent);
  return { ...item, content };
}

/** `assistant_message.content_part.added`: `content[i] = part`. */
export function addContentPart(item: AssistantMessageItem, index: number, part: AssistantMessageContent): AssistantMessageItem {
  return withPart(item, index, () => part);
}

/** `assistant_message.content_part.text_delta`: `content[i].text += delta`. */
export function appendTextDelta(item: AssistantMessageItem, index: number, delta: string): AssistantMessageItem {
  return withPart(item, index, (part) => ({ ...part, text: part.text + delta }));
}

/** `assistant_message.content_part.annotation_added`: insert at `annotationIndex`, append when past the end. */
export function insertAnnotation(
  item: AssistantMessageItem,
  index: number,
  annotationIndex: number,
  annotation: Annotation,
): AssistantMessageItem {
  return withPart(item, index, (part) => {
    const annotations = part.annotations.slice();
    const at = Number.isInteger(annotationIndex) ? Math.min(Math.max(annotationIndex, 0), annotations.length) : annotations.length;
    annotations.splice(at, 0, annotation);
    return { ...part, annotations };
  });
}

/**
 * `assistant_message.content_part.done`: the final part replaces the streamed one. The Agents
 * integration sends `annotations: []` here even after `annotation_added` events, so streamed
 * annotations survive a done part that has none; `thread.item.done` later brings the
 * authoritative copy anyway.
 */
export function finishContentPart(item: AssistantMessageItem, index: number, done: AssistantMessageContent): AssistantMessageItem {
  return withPart(item, index, (part) =>
    done.annotations.length === 0 && part.annotations.length > 0 ? { ...done, annotations: part.annotations } : done,
  );
}

function patchWidget(item: WidgetItem, widget: WidgetItem['widget']): WidgetItem {
  return widget === item.widget ? item : { ...item, widget };
}

function patchWorkflow(item: WorkflowItem, tasks: WorkflowItem['workflow']['tasks']): WorkflowItem {
  return { ...item, workflow: { ...item.workflow, tasks } };
}

/**
 * Applies one `thread.item.updated` update to an item. Returns the same item when it does not
 * apply. `generated_image.updated` only sets the image here; its `progress` is the reducer's
 * business (kept beside the item).
 */
export function applyItemUpdate(item: ThreadItem, update: ThreadItemUpdate): ThreadItem {
  switch (update.type) {
    case 'assistant_message.content_part.added':
      return item.type === 'assistant_message' ? addContentPart(item, update.content_index, update.content) : item;
    case 'assistant_message.content_part.text_delta':
      return item.type === 'assistant_message' ? appendTextDelta(item, update.content_index, update.delta) : item;
    case 'assistant_message.content_part.annotation_added':
      return item.type === 'assistant_message'
        ? insertAnnotation(item, update.content_index, update.annotation_index, update.annotation)
        : item;
    case 'assistant_message.content_part.done':
      return item.type === 'assistant_message' ? finishContentPart(item, update.content_index, update.content) : item;
    case 'widget.streaming_text.value_delta':
      return item.type === 'widget'
        ? patchWidget(item, appendStreamingText(item.widget, update.component_id, update.delta, update.done))
        : item;
    case 'widget.root.updated':
      return item.type === 'widget' ? patchWidget(item, update.widget) : item;
    case 'widget.component.updated':
      return item.type === 'widget' ? patchWidget(item, replaceWidgetNode(item.widget, update.component_id, update.component)) : item;
    case 'workflow.task.added':
      // The server appends (`tasks.append`); task_index is just the resulting position.
      return item.type === 'workflow' ? patchWorkflow(item, [...item.workflow.tasks, update.task]) : item;
    case 'workflow.task.updated': {
      if (item.type !== 'workflow') return item;
      const { tasks } = item.workflow;
      const i = update.task_index;
      if (!isIndex(i) || i > tasks.length) return item;
      const next = tasks.slice();
      next[i] = update.task;
      return patchWorkflow(item, next);
    }
    case 'generated_image.updated':
      return item.type === 'generated_image' ? { ...item, image: update.image } : item;
    default:
      return item;
  }
}
