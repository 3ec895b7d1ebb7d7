// @ts-check
/**
 * demo/vanilla as its README says to use it: the page opened from disk (file://) with the IIFE
 * bundle, pointed at the standalone mock server through its endpoint field. The bundle is built
 * from the current sources into a scratch copy laid out like the repo (demo/vanilla + dist/cdn),
 * so the page's `../../dist/cdn/chat-kit.iife.js` resolves without touching the real dist/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { importMockServer } from '../../demo/mock-server/load.mjs';
import { launch, watchErrors } from './browser.mjs';

const dir = mkdtempSync(join(tmpdir(), 'chat-kit-vanilla-'));
/** @type {{ url: string, endpoint: string, close(): Promise<void> }} */
let server;
/** @type {import('playwright-core').BrowserContext} */
let browser;

before(async () => {
  mkdirSync(join(dir, 'demo/vanilla'), { recursive: true });
  copyFileSync('demo/vanilla/index.html', join(dir, 'demo/vanilla/index.html'));
  await build({ configFile: 'vite.iife.config.ts', logLevel: 'silent', build: { outDir: join(dir, 'dist/cdn'), emptyOutDir: false } });
  const { startMockServer } = await importMockServer();
  server = await startMockServer({ port: 0, delayMs: 0 });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('demo/vanilla from file://', () => {
  it('connects to the endpoint typed in, chats, and the page handles a client widget action', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(pathToFileURL(join(dir, 'demo/vanilla/index.html')).href);
    assert.equal(await page.locator('#endpoint').inputValue(), 'http://127.0.0.1:8787/chatkit', 'the documented default');

    await page.locator('#endpoint').fill(server.endpoint);
    await page.locator('#connect button[type="submit"]').click();
    await page.locator('#log li', { hasText: `"url":"${server.endpoint}"` }).waitFor();
    await page.locator('chat-kit [part="greeting"]', { hasText: 'Hello from a plain HTML page' }).waitFor();

    await page.locator('chat-kit [part="editor"]').fill('Show me the demo card');
    await page.locator('chat-kit [part="editor"]').press('Enter');
    const card = page.locator('chat-kit ck-widget-card').first();
    await card.waitFor({ timeout: 20000 });
    await page.locator('#log li', { hasText: 'chatkit.response.end' }).waitFor({ timeout: 20000 });
    await page.locator('#log li', { hasText: 'chatkit.thread.change' }).first().waitFor();

    await card.locator('button', { hasText: 'View details' }).click();
    await page.locator('#handled', { hasText: 'Page handled demo.view_details for order ord_42' }).waitFor();
    await page.locator('#log li', { hasText: '"handler":"client"' }).waitFor();

    // Only the page's default endpoint may fail (nothing listens on 8787 in the test); the rest ran cleanly.
    assert.deepEqual(errors.filter((e) => !e.includes('8787')), []);
    await page.close();
  });
});
