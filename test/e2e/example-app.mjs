// @ts-check
/**
 * The shared harness of the framework example apps (demo/<app>/): each is built with its own Vite
 * install against the built package, with the mock server's endpoint baked in the way the app's
 * README tells users to (`VITE_CHATKIT_API_URL`), served next to that server and driven in Chromium.
 */
import { after, before } from 'node:test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importMockServer } from '../../demo/mock-server/load.mjs';
import { launch } from './browser.mjs';

/**
 * Why the example `app` cannot run here (no install, no build), or undefined when it can.
 * @param {string} app - folder under demo/
 * @param {string} entry - the built file it imports, relative to the repo root
 * @param {string} label - how the skip message names it
 */
export function exampleAppMissing(app, entry, label) {
  const vite = fileURLToPath(new URL(`../../demo/${app}/node_modules/vite/dist/node/index.js`, import.meta.url));
  const missing = !existsSync(vite)
    ? `demo/${app} has no node_modules: run \`npm ci --prefix demo/${app}\` first`
    : !existsSync(fileURLToPath(new URL(`../../${entry}`, import.meta.url)))
      ? `${entry} is missing: run \`npm run build\` first`
      : undefined;
  if (missing) console.log(`# skipping the ${label} example: ${missing}`);
  return missing;
}

/**
 * Registers before/after hooks (call inside a `describe`) that build and serve demo/`app`;
 * the returned object's `server` and `browser` are set once the hooks ran.
 * @param {string} app - folder under demo/
 */
export function serveExampleApp(app) {
  const appDir = fileURLToPath(new URL(`../../demo/${app}/`, import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), `chat-kit-${app}-app-`));
  /** @type {{ server: { url: string, endpoint: string, close(): Promise<void> }, browser: import('playwright-core').BrowserContext }} */
  const harness = /** @type {never} */ ({});

  before(async () => {
    const { startMockServer } = await importMockServer();
    // The server first, so the build can bake its endpoint in.
    harness.server = await startMockServer({ port: 0, delayMs: 0, sampleThreads: false, staticDir: outDir });
    /** @type {typeof import('vite')} */
    const vite = await import(pathToFileURL(join(appDir, 'node_modules/vite/dist/node/index.js')).href);
    const previous = process.env.VITE_CHATKIT_API_URL;
    process.env.VITE_CHATKIT_API_URL = harness.server.endpoint;
    try {
      await vite.build({ root: appDir, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      if (previous === undefined) delete process.env.VITE_CHATKIT_API_URL;
      else process.env.VITE_CHATKIT_API_URL = previous;
    }
    harness.browser = await launch();
  });

  after(async () => {
    await harness.browser?.close();
    await harness.server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  return harness;
}
