// @ts-check
/**
 * The self-contained bundles on a plain HTML page: one <script type="module"> tag (and the
 * classic IIFE script) against the standalone mock server, no build step on the page's side.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importMockServer } from '../../demo/mock-server/load.mjs';
import { launch } from './browser.mjs';
import { copyBundles } from './bundles.mjs';

const dir = mkdtempSync(join(tmpdir(), 'chat-kit-cdn-'));
/** @type {{ url: string, endpoint: string, close(): Promise<void> }} */
let server;
/** @type {import('playwright-core').BrowserContext} */
let browser;

before(async () => {
  // The bundles as `npm run build` makes them, from the current sources (built once per run).
  await copyBundles(dir);
  const page = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title></head>
<body><chat-kit api-url="/chatkit" greeting="Plain page" style="display:block;height:560px"></chat-kit>${script}</body></html>`;
  writeFileSync(join(dir, 'esm.html'), page('<script type="module" src="./chat-kit.bundle.js"></script>'));
  writeFileSync(join(dir, 'iife.html'), page('<script src="./chat-kit.iife.js"></script>'));
  const { startMockServer } = await importMockServer();
  server = await startMockServer({ port: 0, delayMs: 0, staticDir: dir });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

for (const [label, file] of [['ES-module bundle', 'esm.html'], ['classic IIFE bundle', 'iife.html']]) {
  describe(`plain HTML page with the ${label}`, () => {
    it('greets, sends and shows the streamed answer', async () => {
      const page = await browser.newPage();
      /** @type {string[]} */
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/${file}`);
      await page.locator('chat-kit [part="greeting"]', { hasText: 'Plain page' }).waitFor();
      await page.locator('chat-kit [part="editor"]').fill('Hello from a plain page');
      await page.locator('chat-kit [part="editor"]').press('Enter');
      await page.locator('chat-kit .assistant').first().waitFor();
      await page.locator('chat-kit button[part="send"]').waitFor({ timeout: 20000 });
      const text = await page.locator('chat-kit .assistant').first().innerText();
      assert.ok(text.length > 20, 'an answer streamed in');
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
