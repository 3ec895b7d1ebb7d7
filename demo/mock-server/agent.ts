import { defaultAnswer, longAnswer, toDeltas } from './content.js';
import { assistantMessage, itemBase, progress, toast } from './emit.js';
import type { TurnContext } from './emit.js';
import { demoImagePng, pngDataUrl } from './png.js';
import type {
  ClientToolCallItem,
  Events,
  GeneratedImageItem,
  StructuredInputItem,
  Task,
  UserMessageItem,
  WidgetItem,
  WorkflowItem,
} from './types.js';
import { CARD_SUMMARY, colourList, colourListCopyText, formCard, ORDER_ID, orderCard } from './widgets.js';

/*
 * The scripted agent. It picks its response from words in the user's text (case-insensitive,
 * whole words, plurals too). Keep this list in sync with README.md.
 *
 *   (none)                  progress "Thinking…", then a streamed Markdown answer with one url annotation
 *   widget | card | demo    + an order Card (server/client/sync actions) and a ListView, then a toast effect
 *   form                    + a Form card with every input control (submits demo.submit_form)
 *   live                    + the order Card streamed: added, streaming_text deltas, root.updated, done
 *   notice                  a warning `notice` first, then a short answer
 *   workflow                a workflow item (added, task added/updated, done) before the answer
 *   image                   a generated_image item with two partial images before the answer
 *   slow | long             a ~3,000-word answer (try Stop)
 *   tool                    ends with a pending client_tool_call `get_client_time`
 *   toolfail                ends with a pending client_tool_call `open_unknown_tool` (the demo's handler throws)
 *   question                ends with a pending structured_input item
 *   error                   an in-band `error` {code:"custom", allow_retry:true}
 *   crash                   an in-band `error` {code:"stream.error", allow_retry:true}
 *
 * `error` and `crash` only fail the first time: `threads.retry_after_item` on that message
 * answers normally, so the Retry button can be seen working.
 */
export const TRIGGERS = {
  widget: /\b(widgets?|cards?|demo)\b/i,
  form: /\bforms?\b/i,
  live: /\blive\b/i,
  notice: /\bnotices?\b/i,
  workflow: /\bworkflows?\b/i,
  image: /\bimages?\b/i,
  slow: /\b(slow|long)\b/i,
  tool: /\btools?\b/i,
  toolfail: /\btoolfail\b/i,
  question: /\bquestions?\b/i,
  error: /\berrors?\b/i,
  crash: /\bcrash(es|ed)?\b/i,
} as const;

export type Trigger = keyof typeof TRIGGERS;

export function detectTriggers(text: string): Set<Trigger> {
  const found = new Set<Trigger>();
  for (const [name, pattern] of Object.entries(TRIGGERS)) if (pattern.test(text)) found.add(name as Trigger);
  return found;
}

export function messageText(message: UserMessageItem): string {
  return message.content.map((part) => part.text).join('');
}

/** A line or two acknowledging what the composer sent besides text. */
function introFor(message: UserMessageItem, retry: boolean): string | undefined {
  const lines: string[] = [];
  if (retry) lines.push('**Retry worked.** Here is a fresh answer.');
  if (message.quoted_text) lines.push(`You replied to: “${message.quoted_text}”.`);
  const tags = message.content.flatMap((part) => (part.type === 'input_tag' ? [part.text] : []));
  if (tags.length > 0) lines.push(`You mentioned ${tags.map((tag) => `**@${tag}**`).join(', ')}.`);
  if (message.attachments.length > 0) {
    lines.push(`You attached ${message.attachments.map((a) => `**${a.name}** (${a.mime_type})`).join(', ')}.`);
  }
  const tool = message.inference_options.tool_choice;
  if (tool && typeof tool === 'object' && !Array.isArray(tool) && typeof tool.id === 'string') lines.push(`Tool chosen: \`${tool.id}\`.`);
  const model = message.inference_options.model;
  if (typeof model === 'string') lines.push(`Model chosen: \`${model}\`.`);
  return lines.length > 0 ? lines.join(' ') : undefined;
}

function* workflow(ctx: TurnContext): Events {
  const base = itemBase(ctx, 'wf');
  const item: WorkflowItem = { ...base, type: 'workflow', workflow: { type: 'custom', tasks: [], expanded: true } };
  yield { type: 'thread.item.added', item };
  const search: Task = {
    status_indicator: 'loading',
    type: 'web_search',
    title: 'Searching the docs',
    title_query: 'chatkit protocol',
    queries: ['chatkit sse framing'],
    sources: [],
  };
  yield { type: 'thread.item.updated', item_id: base.id, update: { type: 'workflow.task.added', task_index: 0, task: search } };
  const found: Task = { ...search, status_indicator: 'complete', sources: [{ title: 'Example Domain', type: 'url', url: 'https://example.com' }] };
  yield { type: 'thread.item.updated', item_id: base.id, update: { type: 'workflow.task.updated', task_index: 0, task: found } };
  const thought: Task = { status_indicator: 'complete', type: 'thought', title: 'Thinking', content: 'Comparing the options…' };
  yield { type: 'thread.item.updated', item_id: base.id, update: { type: 'workflow.task.added', task_index: 1, task: thought } };
  const custom: Task = { status_indicator: 'complete', type: 'custom', title: 'Checked inventory', icon: 'cube', content: '3 in stock' };
  yield { type: 'thread.item.updated', item_id: base.id, update: { type: 'workflow.task.added', task_index: 2, task: custom } };
  yield {
    type: 'thread.item.done',
    item: { ...item, workflow: { type: 'custom', tasks: [found, thought, custom], summary: { title: 'Looked things up', icon: 'search' }, expanded: false } },
  };
}

function* generatedImage(ctx: TurnContext): Events {
  yield progress('Generating image…', 'images');
  const base = itemBase(ctx);
  const imageId = ctx.store.newId('img');
  const item: GeneratedImageItem = { ...base, type: 'generated_image' };
  yield { type: 'thread.item.added', item };
  const partials = [16, 6];
  for (const [index, block] of partials.entries()) {
    yield {
      type: 'thread.item.updated',
      item_id: base.id,
      update: { type: 'generated_image.updated', image: { id: imageId, url: pngDataUrl(demoImagePng(block)) }, progress: (index + 1) / (partials.length + 1) },
    };
  }
  yield { type: 'thread.item.done', item: { ...item, image: { id: imageId, url: pngDataUrl(demoImagePng()) } } };
}

export const ORDER_COPY_TEXT = `Order ${ORDER_ID}: 3 items, total $12.50`;

function widgetItem(ctx: TurnContext, widget: WidgetItem['widget'], copyText?: string): WidgetItem {
  return { ...itemBase(ctx), type: 'widget', widget, ...(copyText ? { copy_text: copyText } : {}) };
}

function* widgets(ctx: TurnContext): Events {
  yield { type: 'thread.item.done', item: widgetItem(ctx, orderCard({ count: 0, approved: false }), ORDER_COPY_TEXT) };
  yield { type: 'thread.item.done', item: widgetItem(ctx, colourList(), colourListCopyText) };
  yield toast('Widget ready');
}

/** The order card built up live, as `server.stream_widget` would send it. */
function* liveCard(ctx: TurnContext): Events {
  const item = widgetItem(ctx, orderCard({ count: 0, approved: false, summary: '', streaming: true }), ORDER_COPY_TEXT);
  yield { type: 'thread.item.added', item };
  for (const delta of toDeltas(CARD_SUMMARY)) {
    yield { type: 'thread.item.updated', item_id: item.id, update: { type: 'widget.streaming_text.value_delta', component_id: 'summary', delta, done: false } };
  }
  const final = orderCard({ count: 0, approved: false });
  yield { type: 'thread.item.updated', item_id: item.id, update: { type: 'widget.root.updated', widget: final } };
  yield { type: 'thread.item.done', item: { ...item, widget: final } };
}

function* toolCall(ctx: TurnContext, intro: string, name: string, args: ClientToolCallItem['arguments']): Events {
  yield* assistantMessage(ctx, intro);
  const item: ClientToolCallItem = {
    ...itemBase(ctx, 'tc'),
    type: 'client_tool_call',
    status: 'pending',
    call_id: ctx.store.newId('call'),
    name,
    arguments: args,
  };
  yield { type: 'thread.item.done', item };
}

/** Like the reference demo, the pending item alone ends the turn: the client shows it in place of the composer. */
function* question(ctx: TurnContext): Events {
  const item: StructuredInputItem = {
    ...itemBase(ctx),
    type: 'structured_input',
    status: 'pending',
    inputs: [
      { id: 'size', question: 'Which size?', type: 'multiple_choice', options: [{ value: 'S' }, { value: 'M' }, { value: 'L' }], multiple: false },
      {
        id: 'extras',
        question: 'Any extras?',
        type: 'multiple_choice',
        options: [{ value: 'Oat milk' }, { value: 'Extra shot' }, { value: 'Vanilla' }],
        multiple: true,
      },
      { id: 'notes', question: 'Anything else?', type: 'freeform', description: 'Optional' },
    ],
  };
  yield { type: 'thread.item.done', item };
}

/** The "events" tool's answer: the same question, answered by an event finder. */
function eventFinderAnswer(query: string): string {
  return [
    `**Event finder** — results for “${query.trim() || 'anything'}”:`,
    '',
    '1. *Web Components Meetup* — Thu 18:30, Lisbon',
    '2. *Accessible UI Workshop* — Sat 10:00, online',
    '3. *Streaming UX Night* — next Tue 19:00, Berlin',
    '',
    'Switch the tool off to chat normally again.',
  ].join('\n');
}

/** Responds to a user message (new, or re-run by `threads.retry_after_item` with `retry`). */
export function* respond(ctx: TurnContext, message: UserMessageItem, retry = false): Events {
  const triggers = detectTriggers(messageText(message));
  if (triggers.has('crash') && !retry) {
    yield { type: 'error', code: 'stream.error', allow_retry: true };
    return;
  }
  if (triggers.has('error') && !retry) {
    yield progress('About to fail…', 'bug');
    yield { type: 'error', code: 'custom', message: 'The demo agent hit a simulated error.', allow_retry: true };
    return;
  }
  if (triggers.has('notice')) {
    yield { type: 'notice', level: 'warning', title: 'Heads up', message: 'This is a **notice** from the mock agent. It is shown once and [never stored](https://example.com).' };
  }
  // Composer tools pick a mode: the demo's "events" tool answers as an event finder.
  const choice = message.inference_options['tool_choice'];
  const tool = choice && typeof choice === 'object' && !Array.isArray(choice) ? choice['id'] : undefined;
  if (tool === 'events') {
    yield progress('Looking for events…', 'calendar');
    yield* assistantMessage(ctx, eventFinderAnswer(messageText(message)));
    return;
  }
  yield progress('Thinking…');
  if (triggers.has('workflow')) yield* workflow(ctx);
  if (triggers.has('image')) yield* generatedImage(ctx);
  if (triggers.has('toolfail')) {
    yield* toolCall(ctx, 'Let me ask your browser to run a tool it does not have.', 'open_unknown_tool', { target: 'nowhere' });
    return;
  }
  if (triggers.has('tool')) {
    yield* toolCall(ctx, 'Let me ask your browser what time it is.', 'get_client_time', { format: 'iso' });
    return;
  }
  if (triggers.has('question')) {
    yield* question(ctx);
    return;
  }
  if (triggers.has('slow')) yield* assistantMessage(ctx, longAnswer());
  else if (triggers.has('notice')) yield* assistantMessage(ctx, 'The banner above came from a `notice` event; this short answer follows it.');
  else if (triggers.has('image')) yield* assistantMessage(ctx, 'Here is a **pixel sunset**, sent as two partial images and a final one.');
  else {
    const answer = defaultAnswer(introFor(message, retry));
    yield* assistantMessage(ctx, answer.text, answer.annotations);
  }
  if (triggers.has('widget')) yield* widgets(ctx);
  if (triggers.has('form')) yield { type: 'thread.item.done', item: widgetItem(ctx, formCard(), 'Delivery preferences form') };
  if (triggers.has('live')) yield* liveCard(ctx);
}
