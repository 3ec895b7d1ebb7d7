// @ts-check
/**
 * Issue #8's React 19 example: demo/react/ renders <chat-kit> directly (no wrapper), is built with
 * its own Vite install against the built package, served next to the mock ChatKit server and
 * driven in Chromium. It passes options as a property (`options={…}`, which React 19 sets as a
 * property on custom elements), handles `widget-action` with `onwidget-action={…}`, and listens to
 * the dotted `chatkit.*` lifecycle events through `on<event>` props spread with quoted keys.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importMockServer } from '../../demo/mock-server/load.mjs';
import { launch, watchErrors } from './browser.mjs';

const appDir = fileURLToPath(new URL('../../demo/react/', import.meta.url));
const appVite = join(appDir, 'node_modules/vite/dist/node/index.js');
const builtEntry = fileURLToPath(new URL('../../dist/chat-kit.js', import.meta.url));

const missing = !existsSync(appVite)
  ? 'demo/react has no node_modules: run `npm ci --prefix demo/react` first'
  : !existsSync(builtEntry)
    ? 'dist/chat-kit.js is missing: run `npm run build` first'
    : undefined;
if (missing) console.log(`# skipping the React example: ${missing}`);

describe('React 19 example (demo/react)', { skip: missing ?? false }, () => {
  const outDir = mkdtempSync(join(tmpdir(), 'chat-kit-react-app-'));
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

  it('chats through the options property, and its widget-action and chatkit.* handlers run', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/index.html`);
    const status = page.locator('#status');
    assert.match(
      await status.innerText(),
      /responses ended: 0 · thread: none · last action: none/,
    );

    // The greeting only shows if React set `options` as a property rather than an attribute.
    await page.locator('chat-kit [part="greeting"]', { hasText: 'Hello from a React app' }).waitFor();
    const editor = page.locator('chat-kit [part="editor"]');
    await editor.fill('show me the demo card');
    await editor.press('Enter');

    const viewDetails = page.locator('chat-kit').getByRole('button', { name: 'View details' });
    await viewDetails.waitFor({ timeout: 20000 });
    // Both come through spread `onchatkit.*` props: React 19 passes the dotted names to addEventListener.
    await status.locator('[data-handler="response-end"]', { hasText: 'responses ended: 1' }).waitFor();
    const thread = await status.locator('[data-handler="thread-change"]').innerText();
    assert.match(thread, /^thread: thr_\w+$/, 'the chatkit.thread.change handler got the new thread id');

    await viewDetails.click();
    const action = status.locator('[data-handler="widget-action"]');
    await action.filter({ hasText: 'demo.view_details' }).waitFor();
    assert.match(
      await action.innerText(),
      /^last action: demo\.view_details on \S+ \(client\)$/,
      'onwidget-action got detail.action.type, the widget item and the client handler',
    );

    assert.deepEqual(errors, []);
    await page.close();
  });
});
