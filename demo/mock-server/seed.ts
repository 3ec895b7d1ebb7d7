import { longThreadExchanges, WELCOME_EXCHANGES } from './content.js';
import type { SampleExchange } from './content.js';
import { naiveIso } from './store.js';
import type { MockStore, ThreadRecord } from './store.js';
import type { ThreadItem } from './types.js';
import { colourList, colourListCopyText, ORDER_ID, orderCard } from './widgets.js';

/**
 * Sample threads present at start-up (and after `reset()`), so the history panel has entries
 * and paging can be tried: the long thread holds more items than `threads.get_by_id` embeds,
 * and the older threads (spread over months, for date grouping) fill more than one
 * `threads.list` page. One locked and one closed thread show the two non-active statuses.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

function addThread(store: MockStore, title: string, startMs: number, build: (next: () => string, thread: ThreadRecord) => ThreadItem[]): ThreadRecord {
  let clockMs = startMs;
  const next = (): string => {
    clockMs += 7_000;
    return naiveIso(clockMs * 1000);
  };
  const thread = store.createThread(naiveIso(startMs * 1000));
  thread.title = title;
  thread.items = build(next, thread);
  return thread;
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

/** Short older threads as `[title, days ago, question, answer]`, oldest first. */
const OLDER: readonly (readonly [string, number, string, string])[] = [
  ['Birthday gift ideas', 142, 'Gift ideas for a friend who likes hiking?', 'A packable rain jacket, a headlamp or a trail guide for a region they love.'],
  ['Sourdough starter help', 129, 'My starter smells like nail polish.', 'It is hungry: feed it twice a day for a few days and keep it warm.'],
  ['Quarterly report outline', 117, 'Outline a quarterly report.', '1. Highlights 2. Metrics 3. Risks 4. Next quarter.'],
  ['Python list comprehension', 106, 'Squares of even numbers below 10?', '`[n * n for n in range(10) if n % 2 == 0]`'],
  ['Weekend in Porto', 96, 'Two days in Porto?', 'Day one: Ribeira and the bridge. Day two: Serralves and the beach at Foz.'],
  ['Resume wording', 87, 'Better verb than "did"?', 'Try *led*, *built*, *shipped* or *improved*, followed by a result.'],
  ['CSS grid vs flexbox', 78, 'Grid or flexbox for a card list?', 'Grid for two-dimensional layouts; flexbox for a single row or column.'],
  ['Houseplant watering', 70, 'How often to water a monstera?', 'When the top few centimetres of soil are dry, roughly weekly.'],
  ['Explain DNS simply', 62, 'What is DNS?', 'The internet\'s phone book: it turns names into addresses.'],
  ['Marathon training plan', 55, 'First marathon in 16 weeks?', 'Build the long run slowly, by about 10% a week, with a cut-back week every fourth.'],
  ['Email to landlord', 49, 'Ask my landlord to fix the heating.', 'Keep it short: what is broken, since when, and when you are home.'],
  ['Regex for dates', 43, 'Match 2024-01-31?', '`\\d{4}-\\d{2}-\\d{2}`, then validate the values in code.'],
  ['Vegetarian dinner ideas', 38, 'Quick vegetarian dinners?', 'Chickpea curry, veggie tacos, or pasta with roasted vegetables.'],
  ['Git rebase vs merge', 33, 'Rebase or merge?', 'Rebase for a tidy private branch; merge for shared history.'],
  ['Learning Portuguese', 29, 'How to start learning Portuguese?', 'Ten minutes a day of listening and speaking beats an hour once a week.'],
  ['Budget spreadsheet', 25, 'Columns for a monthly budget?', 'Category, planned, actual and difference.'],
  ['Cover letter tips', 21, 'How long should a cover letter be?', 'Under a page: three short paragraphs.'],
  ['Moving checklist', 18, 'What do I forget when moving?', 'Redirecting mail, meter readings and the spare keys.'],
  ['Photo composition', 15, 'Tips for better photos?', 'Use the rule of thirds, watch the background, and get closer.'],
  ['SQL join types', 12, 'Inner vs left join?', 'An inner join keeps matches only; a left join keeps every left row.'],
  ['Bike maintenance', 10, 'How often to oil a chain?', 'Every few hundred kilometres, or after rain.'],
  ['Meeting agenda', 8, 'Agenda for a kickoff meeting?', 'Goals, roles, timeline, risks, next steps.'],
  ['TypeScript generics', 6, 'What is a generic?', 'A type parameter: the same code works for many types, checked by the compiler.'],
  ['Coffee brewing ratio', 5, 'Pour-over ratio?', 'About 1:16, coffee to water, by weight.'],
  ['Password manager', 4, 'Do I need a password manager?', 'Yes: one strong, unique password per site is only practical with one.'],
];

/** Number of older threads seeded besides the named samples. */
export const OLDER_THREADS = OLDER.length;

const HOUR_MS = 60 * MINUTE_MS;

export function seedSampleThreads(store: MockStore): void {
  const now = Date.now();
  for (const [title, daysAgo, user, assistant] of OLDER) {
    addThread(store, title, now - daysAgo * DAY_MS, (next, thread) => exchanges(store, thread, next, [{ user, assistant }]));
  }
  addThread(store, 'A long conversation', now - 3 * DAY_MS, (next, thread) => exchanges(store, thread, next, longThreadExchanges(LONG_THREAD_EXCHANGES)));
  addThread(store, 'What can this demo do?', now - 2 * DAY_MS, (next, thread) => exchanges(store, thread, next, WELCOME_EXCHANGES));
  addThread(store, 'Widgets tour', now - DAY_MS, (next, thread) => [
    ...exchanges(store, thread, next, [{ user: 'Show me a widget card', assistant: 'Here is an order card and a list. Try the buttons and the rows.' }]),
    { id: store.newId('msg'), thread_id: thread.id, created_at: next(), type: 'widget', widget: orderCard({ count: 0, approved: false }), copy_text: `Order ${ORDER_ID}` },
    { id: store.newId('msg'), thread_id: thread.id, created_at: next(), type: 'widget', widget: colourList(), copy_text: colourListCopyText },
  ]);
  const locked = addThread(store, 'Read-only example', now - 5 * HOUR_MS, (next, thread) =>
    exchanges(store, thread, next, [{ user: 'Summarise last quarter’s notes.', assistant: 'Revenue grew **8%**, two hires joined, and the launch moved to spring.' }]),
  );
  locked.status = { type: 'locked', reason: 'This conversation is archived.' };
  const closed = addThread(store, 'Closed example', now - 2 * HOUR_MS, (next, thread) =>
    exchanges(store, thread, next, [{ user: 'My order arrived damaged.', assistant: 'Sorry about that! A replacement is on its way and you will get an email with the tracking number.' }]),
  );
  closed.status = { type: 'closed', reason: 'This support case was closed.' };
}
