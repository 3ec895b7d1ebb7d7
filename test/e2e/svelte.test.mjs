// @ts-check
/**
 * Issue #8's Svelte example: demo/svelte/ is a Svelte 5 app built with its own Vite install that
 * passes options as a property and handles chat-kit's events with Svelte's `on<name>` attributes
 * (dotted lifecycle names included). Built, served next to the mock ChatKit server and driven in
 * Chromium: a message, a widget, a client action, and the app's own handlers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { watchErrors } from './browser.mjs';
import { exampleAppMissing, serveExampleApp } from './example-app.mjs';

const missing = exampleAppMissing('svelte', 'dist/chat-kit.js', 'Svelte');

describe('Svelte 5 app (demo/svelte)', { skip: missing ?? false }, () => {
  const app = serveExampleApp('svelte');

  it('sends a message, renders the widget, and runs the widget-action, response-end and thread-change handlers', async () => {
    const page = await app.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.server.url}/index.html`);
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
