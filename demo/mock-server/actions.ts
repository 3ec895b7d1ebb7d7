import { assistantMessage, toast } from './emit.js';
import type { TurnContext } from './emit.js';
import type { ClientToolCallItem, Events, Json, StructuredInputItem, ThreadItem, WidgetItem } from './types.js';
import type { StructuredSubmission } from './validate.js';
import { colourList, COLOURS, formReceivedCard, ORDER_ID, orderCard, readCardState } from './widgets.js';

/*
 * Widget actions of the demo agent (`threads.custom_action` / `threads.sync_custom_action`),
 * and the turns that follow a client tool result or a structured-input answer.
 *
 *   demo.approve       (card)      thread.item.replaced with the card approved, toast effect, short message
 *   demo.select {id}   (ListView)  thread.item.replaced with a check icon on the selected row
 *   demo.submit_form   (form card) thread.item.replaced with the received values, toast effect
 *   anything else                  a short assistant message echoing the type and payload
 *   demo.counter       (sync)      {updated_item} with the card's counter incremented; others → {}
 */

interface Action {
  type: string;
  payload?: Json;
}

const clock = (): string => new Date().toTimeString().slice(0, 8);

function payloadField(payload: Json | undefined, key: string): Json | undefined {
  return payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? payload[key] : undefined;
}

function echo(action: Action): string {
  const payload = action.payload === undefined ? 'without a payload.' : `with this payload:\n\n\`\`\`json\n${JSON.stringify(action.payload, null, 2)}\n\`\`\``;
  return `The server received the action \`${action.type}\` ${payload}`;
}

/** `action(thread, action, sender)` of the demo agent. `sender` is already known to be a widget. */
export function* customAction(ctx: TurnContext, action: Action, sender: WidgetItem | undefined): Events {
  const root = sender?.widget.type;
  if (action.type === 'demo.approve' && sender && root === 'Card') {
    const state = readCardState(sender.widget);
    yield { type: 'thread.item.replaced', item: { ...sender, widget: orderCard({ ...state, approved: true, approvedAt: clock() }) } };
    yield toast(`Order ${ORDER_ID} approved`);
    yield* assistantMessage(ctx, `Approved **${ORDER_ID}** ✓`);
    return;
  }
  const selected = COLOURS.find((colour) => colour.id === payloadField(action.payload, 'id'));
  if (action.type === 'demo.select' && sender && root === 'ListView' && selected) {
    yield { type: 'thread.item.replaced', item: { ...sender, widget: colourList(selected.id) } };
    return;
  }
  if (action.type === 'demo.submit_form' && sender && root === 'Card') {
    yield { type: 'thread.item.replaced', item: { ...sender, widget: formReceivedCard(action.payload) } };
    yield toast('Form submitted');
    return;
  }
  yield* assistantMessage(ctx, echo(action));
}

/** `sync_action`: returns the updated item (persisted by the caller) or undefined for "no change". */
export function syncAction(action: Action, sender: ThreadItem | undefined): WidgetItem | undefined {
  if (action.type !== 'demo.counter' || sender?.type !== 'widget' || sender.widget.type !== 'Card') return undefined;
  const state = readCardState(sender.widget);
  return { ...sender, widget: orderCard({ ...state, count: state.count + 1 }) };
}

function describeResult(result: Json): string {
  const now = payloadField(result, 'now') ?? payloadField(result, 'time');
  if (typeof now === 'string') return `Your browser says the time is **${now}**.`;
  return `The client tool returned:\n\n\`\`\`json\n${JSON.stringify(result, null, 2)}\n\`\`\``;
}

/**
 * The message of an error-shaped tool result (`{error: "…"}` or `{error: {message: "…"}}`, what
 * a client sends when its handler threw), or undefined for a normal result.
 */
export function toolError(result: Json): string | undefined {
  const error = payloadField(result, 'error');
  if (error === undefined || error === null || error === false) return undefined;
  if (typeof error === 'string') return error || 'unknown error';
  const message = payloadField(error, 'message');
  return typeof message === 'string' && message ? message : JSON.stringify(error);
}

/** The turn after `threads.add_client_tool_output`. */
export function* afterToolOutput(ctx: TurnContext, call: ClientToolCallItem, result: Json): Events {
  const error = toolError(result);
  if (error !== undefined) {
    yield* assistantMessage(ctx, `The client tool failed: ${error.replace(/[.!\s]+$/, '')}. I will carry on without \`${call.name}\`.`);
    return;
  }
  yield* assistantMessage(ctx, `\`${call.name}\` finished. ${describeResult(result)}`);
}

/** Applies the SDK's rules: a missing, skipped or empty answer is skipped; single choice keeps one value. */
export function answerStructuredInput(item: StructuredInputItem, submission: StructuredSubmission): StructuredInputItem {
  const status = submission.status ?? 'answered';
  const inputs = item.inputs.map((input) => {
    const given = submission.answers?.[input.id];
    const values = given?.values ?? [];
    const skipped = status === 'skipped' || !given || given.skipped === true || values.length === 0;
    const kept = skipped ? [] : input.type === 'multiple_choice' && !input.multiple ? values.slice(0, 1) : values;
    return { ...input, answer: { values: kept, skipped } };
  });
  return { ...item, status, inputs };
}

/** The turn after `threads.add_structured_input` (the `thread.item.replaced` is sent by the caller). */
export function* afterStructuredInput(ctx: TurnContext, answered: StructuredInputItem): Events {
  if (answered.status === 'skipped') {
    yield* assistantMessage(ctx, 'No problem, I will go with the defaults.');
    return;
  }
  const lines = answered.inputs.map((input) => {
    const answer = input.answer;
    const value = !answer || answer.skipped ? '*skipped*' : answer.values.map((v) => `**${v}**`).join(', ');
    return `- ${input.question} ${value}`;
  });
  yield* assistantMessage(ctx, `Thanks! I noted:\n\n${lines.join('\n')}`);
}
