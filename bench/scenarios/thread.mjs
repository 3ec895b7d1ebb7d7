// @ts-check
/**
 * A 5,000-item thread: open it in `<chat-kit>` (fake `api.fetch` paging `items.list` as asked),
 * then scroll to the top (older pages load on the way) and back down.
 */
import { withTimeout } from '../lib/browser.mjs';
import { collector, heapAfterGc, withPage } from '../lib/measure.mjs';

/** @typedef {import('../lib/measure.mjs').BenchContext} BenchContext */
/** @typedef {import('../lib/measure.mjs').Row} Row */

const UP_MS = 5000;
const DOWN_MS = 10_000;
const WHEEL_PX = 400;

/**
 * Scrolls the transcript with real wheel input (the element tells a reader's scrolling from its
 * own by such input): up for `UP_MS` or until the thread's first item, then down to the bottom.
 * @param {import('playwright-core').Page} page
 */
async function scrollThread(page) {
  const centre = await page.evaluate(() => /** @type {any} */ (window).bench.startScrolling());
  await page.mouse.move(centre.x, centre.y);
  /** @param {number} delta @param {number} budget @param {'top' | 'bottom'} goal */
  const phase = async (delta, budget, goal) => {
    const until = Date.now() + budget;
    for (let i = 0; Date.now() < until; i += 1) {
      await page.mouse.wheel(0, delta);
      if (i % 5 === 4 && (await page.evaluate(() => /** @type {any} */ (window).bench.position()))[goal]) return true;
    }
    return false;
  };
  const reachedTop = await phase(-WHEEL_PX, UP_MS, 'top');
  const reachedBottom = await phase(WHEEL_PX, DOWN_MS, 'bottom');
  const stats = await page.evaluate(() => /** @type {any} */ (window).bench.stopScrolling());
  return { ...stats, reachedTop: reachedTop ? 1 : 0, reachedBottom: reachedBottom ? 1 : 0 };
}

/**
 * @param {BenchContext} ctx
 * @returns {Promise<Row[]>}
 */
export async function thread(ctx) {
  const data = collector();
  let reachedTop = 0;
  for (let run = 1; run <= ctx.runs; run += 1) {
    await withPage(ctx, '/bench/pages/thread.html', async (page) => {
      const before = await heapAfterGc(page);
      const open = await withTimeout(page.evaluate(() => /** @type {any} */ (window).bench.open()), 60_000, 'the thread to open');
      const afterOpen = await heapAfterGc(page);
      const scroll = await withTimeout(scrollThread(page), 90_000, 'scrolling the thread');
      const afterScroll = await heapAfterGc(page);
      const values = /** @type {Record<string, number>} */ ({
        ...open,
        heapOpen: afterOpen - before,
        heapScroll: afterScroll - before,
        frameMedian: scroll.frameMedianMs,
        frameP95: scroll.frameP95Ms,
        frameMax: scroll.frameMaxMs,
        itemsLoaded: scroll.itemsLoaded,
        domAfterScroll: scroll.domItems,
      });
      for (const [metric, value] of Object.entries(values)) data.add(metric, 'chat-kit', value);
      reachedTop += scroll.reachedTop;
      ctx.log(
        `thread run ${run}/${ctx.runs}: first paint ${Math.round(open.firstPaintMs)} ms, interactive ${Math.round(open.interactiveMs)} ms, ${open.domItems} messages in the DOM; ` +
          `scroll ${scroll.frames} frames, median ${scroll.frameMedianMs.toFixed(1)} / p95 ${scroll.frameP95Ms.toFixed(1)} / max ${Math.round(scroll.frameMaxMs)} ms, ${scroll.itemsLoaded} items loaded`,
      );
    });
  }
  const scenario = '5,000-item thread';
  /** @param {string} metric @param {string} label @param {Row['unit']} unit @param {Partial<Row>} [extra] */
  const row = (metric, label, unit, extra = {}) => ({ scenario, metric: label, unit, values: data.get(metric), ...extra });
  return [
    row('firstPaintMs', 'open → first paint (ms)', 'ms', { target: (m) => ({ text: '< 150 ms', met: (m['chat-kit'] ?? Infinity) < 150 }) }),
    row('interactiveMs', 'open → interactive (ms)', 'ms', {
      note: 'Interactive: setThreadId() resolved, the composer takes focus, and the main thread then has a 50 ms idle period (requestIdleCallback).',
    }),
    row('domItems', 'messages in the DOM after open', 'count'),
    row('heapOpen', 'JS heap after open, Δ after GC (MB)', 'MB'),
    row('frameMedian', 'scroll frame time, median (ms)', 'ms', {
      note: `Scrolling: mouse-wheel input (${WHEEL_PX} px per notch, sent back to back) towards the top for ${UP_MS / 1000} s (older 20-item pages load whenever the top comes near), then back to the bottom (≤ ${DOWN_MS / 1000} s); frame time = interval between animation frames${reachedTop ? '' : '. No run reached the top of the thread in that time'}.`,
    }),
    row('frameP95', 'scroll frame time, p95 (ms)', 'ms'),
    row('frameMax', 'scroll frame time, max (ms)', 'ms'),
    row('itemsLoaded', `items loaded scrolling up ${UP_MS / 1000} s`, 'count'),
    row('domAfterScroll', 'messages in the DOM after scrolling', 'count'),
    row('heapScroll', 'JS heap after scrolling, Δ after GC (MB)', 'MB'),
  ];
}
