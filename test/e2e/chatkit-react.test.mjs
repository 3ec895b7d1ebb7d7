// @ts-check
/**
 * Issue #8's drop-in promise: an app written with OpenAI's `@openai/chatkit-react` (`useChatKit`
 * + `<ChatKit>`) runs on chat-kit once it adds `import 'chat-kit/openai-chatkit'`. The app in
 * demo/chatkit-react/ is built with its own Vite install, served next to the mock ChatKit server
 * and driven in Chromium: a message, a widget, a client action, and the app's own handlers.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importMockServer } from '../../demo/mock-server/load.mjs';
import { launch, watchErrors } from './browser.mjs';

const appDir = fileURLToPath(new URL('../../demo/chatkit-react/', import.meta.url));
const appVite = join(appDir, 'node_modules/vite/dist/node/index.js');
const builtEntry = fileURLToPath(new URL('../../dist/openai-chatkit.js', import.meta.url));

const missing = !existsSync(appVite)
  ? 'demo/chatkit-react has no node_modules: run `npm ci --prefix demo/chatkit-react` first'
  : !existsSync(builtEntry)
    ? 'dist/openai-chatkit.js is missing: run `npm run build` first'
    : undefined;
if (missing) console.log(`# skipping the @openai/chatkit-react example: ${missing}`);

describe('@openai/chatkit-react app on chat-kit (demo/chatkit-react)', { skip: missing ?? false }, () => {
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

  it('sends a message, renders the widget, and fires onResponseEnd, onThreadChange and widgets.onAction', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/index.html`);
    const status = page.locator('#status');
    assert.match(await status.innerText(), /responses ended: 0 · thread: none · last action: none/);

    // The greeting comes from the options useChatKit passed through setOptions().
    await page.locator('openai-chatkit [part="greeting"]', { hasText: 'Hello from a ChatKit React app' }).waitFor();
    const editor = page.locator('openai-chatkit [part="editor"]');
    await editor.fill('show me the demo card');
    await editor.press('Enter');

    const viewDetails = page.locator('openai-chatkit').getByRole('button', { name: 'View details' });
    await viewDetails.waitFor({ timeout: 20000 });
    await status.locator('[data-handler="onResponseEnd"]', { hasText: 'responses ended: 1' }).waitFor();
    const thread = await status.locator('[data-handler="onThreadChange"]').innerText();
    assert.match(thread, /^thread: thr_\w+$/, 'onThreadChange received the new thread id');

    await viewDetails.click();
    const action = status.locator('[data-handler="widgets.onAction"]');
    await action.filter({ hasText: 'demo.view_details' }).waitFor();
    assert.match(await action.innerText(), /^last action: demo\.view_details on \S+$/, 'onAction got the action and the widget item');

    assert.deepEqual(errors, []);
    await page.close();
  });
});
