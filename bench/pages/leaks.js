// @ts-check
/**
 * Leaks: what `<chat-kit>` (built CDN bundle) leaves behind once it is gone. The instrument
 * (leaks.instrument.js, loaded before this module and so before the bundle) counts pending timers,
 * frames, idle callbacks, open observers and global listeners; the bench reads the browser's own
 * counters (DOM nodes, JS listeners, heap) over CDP around the calls below.
 *
 * `window.bench.mountCycles(n)`: n times, a fresh `<chat-kit>` (start screen with prompts, history
 * enabled) is appended, shows its start screen, opens the history panel (`threads.list`), every
 * 4th time also opens a small thread (`threads.get_by_id`: a question, a Markdown answer, a Card
 * widget with a Table), and is removed. Each step waits until the user would see its result.
 * `window.bench.streamIn(deltas)` / `removeStreamed()`: a fresh `<chat-kit>` streams a Markdown
 * answer cut into `deltas` text deltas (the streaming page's SSE body, `deltas` + 7 events),
 * until the answer's last sentence is shown; then it is removed.
 * `window.bench.settle()`: lets pending work finish (frames, short timers) before measuring.
 */
import { afterFrame, answerChunks, deepText, jsonResponse, load, macrotask, markdownAnswer, SENTINEL, splitDeltas, threadsCreateFetch } from './common.js';

const w = /** @type {any} */ (window);
const GREETING = 'Leak check greeting';
const THREAD_ID = 'thr_leak';
const HISTORY_TITLE = 'Leak thread 3';
const WIDGET_TEXT = 'Widget leak check';
const ANSWER_END = 'Answer leak check end.';
/** Every how many mounts one also opens the small thread. */
const THREAD_EVERY = 4;
const created = (/** @type {number} */ i) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('Z', '');

const threads = [1, 2, 3].map((i) => ({ id: `thr_list_${i}`, title: `Leak thread ${i}`, created_at: created(i), status: { type: 'active' }, metadata: {}, items: { data: [], has_more: false } }));
const cell = (/** @type {string} */ value) => ({ type: 'Table.Cell', children: [{ type: 'Text', value }] });
const items = [
  { id: 'msg_q', thread_id: THREAD_ID, created_at: created(10), type: 'user_message', content: [{ type: 'input_text', text: 'Show me a table' }], attachments: [], inference_options: {} },
  {
    id: 'msg_a',
    thread_id: THREAD_ID,
    created_at: created(11),
    type: 'assistant_message',
    content: [{ type: 'output_text', annotations: [], text: `## Result\n\nSome **bold** text, a [link](https://example.com/x) and \`code()\`.\n\n\`\`\`js\nconst x = 1;\n\`\`\`\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n${ANSWER_END}` }],
  },
  {
    id: 'msg_w',
    thread_id: THREAD_ID,
    created_at: created(12),
    type: 'widget',
    widget: {
      type: 'Card',
      children: [
        { type: 'Title', value: WIDGET_TEXT, size: 'sm' },
        { type: 'Table', children: [{ type: 'Table.Row', header: true, children: [cell('name'), cell('value')] }, ...[1, 2, 3].map((i) => ({ type: 'Table.Row', children: [cell(`row ${i}`), cell(String(i * 7))] }))] },
        { type: 'Button', label: 'Approve', onClickAction: { type: 'leak.approve', payload: {} } },
      ],
    },
    copy_text: WIDGET_TEXT,
  },
];

/** @param {string} _url @param {RequestInit} init */
async function mountFetch(_url, init) {
  const request = JSON.parse(String(init.body));
  // A network round trip is at least a task away.
  await macrotask();
  if (request.type === 'threads.list') return jsonResponse({ data: threads, has_more: false });
  if (request.type === 'threads.get_by_id') return jsonResponse({ id: THREAD_ID, title: 'Leak check thread', created_at: created(9), status: { type: 'active' }, metadata: {}, items: { data: items, has_more: false } });
  throw new Error(`bench: unexpected ${request.type}`);
}

/**
 * Resolves once `predicate()` holds, checking after every task (the element renders store
 * changes in animation frames, which come between tasks).
 * @param {() => boolean} predicate
 * @param {string} what for the timeout message
 */
async function until(predicate, what) {
  const deadline = performance.now() + 10_000;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`bench: ${what} never happened`);
    await macrotask();
  }
}

/**
 * One mount: start screen, history panel, then (when `openThread`) a small thread, and removal.
 * @param {boolean} openThread
 */
async function mountOnce(openThread) {
  const el = /** @type {any} */ (document.createElement('chat-kit'));
  el.options = {
    api: { url: '/chatkit', fetch: mountFetch },
    history: { enabled: true },
    startScreen: { greeting: GREETING, prompts: [{ label: 'Say hello', prompt: 'Hello', icon: 'sparkle' }, { label: 'Ask', prompt: 'What can you do?' }] },
  };
  document.body.append(el);
  await el.updateComplete;
  await until(() => deepText(el).includes(GREETING), 'the start screen');
  await el.showHistory();
  await until(() => deepText(el).includes(HISTORY_TITLE), 'the history list');
  if (openThread) {
    await el.setThreadId(THREAD_ID);
    await until(() => {
      const text = deepText(el);
      return text.includes(ANSWER_END) && text.includes(WIDGET_TEXT) && text.includes('row 3');
    }, 'the thread');
  }
  el.remove();
}

/**
 * `count` mounts; every `threadEvery`-th (the first included) also opens the small thread (which
 * takes a few frames to show in full: opening it every time would make 1,000 mounts take minutes).
 * @param {number} count
 * @param {number} [threadEvery]
 */
async function mountCycles(count, threadEvery = THREAD_EVERY) {
  const start = performance.now();
  let threadsOpened = 0;
  for (let i = 0; i < count; i += 1) {
    const openThread = i % threadEvery === 0;
    await mountOnce(openThread);
    if (openThread) threadsOpened += 1;
  }
  return { mounts: count, threadsOpened, msPerMount: (performance.now() - start) / count };
}

/**
 * Stream bodies, built before the baseline so that their bytes are in it: 20,000 deltas give the
 * streaming scenario's 100 KB answer, fewer a proportionally shorter one.
 * @type {Map<number, Uint8Array[]>}
 */
const bodies = new Map();
/** @param {number} deltas */
function prepareStream(deltas) {
  if (!bodies.has(deltas)) bodies.set(deltas, answerChunks(splitDeltas(markdownAnswer(Math.max(2048, Math.round((deltas * 100 * 1024) / 20_000))), deltas)));
  return { events: deltas + 7 };
}

/** @type {any} */
let streamed = null;
/** @param {number} deltas */
async function streamIn(deltas) {
  prepareStream(deltas);
  const chunks = /** @type {Uint8Array[]} */ (bodies.get(deltas));
  const el = /** @type {any} */ (document.createElement('chat-kit'));
  streamed = el;
  el.options = {
    api: {
      url: '/chatkit',
      fetch: threadsCreateFetch(chunks),
    },
  };
  document.body.append(el);
  await el.updateComplete;
  const start = performance.now();
  const ended = new Promise((resolve) => el.addEventListener('chatkit.response.end', resolve, { once: true }));
  await el.sendUserMessage({ text: 'Write a long answer' });
  await ended;
  // The answer's end on screen (the element renders in frames; long answers in chunks).
  for (let frame = 0; !deepText(el).includes(SENTINEL); frame += 1) {
    if (frame > 1200) throw new Error('bench: the streamed answer never showed its end');
    await afterFrame();
  }
  return { events: deltas + 7, ms: performance.now() - start };
}

function removeStreamed() {
  streamed?.remove();
  streamed = null;
}

/** Lets what the last step started finish: a few frames and short timers (≤ 250 ms). */
async function settle() {
  await afterFrame();
  await afterFrame();
  await w.leakSleep(300);
  await afterFrame();
  return w.leakCounters();
}

w.benchReady = (async () => {
  if (typeof w.leakCounters !== 'function') throw new Error('bench: leaks.instrument.js did not run first');
  await load('/dist/cdn/chat-kit.bundle.js');
  w.bench = { mountCycles, prepareStream, streamIn, removeStreamed, settle, counters: () => w.leakCounters() };
})();
