// @ts-check
/**
 * Issue #8's drop-in promise: an app written with OpenAI's `@openai/chatkit-react` (`useChatKit`
 * + `<ChatKit>`) runs on chat-kit once it adds `import 'chat-kit/openai-chatkit'`. The app in
 * demo/chatkit-react/ is built with its own Vite install, served next to the mock ChatKit server
 * and driven in Chromium: a message, a widget, a client action, and the app's own handlers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { watchErrors } from './browser.mjs';
import { exampleAppMissing, serveExampleApp } from './example-app.mjs';

const missing = exampleAppMissing('chatkit-react', 'dist/openai-chatkit.js', '@openai/chatkit-react');

describe('@openai/chatkit-react app on chat-kit (demo/chatkit-react)', { skip: missing ?? false }, () => {
  const app = serveExampleApp('chatkit-react');

  it('sends a message, renders the widget, and fires onResponseEnd, onThreadChange and widgets.onAction', async () => {
    const page = await app.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.server.url}/index.html`);
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
