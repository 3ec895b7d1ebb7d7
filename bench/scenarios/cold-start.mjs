// @ts-check
/**
 * Cold start: a fresh browser context (empty caches, new renderer) per run; from before
 * `import()` of the bundle to the first frame of an empty element, split into script
 * load + evaluation and first render. deep-chat (bundled the same way) is the reference.
 */
import { withTimeout } from '../lib/browser.mjs';
import { collector, withPage } from '../lib/measure.mjs';

/** @typedef {import('../lib/measure.mjs').BenchContext} BenchContext */
/** @typedef {import('../lib/measure.mjs').Row} Row */

/**
 * @param {BenchContext} ctx
 * @returns {Promise<Row[]>}
 */
export async function coldStart(ctx) {
  const data = collector();
  for (let run = 1; run <= ctx.runs; run += 1) {
    for (const impl of /** @type {const} */ (['chat-kit', 'deep-chat'])) {
      const result = await withPage(ctx, `/bench/pages/cold.html?impl=${impl}`, (page) =>
        withTimeout(page.evaluate(() => /** @type {any} */ (window).bench.run()), 30_000, `${impl} to start`),
        { settle: false },
      );
      data.add('eval', impl, result.evalMs);
      data.add('render', impl, result.renderMs);
      data.add('total', impl, result.totalMs);
      ctx.log(`cold start ${impl} run ${run}/${ctx.runs}: ${result.evalMs.toFixed(1)} ms load + evaluate, ${result.renderMs.toFixed(1)} ms first render`);
    }
  }
  const scenario = 'cold start, empty element';
  return [
    { scenario, metric: 'import(): load + evaluate (ms)', unit: 'ms', values: data.get('eval'), note: 'Cold start: script fetched over loopback with Cache-Control: no-store, in a fresh browser context each run.' },
    { scenario, metric: 'first render + 1 frame (ms)', unit: 'ms', values: data.get('render') },
    { scenario, metric: 'total (ms)', unit: 'ms', values: data.get('total') },
  ];
}
