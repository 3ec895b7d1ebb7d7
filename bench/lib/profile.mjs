// @ts-check
/**
 * `--profile`: a CPU profile (CDP Profiler, sampling) of one extra run, reduced to the functions
 * with the most self time. Positions in minified bundles are mapped back to their sources with
 * the bundle's source map when there is one (dist/cdn/*.js.map), so chat-kit's entries read
 * `src/…/file.ts:line`.
 */
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes a source map's `mappings` into, per generated line, [column, source, line, column] segments.
 * @param {string} mappings
 * @returns {number[][][]}
 */
function decodeMappings(mappings) {
  /** @type {number[][][]} */
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const line of mappings.split(';')) {
    /** @type {number[][]} */
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      /** @type {number[]} */
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1] ?? 0;
        sourceLine += values[2] ?? 0;
        sourceColumn += values[3] ?? 0;
        segments.push([column, source, sourceLine, sourceColumn]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** @type {Map<string, { sources: string[], lines: number[][][] } | null>} */
const maps = new Map();

/** @typedef {(urlPath: string) => string | null} FileFor the file the bench server serves for a URL path */

/**
 * The original `source:line` of a position in a served file, when its source map is on disk.
 * @param {FileFor} fileFor
 * @param {string} url
 * @param {number} line 0-based
 * @param {number} column 0-based
 */
function originalPosition(fileFor, url, line, column) {
  let path;
  try {
    path = fileFor(new URL(url).pathname);
  } catch {
    return null;
  }
  if (path === null) return null;
  if (!maps.has(path)) {
    const mapPath = `${path}.map`;
    if (existsSync(mapPath)) {
      const map = JSON.parse(readFileSync(mapPath, 'utf8'));
      maps.set(path, { sources: map.sources, lines: decodeMappings(map.mappings) });
    } else maps.set(path, null);
  }
  const map = maps.get(path);
  const segments = map?.lines[line];
  if (!map || !segments?.length) return null;
  let found = segments[0];
  for (const segment of segments) {
    if ((segment[0] ?? 0) > column) break;
    found = segment;
  }
  if (!found) return null;
  const source = (map.sources[found[1] ?? 0] ?? '?').replace(/^(\.\.\/)+/, '');
  return `${source}:${(found[2] ?? 0) + 1}`;
}

/**
 * @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples?: number[], timeDeltas?: number[], startTime: number, endTime: number }} Profile
 */

/**
 * The functions with the most self time in `profile`.
 * @param {Profile} profile
 * @param {FileFor} fileFor
 * @param {number} [top]
 */
export function hotFunctions(profile, fileFor, top = 12) {
  /** @type {Map<number, ProfileNode>} */
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<string, number>} */
  const self = new Map();
  let totalUs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const node = byId.get(id);
    // The delta after a sample is how long it stood for.
    const us = deltas[i + 1] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') return;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const where = url ? (originalPosition(fileFor, url, lineNumber, columnNumber) ?? `${url.replace(/^https?:\/\/[^/]+\//, '')}:${lineNumber + 1}`) : '';
    const key = `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + us);
    totalUs += us;
  });
  return {
    totalMs: totalUs / 1000,
    functions: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: us / 1000, share: totalUs ? us / totalUs : 0 })),
  };
}

/**
 * Runs `window.bench.run()` under the CPU profiler and returns the hottest functions.
 * @param {import('playwright-core').Page} page
 * @param {FileFor} fileFor
 */
export async function profiledRun(page, fileFor) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let stopped;
  try {
    await page.evaluate(() => /** @type {any} */ (window).bench.run());
  } finally {
    stopped = await cdp.send('Profiler.stop');
    await cdp.detach();
  }
  return hotFunctions(/** @type {Profile} */ (stopped.profile), fileFor);
}

/**
 * Runs `window.bench.run()` under a detailed devtools.timeline trace and returns the renderer main
 * thread's self time per trace event (Layout, Paint, UpdateLayoutTree, FunctionCall, GC…) between
 * the `bench-start` and `bench-end` marks: where the time goes beyond JavaScript.
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').Page} page
 * @param {number} [top]
 */
export async function timelineBreakdown(browser, page, top = 10) {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
  let buffer;
  try {
    await page.evaluate(() => /** @type {any} */ (window).bench.run());
  } finally {
    buffer = await browser.stopTracing();
  }
  /** @type {{ name: string, cat?: string, ph: string, ts: number, dur?: number, pid: number, tid: number }[]} */
  const events = JSON.parse(buffer.toString('utf8')).traceEvents ?? [];
  const start = events.find((e) => e.name === 'bench-start');
  const end = events.findLast((e) => e.name === 'bench-end');
  if (!start || !end) throw new Error('bench: the trace has no bench marks');
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts <= end.ts && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  /** @type {Map<string, number>} */
  const self = new Map();
  /** @type {{ name: string, end: number, children: number, dur: number }[]} */
  const stack = [];
  const close = () => {
    const done = stack.pop();
    if (done) self.set(done.name, (self.get(done.name) ?? 0) + done.dur - done.children);
  };
  for (const slice of slices) {
    while (stack.length && (stack[stack.length - 1]?.end ?? 0) <= slice.ts) close();
    const parent = stack[stack.length - 1];
    const dur = slice.dur ?? 0;
    if (parent) parent.children += Math.min(dur, parent.end - slice.ts);
    stack.push({ name: slice.name, end: slice.ts + dur, children: 0, dur });
  }
  while (stack.length) close();
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self]
    .filter(([name]) => name !== 'ThreadControllerImpl::RunTask' && name !== 'RunTask')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({ name, selfMs: us / 1000, share: total ? us / total : 0 }));
}

/**
 * One line of a profile listing.
 * @param {{ name: string, selfMs: number, share: number }} entry
 */
export const profileLine = (entry) => `${entry.selfMs.toFixed(1).padStart(8)} ms ${(entry.share * 100).toFixed(1).padStart(5)} %  ${entry.name}`;
