// @ts-check
/**
 * Leaks: mount and unmount `<chat-kit>` 1,000 times (start screen, history list, a small thread
 * each time), and stream 20,000 events into one and remove it; after forced GC, what is left
 * over the baseline: DOM nodes, documents, JS event listeners (CDP `Memory.getDOMCounters`),
 * detached DOM nodes (CDP `DOM.getDetachedDomNodes`), used JS heap, and the page instrument's
 * pending timers, frames, idle callbacks, open observers and global listeners.
 */
import { withTimeout } from '../lib/browser.mjs';
import { collector, withPage } from '../lib/measure.mjs';

/** @typedef {import('../lib/measure.mjs').BenchContext} BenchContext */
/** @typedef {import('../lib/measure.mjs').Row} Row */
/** @typedef {import('playwright-core').Page} Page */

export const MOUNTS = 1000;
export const WARM_UP_MOUNTS = 10;
export const STREAM_DELTAS = 20_000;
/**
 * Runs of this scenario: at most this many, whatever `--runs` says (one run takes about a minute,
 * and the deltas it reports are counts, which barely vary from run to run).
 */
export const MAX_RUNS = 2;
/** The warm-up stream (loads the transcript's and Markdown's code paths before the baseline). */
export const WARM_UP_DELTAS = 200;

/**
 * Leak figures after the browser's GC (forced twice over CDP; the instrument's counts too).
 * @typedef {object} LeakSnapshot
 * @property {number} documents
 * @property {number} nodes
 * @property {number} jsEventListeners
 * @property {number} detachedNodes
 * @property {number} heapMB
 * @property {number} timers
 * @property {number} frames
 * @property {number} idleCallbacks
 * @property {number} observersOpen
 * @property {number} observersLive
 * @property {number} globalListeners
 */

/**
 * Lets the page settle, forces GC and reads every counter.
 * @param {Page} page
 * @returns {Promise<LeakSnapshot>}
 */
export async function leakSnapshot(page) {
  const counters = await page.evaluate(() => /** @type {any} */ (window).bench.settle());
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: the first pass can leave objects whose finalizers free more.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('DOM.enable');
    // Chromium ≥ 120; an older one reports NaN rather than failing the scenario.
    const detached = await cdp.send(/** @type {any} */ ('DOM.getDetachedDomNodes')).catch(() => null);
    await cdp.send('DOM.disable');
    return {
      documents: dom.documents,
      nodes: dom.nodes,
      jsEventListeners: dom.jsEventListeners,
      detachedNodes: detached ? /** @type {any} */ (detached).detachedNodes.length : Number.NaN,
      heapMB: usedSize / 1024 / 1024,
      ...counters,
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * `after − before` for every figure.
 * @param {LeakSnapshot} before
 * @param {LeakSnapshot} after
 * @returns {LeakSnapshot}
 */
export function leakDelta(before, after) {
  return /** @type {LeakSnapshot} */ (Object.fromEntries(Object.entries(after).map(([key, value]) => [key, value - /** @type {any} */ (before)[key]])));
}

/**
 * Case A: `mounts` mount/unmount cycles after `warmUp` ones.
 * @param {Page} page
 * @param {number} mounts
 * @param {number} warmUp
 */
export async function mountCase(page, mounts, warmUp) {
  await page.evaluate((n) => /** @type {any} */ (window).bench.mountCycles(n), warmUp);
  const before = await leakSnapshot(page);
  const run = await withTimeout(page.evaluate((n) => /** @type {any} */ (window).bench.mountCycles(n), mounts), 180_000, `${mounts} mounts`);
  const after = await leakSnapshot(page);
  return { before, after, delta: leakDelta(before, after), msPerMount: /** @type {number} */ (run.msPerMount), threadsOpened: /** @type {number} */ (run.threadsOpened) };
}

/**
 * Case B: a warm-up stream, then `deltas` deltas into a fresh element that is then removed.
 * `shown` is the figures while the answer is still on screen.
 * @param {Page} page
 * @param {number} deltas
 * @param {number} warmUp
 */
export async function streamCase(page, deltas, warmUp) {
  await page.evaluate((n) => /** @type {any} */ (window).bench.prepareStream(n), deltas);
  await page.evaluate((n) => /** @type {any} */ (window).bench.streamIn(n), warmUp);
  await page.evaluate(() => /** @type {any} */ (window).bench.removeStreamed());
  const before = await leakSnapshot(page);
  const run = await withTimeout(page.evaluate((n) => /** @type {any} */ (window).bench.streamIn(n), deltas), 180_000, `a ${deltas}-delta stream`);
  const shown = await leakSnapshot(page);
  await page.evaluate(() => /** @type {any} */ (window).bench.removeStreamed());
  const after = await leakSnapshot(page);
  return { before, shown, after, delta: leakDelta(before, after), events: /** @type {number} */ (run.events) };
}

/** Bounds the rows are judged against (also what test/e2e/leaks.test.mjs asserts at its smaller sizes). */
export const BOUNDS = {
  /** DOM nodes and JS listeners: a few stay with the page's own bookkeeping, none per mount. */
  nodes: 50,
  jsEventListeners: 10,
  /**
   * Lit keeps one detached `<template>` per template it has rendered: one the warm-up did not
   * reach (a Markdown block kind first met in the long answer) adds one, once.
   */
  detachedNodes: 50,
  documents: 0,
  heapMB: 2,
  timers: 0,
  frames: 0,
  idleCallbacks: 0,
  observersLive: 0,
  observersOpen: 0,
  globalListeners: 0,
};

/**
 * @param {BenchContext} ctx
 * @returns {Promise<Row[]>}
 */
export async function leaks(ctx) {
  const data = collector();
  const runs = Math.min(ctx.runs, MAX_RUNS);
  for (let run = 1; run <= runs; run += 1) {
    await withPage(ctx, '/bench/pages/leaks.html', async (page) => {
      const mounted = await mountCase(page, MOUNTS, WARM_UP_MOUNTS);
      for (const [key, value] of Object.entries(mounted.delta)) data.add(`mount.${key}`, 'chat-kit', value);
      data.add('mount.baseNodes', 'chat-kit', mounted.before.nodes);
      data.add('mount.baseHeap', 'chat-kit', mounted.before.heapMB);
      data.add('mount.ms', 'chat-kit', mounted.msPerMount);
      ctx.log(`leaks run ${run}/${runs}: ${MOUNTS} mounts (${mounted.msPerMount.toFixed(1)} ms each): ${describe(mounted.delta)}`);
    });
    await withPage(ctx, '/bench/pages/leaks.html', async (page) => {
      const streamed = await streamCase(page, STREAM_DELTAS, WARM_UP_DELTAS);
      for (const [key, value] of Object.entries(streamed.delta)) data.add(`stream.${key}`, 'chat-kit', value);
      data.add('stream.baseNodes', 'chat-kit', streamed.before.nodes);
      data.add('stream.baseHeap', 'chat-kit', streamed.before.heapMB);
      data.add('stream.shownHeap', 'chat-kit', streamed.shown.heapMB - streamed.before.heapMB);
      data.add('stream.shownNodes', 'chat-kit', streamed.shown.nodes - streamed.before.nodes);
      ctx.log(`leaks run ${run}/${runs}: ${streamed.events} events streamed then removed: ${describe(streamed.delta)}`);
    });
  }
  const mounts = `leaks: ${MOUNTS.toLocaleString('en-US')} mounts`;
  const stream = `leaks: ${STREAM_DELTAS.toLocaleString('en-US')}-event stream`;
  /**
   * @param {string} scenario @param {string} prefix @param {keyof typeof BOUNDS} key @param {string} label @param {Row['unit']} unit
   * @returns {Row}
   */
  const bounded = (scenario, prefix, key, label, unit) => ({
    scenario,
    metric: label,
    unit,
    values: data.get(`${prefix}.${key}`),
    target: (m) => {
      const value = m['chat-kit'] ?? Number.NaN;
      return { text: `bounded (≤ ${BOUNDS[key]}${unit === 'MB' ? ' MB' : ''})`, met: value <= BOUNDS[key] };
    },
  });
  /** @param {string} scenario @param {string} prefix @param {string} what */
  const rows = (scenario, prefix, what) => [
    bounded(scenario, prefix, 'nodes', `DOM nodes Δ ${what}`, 'count'),
    bounded(scenario, prefix, 'detachedNodes', `detached DOM nodes Δ ${what}`, 'count'),
    bounded(scenario, prefix, 'jsEventListeners', `JS event listeners Δ ${what}`, 'count'),
    bounded(scenario, prefix, 'globalListeners', `window/document/matchMedia listeners Δ ${what}`, 'count'),
    bounded(scenario, prefix, 'timers', `live timers Δ ${what}`, 'count'),
    bounded(scenario, prefix, 'frames', `pending rAF + idle callbacks Δ ${what}`, 'count'),
    bounded(scenario, prefix, 'observersOpen', `observers not disconnected Δ ${what}`, 'count'),
    bounded(scenario, prefix, 'heapMB', `JS heap Δ ${what}, after GC (MB)`, 'MB'),
  ];
  // Frames and idle callbacks share a row.
  mergeInto(data, 'mount.frames', 'mount.idleCallbacks');
  mergeInto(data, 'stream.frames', 'stream.idleCallbacks');
  return [
    ...rows(mounts, 'mount', `after ${MOUNTS.toLocaleString('en-US')} mounts`).map((row, i) =>
      i === 0
        ? {
            ...row,
            note: `Leaks: each mount appends a fresh <chat-kit> (start screen, history enabled), waits for its start screen, opens the history panel (threads.list) and, every 4th mount, a small thread (threads.get_by_id: a question, a Markdown answer, a Card widget with a Table), then removes it; Δ = after − before, both read after ${WARM_UP_MOUNTS} warm-up mounts, settling (3 frames, 300 ms) and two forced GCs (CDP). Nodes/listeners: Memory.getDOMCounters; detached: DOM.getDetachedDomNodes; timers, frames, observers (observing, never disconnected) and global listeners: an instrument loaded before the bundle. The stream: ${STREAM_DELTAS.toLocaleString('en-US')} text deltas (${(STREAM_DELTAS + 7).toLocaleString('en-US')} events, the streaming scenario's body) after ${WARM_UP_DELTAS} warm-up deltas in another element; then the element is removed. One page per case and run; ${runs < ctx.runs ? `${runs} runs (this scenario runs at most ${MAX_RUNS})` : `${runs} run${runs === 1 ? '' : 's'}`}.`,
          }
        : row,
    ),
    { scenario: mounts, metric: 'baseline: DOM nodes', unit: 'count', values: data.get('mount.baseNodes') },
    { scenario: mounts, metric: 'baseline: JS heap after GC (MB)', unit: 'MB', values: data.get('mount.baseHeap') },
    { scenario: mounts, metric: 'time per mount cycle (ms)', unit: 'ms', values: data.get('mount.ms') },
    ...rows(stream, 'stream', 'after removal'),
    { scenario: stream, metric: 'baseline: DOM nodes', unit: 'count', values: data.get('stream.baseNodes') },
    { scenario: stream, metric: 'baseline: JS heap after GC (MB)', unit: 'MB', values: data.get('stream.baseHeap') },
    { scenario: stream, metric: 'DOM nodes while shown, Δ', unit: 'count', values: data.get('stream.shownNodes') },
    { scenario: stream, metric: 'JS heap while shown, Δ after GC (MB)', unit: 'MB', values: data.get('stream.shownHeap') },
  ];
}

/**
 * Adds the values of `from` to those of `into`, run by run.
 * @param {ReturnType<typeof collector>} data @param {string} into @param {string} from
 */
function mergeInto(data, into, from) {
  const target = data.get(into)['chat-kit'] ?? [];
  const extra = data.get(from)['chat-kit'] ?? [];
  target.forEach((value, i) => {
    target[i] = value + (extra[i] ?? 0);
  });
}

/** @param {LeakSnapshot} delta */
function describe(delta) {
  return `Δ nodes ${delta.nodes}, detached ${delta.detachedNodes}, listeners ${delta.jsEventListeners}, global listeners ${delta.globalListeners}, timers ${delta.timers}, frames ${delta.frames + delta.idleCallbacks}, observers ${delta.observersOpen} (${delta.observersLive} live), heap ${delta.heapMB.toFixed(2)} MB`;
}
