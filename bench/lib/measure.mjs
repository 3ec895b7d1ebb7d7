// @ts-check
/** What scenarios share: fresh pages, traced runs and result rows. */
import { VIEWPORT, openPage, withTimeout } from './browser.mjs';
import { TRACE_CATEGORIES, mainThreadTasks } from './trace.mjs';

/**
 * @typedef {object} BenchContext
 * @property {import('playwright-core').Browser} browser
 * @property {string} baseUrl the static server
 * @property {number} runs
 * @property {(message: string) => void} log progress, to stderr
 * @property {boolean} profile also record a CPU profile of one extra run
 * @property {(urlPath: string) => string | null} fileFor the file the server serves for a URL path
 * @property {(title: string, lines: string[]) => void} addProfile records a `--profile` result
 */

/**
 * One row of the results table: values per implementation (one per run; the table shows medians).
 * @typedef {object} Row
 * @property {string} scenario
 * @property {string} metric
 * @property {'ms' | 'KB' | 'MB' | 'count' | 'ratio'} unit
 * @property {Partial<Record<Impl, number[]>>} values
 * @property {((medians: Partial<Record<Impl, number>>) => { text: string, met: boolean }) | undefined} [target]
 * @property {Partial<Record<Impl, boolean>>} [lowerBound] implementations whose value is a lower bound (stopped at a budget)
 * @property {string} [note] a footnote under the table
 */

/** @typedef {'chat-kit' | 'floor' | 'deep-chat' | 'adaptivecards' | '@a2ui/lit'} Impl */

/**
 * Opens `url` in a new browser context (fresh caches, a fresh renderer) and runs `fn` with it,
 * once the page's set-up is done and, unless `settle` is false, the network has been quiet for
 * 500 ms (chunks the element prefetches when idle are in, so the timed part measures rendering).
 * @template T
 * @param {BenchContext} ctx
 * @param {string} path page path under the server
 * @param {(page: import('playwright-core').Page) => Promise<T>} fn
 * @param {{ settle?: boolean }} [options]
 */
export async function withPage(ctx, path, fn, { settle = true } = {}) {
  const context = await ctx.browser.newContext({ viewport: VIEWPORT });
  try {
    const { page, errors } = await openPage(context, `${ctx.baseUrl}${path}`);
    if (settle) await page.waitForLoadState('networkidle');
    try {
      return await fn(page);
    } catch (error) {
      if (errors.length) throw new Error(`${error instanceof Error ? error.message : String(error)}\npage errors: ${errors.join('\n')}`, { cause: error });
      throw error;
    }
  } finally {
    await context.close();
  }
}

/**
 * Runs `window.bench.run()` on `page` while tracing, and returns its result with the renderer
 * main thread's task time between the page's `bench-start` and `bench-end` marks.
 * @param {BenchContext} ctx
 * @param {import('playwright-core').Page} page
 * @param {string} what for timeout messages
 * @param {number} timeoutMs
 * @returns {Promise<Record<string, number>>}
 */
export async function tracedRun(ctx, page, what, timeoutMs) {
  await ctx.browser.startTracing(page, { categories: TRACE_CATEGORIES });
  /** @type {Record<string, number>} */
  let result;
  /** @type {Buffer} */
  let buffer;
  try {
    result = await withTimeout(page.evaluate(() => /** @type {any} */ (window).bench.run()), timeoutMs, what);
  } finally {
    // Always stop, so a failed run does not leave the browser tracing for the next one.
    buffer = await ctx.browser.stopTracing();
  }
  return { ...result, ...mainThreadTasks(buffer, 'bench-start', 'bench-end') };
}

/**
 * Used JS heap of the page after forcing garbage collection (CDP), in MB.
 * @param {import('playwright-core').Page} page
 */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: the first pass can leave objects whose finalizers free more.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

/**
 * Collects one number per run and implementation for several metrics.
 * @returns {{ add(metric: string, impl: Impl, value: number): void, get(metric: string): Partial<Record<Impl, number[]>> }}
 */
export function collector() {
  /** @type {Map<string, Partial<Record<Impl, number[]>>>} */
  const data = new Map();
  return {
    add(metric, impl, value) {
      const byImpl = data.get(metric) ?? {};
      (byImpl[impl] ??= []).push(value);
      data.set(metric, byImpl);
    },
    get: (metric) => data.get(metric) ?? {},
  };
}

/**
 * "a ≤ k × b" style ratio text.
 * @param {number | undefined} a
 * @param {number | undefined} b
 */
export function ratio(a, b) {
  return a !== undefined && b !== undefined && b > 0 ? a / b : Number.NaN;
}

/** @param {number} value */
export const times = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)}×` : '?');
