// @ts-check
/**
 * Issue #8's React 19 example: demo/react/ renders <chat-kit> directly (no wrapper), is built with
 * its own Vite install against the built package, served next to the mock ChatKit server and
 * driven in Chromium. It passes options as a property (`options={…}`, which React 19 sets as a
 * property on custom elements), handles `widget-action` with `onwidget-action={…}`, and listens to
 * the dotted `chatkit.*` lifecycle events through `on<event>` props spread with quoted keys.
 */
import { describe, it } from 'node:test';
import { chatThroughExample, exampleAppMissing, serveExampleApp } from './example-app.mjs';

const missing = exampleAppMissing('react', 'dist/chat-kit.js', 'React');

describe('React 19 example (demo/react)', { skip: missing ?? false }, () => {
  const app = serveExampleApp('react');

  it('chats through the options property, and its widget-action and chatkit.* handlers run', async () => {
    await chatThroughExample(app, 'Hello from a React app');
  });
});
