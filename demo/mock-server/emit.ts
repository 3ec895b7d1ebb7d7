import { toDeltas } from './content.js';
import type { MockStore, ThreadRecord } from './store.js';
import type { Annotation, AssistantMessageItem, Events, JsonObject, OutputText, StreamEvent } from './types.js';

/** What every scripted step needs: the store (for ids and timestamps) and the thread it answers in. */
export interface TurnContext {
  store: MockStore;
  thread: ThreadRecord;
}

/** `{id, thread_id, created_at}` of a new item, in the captures' key order. */
export function itemBase(ctx: TurnContext, prefix = 'msg'): { id: string; thread_id: string; created_at: string } {
  return { id: ctx.store.newId(prefix), thread_id: ctx.thread.id, created_at: ctx.store.now() };
}

export function progress(text: string, icon = 'sparkle'): StreamEvent {
  return { type: 'progress_update', icon, text };
}

export function toast(message: string): StreamEvent {
  return { type: 'client_effect', name: 'toast', data: { message } satisfies JsonObject };
}

/**
 * A streamed assistant message, in the reference server's order: `added` (empty content),
 * `content_part.added`, word-sized `text_delta`s, `annotation_added`s, `content_part.done`, `done`.
 */
export function* assistantMessage(ctx: TurnContext, text: string, annotations: Annotation[] = []): Events {
  const base = itemBase(ctx);
  const empty: AssistantMessageItem = { ...base, type: 'assistant_message', content: [] };
  yield { type: 'thread.item.added', item: empty };
  yield {
    type: 'thread.item.updated',
    item_id: base.id,
    update: { type: 'assistant_message.content_part.added', content_index: 0, content: { annotations: [], text: '', type: 'output_text' } },
  };
  for (const delta of toDeltas(text)) {
    yield { type: 'thread.item.updated', item_id: base.id, update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta } };
  }
  for (const [annotationIndex, annotation] of annotations.entries()) {
    yield {
      type: 'thread.item.updated',
      item_id: base.id,
      update: { type: 'assistant_message.content_part.annotation_added', content_index: 0, annotation_index: annotationIndex, annotation },
    };
  }
  const part: OutputText = { annotations, text, type: 'output_text' };
  yield { type: 'thread.item.updated', item_id: base.id, update: { type: 'assistant_message.content_part.done', content_index: 0, content: part } };
  yield { type: 'thread.item.done', item: { ...empty, content: [part] } };
}
