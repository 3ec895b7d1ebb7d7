// @ts-check
/**
 * Issue #8's Angular example: demo/angular/ is an Angular 21 app (standalone, zoneless,
 * CUSTOM_ELEMENTS_SCHEMA) built with its own Angular CLI against the built package, with the mock
 * server's endpoint passed as `ng build --define CHATKIT_API_URL=…`, served next to that server and
 * driven in Chromium. It binds options with `[options]` and every event, the dotted `chatkit.*`
 * lifecycle events included, with Angular's `(event)` syntax — the way the README documents.
 */
import { describe, it } from 'node:test';
import { chatThroughExample, exampleAppMissing, serveExampleApp } from './example-app.mjs';

const missing = exampleAppMissing('angular', 'dist/chat-kit.js', 'Angular');

describe('Angular 21 example (demo/angular)', { skip: missing ?? false }, () => {
  const app = serveExampleApp('angular');

  it('chats through the [options] property, and its (widget-action) and (chatkit.*) handlers run', async () => {
    await chatThroughExample(app, 'Hello from an Angular app');
  });
});
