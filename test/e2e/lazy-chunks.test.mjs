// @ts-check
/**
 * The CDN ES-module bundle keeps what a first render of an empty chat does not need in lazy
 * chunks: this loads a plain page against the mock server, checks which chunks a page fetches
 * and when, and cuts the network to chunks (as an offline CDN would) to check that each failure
 * stays contained, is reported as `chatkit.error`, never as an unhandled rejection, and that
 * Retry works once the network is back.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importMockServer } from '../../demo/mock-server/load.mjs';
import { launch } from './browser.mjs';
import { copyBundles } from './bundles.mjs';

const dir = mkdtempSync(join(tmpdir(), 'chat-kit-lazy-'));
/** @type {{ url: string, endpoint: string, close(): Promise<void> }} */
let server;
/** @type {import('playwright-core').BrowserContext} */
let browser;

/** Chunks a first render of an empty chat must not fetch (names as the build gives them). */
const FIRST_USE = ['widget-item-view', 'icon-table', 'chat-kit-history-view', 'composer-extras', 'composer-mentions', 'theme-chunk', 'ck-structured-input'];

before(async () => {
  // The bundles as `npm run build` makes them, from the current sources (built once per run).
  await copyBundles(dir);
  // Page-side probes: every `chatkit.error`, and any unhandled rejection.
  writeFileSync(
    join(dir, 'lazy.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lazy</title></head><body>
<chat-kit api-url="/chatkit" greeting="Lazy page" style="display:block;height:600px"></chat-kit>
<script>
  window.seen = [];
  addEventListener('unhandledrejection', (event) => window.seen.push('unhandledrejection: ' + String(event.reason)));
  document.querySelector('chat-kit').addEventListener('chatkit.error', (event) => window.seen.push('chatkit.error: ' + event.detail.error.message));
</script>
<script type="module" src="./chat-kit.bundle.js"></script>
</body></html>`,
  );
  const { startMockServer } = await importMockServer();
  server = await startMockServer({ port: 0, delayMs: 0, staticDir: dir });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Opens the page, recording the JS files it requests and its page errors.
 * @param {(page: import('playwright-core').Page) => Promise<void>} [setup]
 */
async function open(setup) {
  const page = await browser.newPage();
  /** @type {string[]} */
  const requested = [];
  /** @type {string[]} */
  const errors = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.js')) requested.push(name);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await setup?.(page);
  await page.goto(`${server.url}/lazy.html`);
  await page.locator('chat-kit [part="greeting"]', { hasText: 'Lazy page' }).waitFor();
  return { page, requested, errors };
}

/** @param {string[]} requested @param {string} chunk */
const fetched = (requested, chunk) => requested.some((name) => name.startsWith(`${chunk}-`));

/** @param {import('playwright-core').Page} page @param {string} text */
async function send(page, text) {
  await page.locator('chat-kit [part="editor"]').fill(text);
  await page.locator('chat-kit [part="editor"]').press('Enter');
}

/** @param {import('playwright-core').Page} page @returns {Promise<string[]>} */
const seen = (page) => page.evaluate(() => /** @type {string[]} */ (/** @type {any} */ (window).seen));

describe('lazy chunks of the CDN ES-module bundle', () => {
  it('an empty chat fetches only the bundle (and the transcript when idle); each part comes with its first use', async () => {
    const { page, requested, errors } = await open();
    // Whatever the page does while idle, none of the first-use parts is fetched.
    await page.waitForLoadState('networkidle');
    assert.equal(requested[0], 'chat-kit.bundle.js');
    for (const chunk of FIRST_USE) assert.equal(fetched(requested, chunk), false, `${chunk} fetched before its first use`);

    await send(page, 'Show me a widget');
    await page.locator('chat-kit ck-widget-item', { hasText: 'Coffee beans' }).first().waitFor();
    assert.ok(fetched(requested, 'widget-item-view'), 'the widgets chunk came with the first widget');
    assert.equal(fetched(requested, 'chat-kit-history-view'), false);

    await page.locator('chat-kit ck-header [part="history"]').click();
    await page.locator('chat-kit ck-history-panel [part~="item"]').first().waitFor();
    assert.ok(fetched(requested, 'chat-kit-history-view'), 'the history chunk came with the first opening');
    assert.deepEqual(await seen(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('offline chunks show a contained error, fire chatkit.error, and load on Retry once back online', async () => {
    let offline = true;
    const { page, errors } = await open(async (p) => {
      await p.route(/\/(widget-item-view|chat-kit-history-view)-[\w-]+\.js$/, (route) =>
        offline ? route.abort('internetdisconnected') : route.continue(),
      );
    });

    await send(page, 'Show me a widget');
    const widgetError = page.locator('chat-kit ck-widget-item [part="error"]').first();
    await widgetError.waitFor();
    assert.match(await widgetError.innerText(), /This widget could not be displayed/);
    // The rest of the conversation is unaffected: the answer's text is there.
    await page.locator('chat-kit .assistant').first().waitFor();
    // Retry while still offline fails again, contained, with no unhandled rejection.
    await widgetError.getByRole('button').click();
    await page.locator('chat-kit ck-widget-item [part="error"]').first().waitFor();

    await page.locator('chat-kit ck-header [part="history"]').click();
    const historyError = page.locator('chat-kit [part="history"] [role="alert"]');
    await historyError.waitFor();
    assert.match(await historyError.innerText(), /Your conversations could not be loaded/);

    const reported = await seen(page);
    assert.ok(reported.filter((line) => line.startsWith('chatkit.error:')).length >= 2, reported.join('\n'));
    assert.deepEqual(reported.filter((line) => line.startsWith('unhandledrejection')), []);
    assert.deepEqual(errors, []);

    offline = false;
    await historyError.getByRole('button').click();
    await page.locator('chat-kit ck-history-panel [part~="item"]').first().waitFor();
    // Back to the conversation: the widget items are drawn anew, and their chunk now loads.
    await page.locator('chat-kit ck-header [part="history"]').click();
    await page.locator('chat-kit ck-widget-item', { hasText: 'Coffee beans' }).first().waitFor();
    assert.deepEqual((await seen(page)).filter((line) => line.startsWith('unhandledrejection')), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
