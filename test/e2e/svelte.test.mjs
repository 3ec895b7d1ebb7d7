// @ts-check
/**
 * Issue #8's Svelte example: demo/svelte/ is a Svelte 5 app built with its own Vite install that
 * passes options as a property and handles chat-kit's events with Svelte's `on<name>` attributes
 * (dotted lifecycle names included). Built, served next to the mock ChatKit server and driven in
 * Chromium: a message, a widget, a client action, and the app's own handlers.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importMockServer } from '../../demo/mock-server/load.mjs';
import { launch, watchErrors } from './browser.mjs';

const appDir = fileURLToPath(new URL('../../demo/svelte/', import.meta.url));
const appVite = join(appDir, 'node_modules/vite/dist/node/index.js');
const builtEntry = fileURLToPath(new URL('../../dist/chat-kit.js', import.meta.url));

const missing = !existsSync(appVite)
  ? 'demo/svelte has no node_modules: run `npm ci --prefix demo/svelte` first'
  : !existsSync(builtEntry)
    ? 'dist/chat-kit.js is missing: run `npm run build` first'
    : undefined;
if (missing) console.log(`# skipping the Svelte example: ${missing}`);

describe('Svelte 5 app (demo/svelte)', { skip: missing ?? false }, () => {
  const outDir = mkdtempSync(join(tmpdir(), 'chat-kit-svelte-app-'));
  /** @type {{ url: string, endpoint: string, close(): Promise<void> }} */
  let server;
  /** @type {import('playwright-core').BrowserContext} */
  let browser;

  before(async () => {
    const { startMockServer } = await importMockServer();
    // The server first, so the build can bake its endpoint in the way the README tells users to.
    server = await startMockServer({ port: 0, delayMs: 0, sampleThreads: false, staticDir: outDir });
    /** @type {typeof import('vite')} */
    const vite = await import(pathToFileURL(appVite).href);
    const previous = process.env.VITE_CHATKIT_API_URL;
    process.env.VITE_CHATKIT_API_URL = server.endpoint;
    try {
      await vite.build({ root: appDir, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      if (previous === undefined) delete process.env.VITE_CHATKIT_API_URL;
      else process.env.VITE_CHATKIT_API_URL = previous;
    }
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('sends a message, renders the widget, and runs the widget-action, response-end and thread-change handlers', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/index.html`);
    const status = page.locator('#status');
    assert.match(await status.innerText(), /responses ended: 0 · thread: none · last action: none/);

    // The greeting comes from the options object Svelte set as a property.
    await page.locator('chat-kit [part="greeting"]', { hasText: 'Hello from a Svelte app' }).waitFor();
    const editor = page.locator('chat-kit [part="editor"]');
    await editor.fill('show me the demo card');
    await editor.press('Enter');

    const viewDetails = page.locator('chat-kit').getByRole('button', { name: 'View details' });
    await viewDetails.waitFor({ timeout: 20000 });
    // onchatkit.response.end / onchatkit.thread.change: Svelte 5 listens to the dotted names as written.
    await status.locator('[data-handler="response-end"]', { hasText: 'responses ended: 1' }).waitFor();
    const thread = await status.locator('[data-handler="thread-change"]').innerText();
    assert.match(thread, /^thread: thr_\w+$/, 'the thread-change handler received the new thread id');

    await viewDetails.click();
    const action = status.locator('[data-handler="widget-action"]');
    await action.filter({ hasText: 'demo.view_details' }).waitFor();
    assert.equal(await action.innerText(), 'last action: demo.view_details', 'onwidget-action got detail.action.type');

    assert.deepEqual(errors, []);
    await page.close();
  });
});
