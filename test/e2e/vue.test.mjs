// @ts-check
/**
 * Issue #8's Vue 3 example: demo/vue/ is built with its own Vite install against the built
 * package, served next to the mock ChatKit server and driven in Chromium. It passes options as a
 * property (`:options.prop`), handles `widget-action` with `@widget-action`, and listens to the
 * dotted `chatkit.*` lifecycle events as `on…` props in v-bind's object syntax — the way the README documents.
 */
import { describe, it } from 'node:test';
import { chatThroughExample, exampleAppMissing, serveExampleApp } from './example-app.mjs';

const missing = exampleAppMissing('vue', 'dist/chat-kit.js', 'Vue');

describe('Vue 3 example (demo/vue)', { skip: missing ?? false }, () => {
  const app = serveExampleApp('vue');

  it('chats through the options property, and its widget-action and chatkit.* handlers run', async () => {
    await chatThroughExample(app, 'Hello from a Vue app');
  });
});
