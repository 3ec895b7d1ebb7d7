// @ts-check
/**
 * Leaks, bounded (the bench's `leaks` scenario at a tenth of its size): `<chat-kit>` from the
 * CDN bundle mounted and removed 100 times (start screen, history list, every 4th time a small
 * thread with a widget), and a 2,000-delta stream into an element that is then removed. After
 * forced GC, DOM nodes, detached nodes and JS listeners are back within a small constant of the
 * baseline, nothing the element started is still pending (timers, frames, idle callbacks,
 * observers, window/document/matchMedia listeners) and the heap grew by less than 2 MB.
 * Bounds, not timings. The page and its instrument are bench/pages/leaks.*.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage } from '../../bench/lib/browser.mjs';
import { startServer } from '../../bench/lib/server.mjs';
import { BOUNDS, leakSnapshot, mountCase, streamCase } from '../../bench/scenarios/leaks.mjs';
import { launch } from './browser.mjs';
import { copyBundles } from './bundles.mjs';

const MOUNTS = 100;
const DELTAS = 2000;
const dir = mkdtempSync(join(tmpdir(), 'chat-kit-leaks-'));
/** @type {{ url: string, close(): Promise<void> }} */
let server;
/** @type {import('playwright-core').BrowserContext} */
let browser;

before(async () => {
  // The bundles as `npm run build` makes them, from the current sources (built once per run).
  await copyBundles(dir);
  server = await startServer(process.cwd(), { '/dist/cdn/': dir });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open() {
  const { page, errors } = await openPage(browser, `${server.url}/bench/pages/leaks.html`);
  return { page, errors };
}

/**
 * Asserts every bounded figure of `delta`.
 * @param {import('../../bench/scenarios/leaks.mjs').LeakSnapshot} delta
 * @param {string} what
 */
function assertBounded(delta, what) {
  assert.equal(delta.documents, 0, `${what}: documents`);
  assert.ok(delta.nodes <= BOUNDS.nodes, `${what}: ${delta.nodes} more DOM nodes (bound ${BOUNDS.nodes})`);
  assert.ok(delta.detachedNodes <= BOUNDS.detachedNodes, `${what}: ${delta.detachedNodes} more detached DOM nodes (bound ${BOUNDS.detachedNodes})`);
  assert.ok(delta.jsEventListeners <= BOUNDS.jsEventListeners, `${what}: ${delta.jsEventListeners} more JS event listeners (bound ${BOUNDS.jsEventListeners})`);
  assert.equal(delta.timers, 0, `${what}: live timers`);
  assert.equal(delta.frames, 0, `${what}: pending animation frames`);
  assert.equal(delta.idleCallbacks, 0, `${what}: pending idle callbacks`);
  assert.equal(delta.observersOpen, 0, `${what}: observers never disconnected`);
  assert.equal(delta.observersLive, 0, `${what}: observers still alive and observing`);
  assert.equal(delta.globalListeners, 0, `${what}: window/document/matchMedia listeners`);
  assert.ok(delta.heapMB < BOUNDS.heapMB, `${what}: heap grew by ${delta.heapMB.toFixed(2)} MB (bound ${BOUNDS.heapMB} MB)`);
}

/** @param {Record<string, number>} delta figures for the log, the heap in MB to 2 decimals */
const rounded = (delta) => Object.fromEntries(Object.entries(delta).map(([key, value]) => [key, Math.round(value * 100) / 100]));

describe('leaks: <chat-kit> leaves nothing behind', () => {
  it('the instrument sees what a page leaves pending (so zero below means zero)', async () => {
    const { page, errors } = await open();
    const before = await leakSnapshot(page);
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      const box = document.body.appendChild(document.createElement('div'));
      w.kept = {
        interval: setInterval(() => undefined, 1000),
        timeout: setTimeout(() => undefined, 60_000),
        observer: new ResizeObserver(() => undefined),
        listener: () => undefined,
        query: matchMedia('(min-width: 1px)'),
        box,
      };
      w.kept.observer.observe(box);
      window.addEventListener('resize', w.kept.listener);
      w.kept.query.addEventListener('change', w.kept.listener);
      // Registered twice: the browser keeps one, and so does the count.
      document.addEventListener('keydown', w.kept.listener);
      document.addEventListener('keydown', w.kept.listener);
      // Fired once, then gone.
      window.addEventListener('leak-probe', w.kept.listener, { once: true });
      window.dispatchEvent(new Event('leak-probe'));
      requestAnimationFrame(function again() {
        w.kept.frame = requestAnimationFrame(again);
      });
    });
    const leaked = await leakSnapshot(page);
    assert.equal(leaked.timers - before.timers, 2);
    assert.equal(leaked.frames - before.frames, 1);
    assert.equal(leaked.observersLive - before.observersLive, 1);
    assert.equal(leaked.globalListeners - before.globalListeners, 3);
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      clearInterval(w.kept.interval);
      clearTimeout(w.kept.timeout);
      cancelAnimationFrame(w.kept.frame);
      w.kept.observer.disconnect();
      window.removeEventListener('resize', w.kept.listener);
      document.removeEventListener('keydown', w.kept.listener);
      w.kept.query.removeEventListener('change', w.kept.listener);
    });
    const cleared = await leakSnapshot(page);
    assert.equal(cleared.timers, before.timers);
    assert.equal(cleared.frames, before.frames);
    assert.equal(cleared.observersOpen, before.observersOpen);
    assert.equal(cleared.globalListeners, before.globalListeners);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it(`mounting and removing it ${MOUNTS} times`, async (t) => {
    const { page, errors } = await open();
    const result = await mountCase(page, MOUNTS, 10);
    t.diagnostic(`Δ after ${MOUNTS} mounts: ${JSON.stringify(rounded(result.delta))}`);
    assert.equal(result.threadsOpened, MOUNTS / 4, 'every 4th mount opened the thread');
    assertBounded(result.delta, `after ${MOUNTS} mounts`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it(`streaming ${DELTAS.toLocaleString('en-US')} deltas into it, then removing it`, async (t) => {
    const { page, errors } = await open();
    const result = await streamCase(page, DELTAS, 200);
    t.diagnostic(`Δ after a ${DELTAS}-delta stream and removal: ${JSON.stringify(rounded(result.delta))}`);
    // While shown, the answer and the element's own observers and listeners are there…
    assert.ok(result.shown.nodes - result.before.nodes > 500, `the answer was rendered (${result.shown.nodes - result.before.nodes} nodes)`);
    assert.ok(result.shown.observersLive > result.before.observersLive, 'the transcript observes its size while shown');
    assert.ok(result.shown.globalListeners > result.before.globalListeners, 'the element listens to the colour scheme while shown');
    // …and once it is removed they are gone.
    assertBounded(result.delta, `after a ${DELTAS}-delta stream and removal`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
