import { longThreadExchanges, WELCOME_EXCHANGES } from './content.js';
import type { SampleExchange } from './content.js';
import { naiveIso } from './store.js';
import type { MockStore, ThreadRecord } from './store.js';
import type { ThreadItem } from './types.js';
import { colourList, colourListCopyText, ORDER_ID, orderCard } from './widgets.js';

/**
 * Sample threads present at start-up (and after `reset()`), so the history panel has entries
 * and paging can be tried: the long thread holds more items than `threads.get_by_id` embeds.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

function addThread(store: MockStore, title: string, startMs: number, build: (next: () => string, thread: ThreadRecord) => ThreadItem[]): void {
  let clockMs = startMs;
  const next = (): string => {
    clockMs += 7_000;
    return naiveIso(clockMs * 1000);
  };
  const thread = store.createThread(naiveIso(startMs * 1000));
  thread.title = title;
  thread.items = build(next, thread);
}

function exchanges(store: MockStore, thread: ThreadRecord, next: () => string, list: SampleExchange[]): ThreadItem[] {
  return list.flatMap(({ user, assistant }): ThreadItem[] => [
    {
      id: store.newId('msg'),
      thread_id: thread.id,
      created_at: next(),
      type: 'user_message',
      content: [{ type: 'input_text', text: user }],
      attachments: [],
      inference_options: {},
    },
    {
      id: store.newId('msg'),
      thread_id: thread.id,
      created_at: next(),
      type: 'assistant_message',
      content: [{ annotations: [], text: assistant, type: 'output_text' }],
    },
  ]);
}

/** Number of exchanges in the long sample thread (two items each). */
export const LONG_THREAD_EXCHANGES = 30;

export function seedSampleThreads(store: MockStore): void {
  const now = Date.now();
  addThread(store, 'A long conversation', now - 3 * DAY_MS, (next, thread) => exchanges(store, thread, next, longThreadExchanges(LONG_THREAD_EXCHANGES)));
  addThread(store, 'What can this demo do?', now - 2 * DAY_MS, (next, thread) => exchanges(store, thread, next, WELCOME_EXCHANGES));
  addThread(store, 'Widgets tour', now - DAY_MS, (next, thread) => [
    ...exchanges(store, thread, next, [{ user: 'Show me a widget card', assistant: 'Here is an order card and a list. Try the buttons and the rows.' }]),
    { id: store.newId('msg'), thread_id: thread.id, created_at: next(), type: 'widget', widget: orderCard({ count: 0, approved: false }), copy_text: `Order ${ORDER_ID}` },
    { id: store.newId('msg'), thread_id: thread.id, created_at: next(), type: 'widget', widget: colourList(), copy_text: colourListCopyText },
  ]);
}
