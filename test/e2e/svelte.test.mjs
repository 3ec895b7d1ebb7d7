// @ts-check
/**
 * Issue #8's Svelte example: demo/svelte/ is a Svelte 5 app built with its own Vite install that
 * passes options as a property and handles chat-kit's events with Svelte's `on<name>` attributes
 * (dotted lifecycle names included). Built, served next to the mock ChatKit server and driven in
 * Chromium: a message, a widget, a client action, and the app's own handlers.
 */
import { describe, it } from 'node:test';
import { chatThroughExample, exampleAppMissing, serveExampleApp } from './example-app.mjs';

const missing = exampleAppMissing('svelte', 'dist/chat-kit.js', 'Svelte');

describe('Svelte 5 app (demo/svelte)', { skip: missing ?? false }, () => {
  const app = serveExampleApp('svelte');

  it('sends a message, renders the widget, and runs the widget-action, response-end and thread-change handlers', async () => {
    // Its status line shows only detail.action.type.
    await chatThroughExample(app, 'Hello from a Svelte app', /^last action: demo\.view_details$/);
  });
});
