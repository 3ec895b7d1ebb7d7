// @ts-check
/**
 * Main-thread time from a Chromium trace. We trace only `toplevel` (every task the scheduler runs,
 * as `ThreadControllerImpl::RunTask`) and `blink.user_timing` (the page's performance.mark()s):
 * the detailed devtools.timeline categories record every layout, parse and function call, and that
 * recording overhead would weigh most on the implementation that does the most small DOM
 * operations. A task's duration includes its microtasks and, for frame tasks, style, layout and
 * paint, so the sum of the renderer main thread's tasks between two marks is the main-thread time
 * the page spent, and the longest of them is what a user's input could have waited behind.
 * (CDP Performance.getMetrics' TaskDuration gives the same total but no longest task.)
 */

export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * @typedef {{ name: string, cat?: string, ph: string, ts: number, dur?: number, pid: number, tid: number }} TraceEvent
 */

/**
 * Sums and maxes the main-thread tasks of the renderer that emitted `startMark`, clipped to the
 * window between the two marks (nested tasks are counted once, inside their parent).
 * @param {Buffer} buffer the output of `browser.stopTracing()`
 * @param {string} startMark
 * @param {string} endMark
 * @returns {{ totalMs: number, longestMs: number, tasks: number, windowMs: number }}
 */
export function mainThreadTasks(buffer, startMark, endMark) {
  const parsed = /** @type {{ traceEvents?: TraceEvent[] } | TraceEvent[]} */ (JSON.parse(buffer.toString('utf8')));
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const start = events.find((e) => e.name === startMark && e.cat === 'blink.user_timing');
  const end = events.findLast((e) => e.name === endMark && e.cat === 'blink.user_timing');
  if (!start || !end) throw new Error(`bench: the trace has no ${start ? endMark : startMark} mark (was the page traced?)`);
  const { pid, tid } = start;
  const tasks = events
    .filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && e.pid === pid && e.tid === tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  let totalUs = 0;
  let longestUs = 0;
  let count = 0;
  let coveredUntil = -Infinity;
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur ?? 0);
    // A task starting inside the previous one is nested (a nested run loop): already counted.
    if (task.ts < coveredUntil) continue;
    coveredUntil = taskEnd;
    const clipped = Math.min(taskEnd, end.ts) - Math.max(task.ts, start.ts);
    if (clipped <= 0) continue;
    totalUs += clipped;
    longestUs = Math.max(longestUs, clipped);
    count += 1;
  }
  return { totalMs: totalUs / 1000, longestMs: longestUs / 1000, tasks: count, windowMs: (end.ts - start.ts) / 1000 };
}
