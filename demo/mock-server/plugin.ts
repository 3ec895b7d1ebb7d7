import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { createMockChatKit } from './server.js';
import type { MockChatKit, MockChatKitOptions } from './server.js';

/** Options of {@link mockChatKitPlugin}. */
export interface MockChatKitPluginOptions extends Omit<MockChatKitOptions, 'basePath'> {
  /** Where the endpoint is mounted (default `/chatkit`); upload routes live below it. */
  path?: string;
}

/**
 * Mounts the mock ChatKit server on Vite's dev server (`vite`) and preview server
 * (`vite preview`) at `path`. Without `delayMs`, the `CHATKIT_MOCK_DELAY_MS` environment
 * variable (if set) gives the pause between streamed events.
 *
 * The middleware is put at the front of the connect stack rather than appended with `use()`:
 * Vite's own CORS and host checks run before plugin middlewares and would turn away pages on
 * other origins (or `file://`), which the mock is meant to serve with `Access-Control-Allow-Origin: *`.
 */
export function mockChatKitPlugin(options: MockChatKitPluginOptions = {}): Plugin {
  const { path = '/chatkit', ...mockOptions } = options;
  // The demo's config cannot take options from a test, so its pace may come from the environment.
  const envDelay = Number(process.env['CHATKIT_MOCK_DELAY_MS'] ?? Number.NaN);
  if (mockOptions.delayMs === undefined && Number.isFinite(envDelay) && envDelay >= 0) mockOptions.delayMs = envDelay;
  const route = path.replace(/\/+$/, '') || '/chatkit';
  let mock: MockChatKit | undefined;

  const mount = (middlewares: Connect.Server): void => {
    mock ??= createMockChatKit({ ...mockOptions, basePath: route });
    const chatkit = mock;
    const handle = (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction): void => {
      chatkit.handle(req, res).catch(next);
    };
    middlewares.stack.unshift({ route, handle });
  };

  return {
    name: 'chat-kit:mock-server',
    configureServer(server) {
      mount(server.middlewares);
    },
    configurePreviewServer(server) {
      mount(server.middlewares);
    },
  };
}
