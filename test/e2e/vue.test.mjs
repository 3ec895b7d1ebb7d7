// @ts-check
/**
 * Issue #8's Vue 3 example: demo/vue/ is built with its own Vite install against the built
 * package, served next to the mock ChatKit server and driven in Chromium. It passes options as a
 * property (`:options.prop`), handles `widget-action` with `@widget-action`, and listens to the
 * dotted `chatkit.*` lifecycle events as `on…` props in v-bind's object syntax — the way the README documents.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { watchErrors } from './browser.mjs';
import { exampleAppMissing, serveExampleApp } from './example-app.mjs';

const missing = exampleAppMissing('vue', 'dist/chat-kit.js', 'Vue');

describe('Vue 3 example (demo/vue)', { skip: missing ?? false }, () => {
  const app = serveExampleApp('vue');

  it('chats through the options property, and its widget-action and chatkit.* handlers run', async () => {
    const page = await app.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.server.url}/index.html`);
    const status = page.locator('#status');
    assert.match(
      await status.innerText(),
      /responses ended: 0 · thread: none · last action: none/,
    );

    // The greeting only shows if Vue set `options` as a property rather than an attribute.
    await page.locator('chat-kit [part="greeting"]', { hasText: 'Hello from a Vue app' }).waitFor();
    const editor = page.locator('chat-kit [part="editor"]');
    await editor.fill('show me the demo card');
    await editor.press('Enter');

    const viewDetails = page.locator('chat-kit').getByRole('button', { name: 'View details' });
    await viewDetails.waitFor({ timeout: 20000 });
    // Both come through v-bind's `'onChatkit.…'` keys: Vue adds them as listeners of the dotted names.
    await status.locator('[data-handler="response-end"]', { hasText: 'responses ended: 1' }).waitFor();
    const thread = await status.locator('[data-handler="thread-change"]').innerText();
    assert.match(thread, /^thread: thr_\w+$/, 'the chatkit.thread.change handler got the new thread id');

    await viewDetails.click();
    const action = status.locator('[data-handler="widget-action"]');
    await action.filter({ hasText: 'demo.view_details' }).waitFor();
    assert.match(
      await action.innerText(),
      /^last action: demo\.view_details on \S+ \(client\)$/,
      '@widget-action got detail.action.type, the widget item and the client handler',
    );

    assert.deepEqual(errors, []);
    await page.close();
  });
});
