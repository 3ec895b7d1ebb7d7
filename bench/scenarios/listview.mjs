// @ts-check
/**
 * A 1,000-item list: chat-kit's widget renderer (`<ck-widget-item>`, what the thread view renders
 * for a widget item) beside Adaptive Cards and A2UI rendering an equivalent card / surface, and
 * the same rows as plain DOM (the floor: what the machine needs for 1,000 rows at all), plus the
 * whole `<chat-kit>` path (one `thread.item.done` of the widget on a running stream).
 */
import { collector, ratio, times, tracedRun, withPage } from '../lib/measure.mjs';
import { profileLine, profiledRun, timelineBreakdown } from '../lib/profile.mjs';

/** @typedef {import('../lib/measure.mjs').BenchContext} BenchContext */
/** @typedef {import('../lib/measure.mjs').Row} Row */

const IMPLS = /** @type {const} */ ([
  ['floor', 'floor', 'render'],
  ['chat-kit', 'chat-kit', 'render'],
  ['adaptivecards', 'adaptivecards', 'render'],
  ['a2ui', '@a2ui/lit', 'render'],
  ['chat-kit-element', 'chat-kit', 'element'],
]);

/**
 * @param {BenchContext} ctx
 * @returns {Promise<Row[]>}
 */
export async function listview(ctx) {
  const data = collector();
  for (let run = 1; run <= ctx.runs; run += 1) {
    for (const [page, impl, metric] of IMPLS) {
      const result = await withPage(ctx, `/bench/pages/listview.html?impl=${page}`, (p) => tracedRun(ctx, p, `${page} to render 1,000 rows`, 60_000));
      data.add(metric, impl, result.wallMs ?? Number.NaN);
      data.add(`${metric}-main`, impl, result.totalMs ?? Number.NaN);
      ctx.log(`listview ${page} run ${run}/${ctx.runs}: ${(result.wallMs ?? 0).toFixed(1)} ms to rendered, ${(result.totalMs ?? 0).toFixed(1)} ms main thread`);
    }
  }
  if (ctx.profile) {
    const path = '/bench/pages/listview.html?impl=chat-kit';
    const hot = await withPage(ctx, path, (page) => profiledRun(page, ctx.fileFor));
    ctx.addProfile(`1,000-item ListView, chat-kit: JS self time (${Math.round(hot.totalMs)} ms sampled)`, hot.functions.map(profileLine));
    const timeline = await withPage(ctx, path, (page) => timelineBreakdown(ctx.browser, page));
    ctx.addProfile('1,000-item ListView, chat-kit: main-thread self time by trace event', timeline.map(profileLine));
  }
  const scenario = '1,000-item ListView';
  return [
    {
      scenario,
      metric: 'render call → rendered (ms)',
      unit: 'ms',
      values: data.get('render'),
      target: (m) => {
        const own = m['chat-kit'] ?? Infinity;
        const peers = [m.adaptivecards, m['@a2ui/lit']].filter((v) => v !== undefined);
        const fastestPeer = Math.min(...peers);
        return { text: `< 50 ms, faster than both peers (${times(ratio(fastestPeer, own))} the fastest)`, met: own < 50 && peers.every((v) => own < v) };
      },
    },
    { scenario, metric: 'main-thread time in that window (ms)', unit: 'ms', values: data.get('render-main') },
    {
      scenario,
      metric: 'via <chat-kit>: item.done → rendered (ms)',
      unit: 'ms',
      values: data.get('element'),
      note: '"via <chat-kit>": the widget arrives as one thread.item.done on a running stream (fake api.fetch); timed from enqueuing that event to the first frame showing the 1,000th row.',
    },
  ];
}
