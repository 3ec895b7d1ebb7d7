// @ts-check
/**
 * Issue #8's Angular example: demo/angular/ is an Angular 21 app (standalone, zoneless,
 * CUSTOM_ELEMENTS_SCHEMA) built with its own Angular CLI against the built package, with the mock
 * server's endpoint passed as `ng build --define CHATKIT_API_URL=…`, served next to that server and
 * driven in Chromium. It binds options with `[options]` and every event, the dotted `chatkit.*`
 * lifecycle events included, with Angular's `(event)` syntax — the way the README documents.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { watchErrors } from './browser.mjs';
import { exampleAppMissing, serveExampleApp } from './example-app.mjs';

const missing = exampleAppMissing('angular', 'dist/chat-kit.js', 'Angular');

describe('Angular 21 example (demo/angular)', { skip: missing ?? false }, () => {
  const app = serveExampleApp('angular');

  it('chats through the [options] property, and its (widget-action) and (chatkit.*) handlers run', async () => {
    const page = await app.browser.newPage();
    const errors = watchErrors(page);
    /** @type {string[]} */
    const posts = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await page.goto(`${app.server.url}/index.html`);
    const status = page.locator('#status');
    // Rendered by the Angular component, so the app bootstrapped.
    await status.waitFor();
    assert.match(
      await status.innerText(),
      /^responses ended: 0 · thread: none · last action: none · last entity: none$/,
    );

    // The greeting only shows if Angular set `options` as a property rather than an attribute.
    await page.locator('chat-kit [part="greeting"]', { hasText: 'Hello from an Angular app' }).waitFor();
    const editor = page.locator('chat-kit [part="editor"]');
    assert.equal(await editor.getAttribute('data-placeholder'), 'Try "show me the demo card"');
    await editor.fill('show me the demo card');
    await editor.press('Enter');

    const viewDetails = page.locator('chat-kit').getByRole('button', { name: 'View details' });
    await viewDetails.waitFor({ timeout: 20000 });
    // `(chatkit.response.end)` and `(chatkit.thread.change)`: Angular passes the dotted names to
    // addEventListener as written (only keydown.* / keyup.* are parsed as key modifiers).
    await status.locator('[data-handler="response-end"]', { hasText: 'responses ended: 1' }).waitFor();
    const thread = await status.locator('[data-handler="thread-change"]').innerText();
    assert.match(thread, /^thread: thr_\w+$/, 'the (chatkit.thread.change) handler got the new thread id');

    await viewDetails.click();
    const action = status.locator('[data-handler="widget-action"]');
    await action.filter({ hasText: 'demo.view_details' }).waitFor();
    assert.match(
      await action.innerText(),
      /^last action: demo\.view_details on \S+ \(client\)$/,
      '(widget-action) got detail.action.type, the widget item and the client handler',
    );

    // The endpoint is the one given to `ng build --define`, not the app's default.
    assert.ok(posts.length > 0 && posts.every((url) => url === app.server.endpoint), `requests went to ${posts.join(', ')}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
