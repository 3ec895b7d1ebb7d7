// @ts-check
/**
 * Opens a 5,000-item thread in `<chat-kit>` (built CDN bundle) served by a fake `api.fetch` that
 * answers `threads.get_by_id` and pages `items.list` exactly as asked (`limit`, `after`, `order`,
 * with `has_more`), then scrolls the transcript to the top and back. Only public behaviour is used:
 * the element, its methods and its shadow parts (`thread`, `message`).
 *
 * `window.bench.open()` → first paint, interactive, items in the DOM.
 * `startScrolling()` / `position()` / `stopScrolling()` → frame times while the bench scrolls the
 * transcript with real mouse-wheel input (older pages load near the top).
 */
import { afterFrame, deepActiveElement, deepQueryAll, deepText, jsonResponse, load, macrotask, prng } from './common.js';

const COUNT = 5000;
const THREAD_ID = 'thr_long';
const random = prng(3);
const words = 'thread message layout render frame widget stream parser markdown scroll page older newer history item window'.split(' ');
/** @param {number} n */
const sentence = (n) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');

/** @param {number} i */
function assistantText(i) {
  const body = [`Answer ${i}: ${sentence(12)} **${sentence(2)}** ${sentence(10)}.`];
  if (i % 3 === 0) body.push(`- ${sentence(5)}\n- ${sentence(6)}\n- \`${sentence(1)}()\` ${sentence(4)}`);
  if (i % 7 === 0) body.push(`\`\`\`js\nconst x${i} = ${i};\nconsole.log(x${i});\n\`\`\``);
  body.push(`Newest check ${i}.`);
  return body.join('\n\n');
}

/** The whole thread, oldest first. */
const items = Array.from({ length: COUNT }, (_, i) => {
  const id = `msg_${String(i).padStart(5, '0')}`;
  const created_at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('Z', '');
  return i % 2 === 0
    ? { id, thread_id: THREAD_ID, created_at, type: 'user_message', content: [{ type: 'input_text', text: `Question ${i}: ${sentence(8)}?` }], attachments: [], inference_options: {} }
    : { id, thread_id: THREAD_ID, created_at, type: 'assistant_message', content: [{ type: 'output_text', text: assistantText(i), annotations: [] }] };
});
const NEWEST_TEXT = `Newest check ${COUNT - 1}.`;
const index = new Map(items.map((item, i) => [item.id, i]));

/** `oldestListed`: index of the oldest item `items.list` returned (the element pages newest first). */
const server = { requests: 0, oldestListed: COUNT, pending: 0 };

/**
 * A page of `items.list` as the reference server builds it: `after` is the id of the last item of
 * the previous page in the requested order.
 * @param {{ limit?: number, order?: 'asc' | 'desc', after?: string }} params
 */
function page(params) {
  const limit = params.limit ?? 20;
  const ordered = params.order === 'asc' ? items : [...items].reverse();
  const start = params.after === undefined ? 0 : ordered.findIndex((item) => item.id === params.after) + 1;
  const data = ordered.slice(start, start + limit);
  const hasMore = start + limit < ordered.length;
  return { data, has_more: hasMore, ...(hasMore ? { after: data[data.length - 1]?.id } : {}) };
}

/** @param {string} _url @param {RequestInit} init */
async function fakeFetch(_url, init) {
  const request = JSON.parse(String(init.body));
  server.requests += 1;
  server.pending += 1;
  try {
    // A network round trip is at least a task away.
    await macrotask();
    if (request.type === 'threads.get_by_id') {
      const first = page({ order: 'asc', limit: 20 });
      return jsonResponse({ id: THREAD_ID, title: 'A very long thread', created_at: items[0]?.created_at, status: { type: 'active' }, metadata: {}, items: first });
    }
    if (request.type === 'items.list') {
      const listed = page(request.params);
      for (const item of listed.data) server.oldestListed = Math.min(server.oldestListed, index.get(item.id) ?? COUNT);
      return jsonResponse(listed);
    }
    throw new Error(`bench: unexpected ${request.type}`);
  } finally {
    server.pending -= 1;
  }
}

const el = /** @type {any} */ (document.createElement('chat-kit'));

/** The transcript's part and its messages, through public parts only. */
function thread() {
  const part = el.shadowRoot?.querySelector('[part~="thread"]');
  if (!part) throw new Error('bench: no [part~="thread"] in <chat-kit>');
  return /** @type {HTMLElement} */ (part);
}
const messageCount = () => deepQueryAll(thread(), '[part~="message"]').length;

/** The element that scrolls the transcript: the thread part, or the first scrollable element inside it. */
function scroller() {
  const part = thread();
  const candidates = [part, ...deepQueryAll(part, '*')];
  const found = candidates.find((node) => /(auto|scroll)/.test(getComputedStyle(node).overflowY) && node.scrollHeight > node.clientHeight);
  if (!found) throw new Error('bench: the transcript does not scroll');
  return found;
}

/** Resolves at the start of the next idle period of ~50 ms (nothing else for the main thread to do). */
function idleWindow() {
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + 20_000;
    /** @param {IdleDeadline} idle */
    const check = (idle) => {
      const now = performance.now();
      if (idle.timeRemaining() >= 49) resolve(now);
      else if (now > deadline) reject(new Error('bench: no 50 ms idle window within 20 s'));
      else requestIdleCallback(check);
    };
    requestIdleCallback(check);
  });
}

/** @param {number[]} values */
const sorted = (values) => [...values].sort((a, b) => a - b);
/** @param {number[]} values @param {number} q */
const quantile = (values, q) => {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

async function open() {
  const start = performance.now();
  performance.mark('bench-start');
  const opened = el.setThreadId(THREAD_ID);
  let firstPaint = 0;
  for (let frame = 0; frame < 600 && !firstPaint; frame += 1) {
    const time = await afterFrame();
    const part = el.shadowRoot?.querySelector('[part~="thread"]');
    if (part && deepText(part).includes(NEWEST_TEXT)) firstPaint = time;
  }
  if (!firstPaint) throw new Error('bench: the newest message never appeared');
  await opened;
  await el.focusComposer();
  const active = deepActiveElement();
  if (!(active instanceof HTMLElement) || !(active.isContentEditable || active.matches('textarea, input'))) throw new Error('bench: the composer did not take focus');
  const interactive = await idleWindow();
  performance.mark('bench-end');
  return { firstPaintMs: firstPaint - start, interactiveMs: interactive - start, domItems: messageCount(), requests: server.requests };
}

/** Animation-frame intervals while the bench scrolls (the wheel input comes from Playwright). */
const recorder = { frames: /** @type {number[]} */ ([]), running: false };

/** Starts recording frame intervals; returns where to point the mouse (the transcript's centre). */
function startScrolling() {
  const box = scroller().getBoundingClientRect();
  recorder.frames = [];
  recorder.running = true;
  let last = 0;
  /** @param {number} now */
  const tick = (now) => {
    if (!recorder.running) return;
    if (last) recorder.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Where the transcript is: at the top of the whole thread (every item listed), at the bottom. */
function position() {
  const box = scroller();
  return {
    top: box.scrollTop <= 0 && server.oldestListed === 0 && server.pending === 0,
    bottom: box.scrollTop + box.clientHeight >= box.scrollHeight - 1,
    itemsLoaded: COUNT - server.oldestListed,
  };
}

/** Stops recording; frame statistics and what got loaded. */
function stopScrolling() {
  recorder.running = false;
  const frames = recorder.frames;
  return {
    frameMedianMs: quantile(frames, 0.5),
    frameP95Ms: quantile(frames, 0.95),
    frameMaxMs: Math.max(...frames),
    frames: frames.length,
    itemsLoaded: COUNT - server.oldestListed,
    domItems: messageCount(),
    requests: server.requests,
  };
}

/** @type {any} */ (window).benchReady = (async () => {
  await load('/dist/cdn/chat-kit.bundle.js');
  document.body.append(el);
  el.options = { api: { url: '/chatkit', fetch: fakeFetch } };
  await el.updateComplete;
  await afterFrame();
  /** @type {any} */ (window).bench = { open, startScrolling, position, stopScrolling };
})();
