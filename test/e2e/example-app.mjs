// @ts-check
/**
 * The shared harness of the framework example apps (demo/<app>/): each is built with its own
 * toolchain against the built package, with the mock server's endpoint baked in the way the app's
 * README tells users to, served next to that server and driven in Chromium. Most apps build with
 * their own Vite (endpoint from `VITE_CHATKIT_API_URL`); demo/angular (it has an angular.json)
 * builds with its own Angular CLI (`ng build --define CHATKIT_API_URL=…`).
 */
import { after, before } from 'node:test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importMockServer } from '../../demo/mock-server/load.mjs';
import assert from 'node:assert/strict';
import { launch, watchErrors } from './browser.mjs';

/**
 * How an example app is built: the tool it must have installed, the folder a build writes the
 * page to (inside `outDir`), and the build itself.
 * @typedef {{
 *   tool: string,
 *   served(outDir: string): string,
 *   build(appDir: string, outDir: string, endpoint: string): Promise<void>,
 * }} Builder
 */

/** @type {Builder} */
const viteBuilder = {
  tool: 'node_modules/vite/dist/node/index.js',
  served: (outDir) => outDir,
  async build(appDir, outDir, endpoint) {
    /** @type {typeof import('vite')} */
    const vite = await import(pathToFileURL(join(appDir, viteBuilder.tool)).href);
    const previous = process.env.VITE_CHATKIT_API_URL;
    process.env.VITE_CHATKIT_API_URL = endpoint;
    try {
      await vite.build({ root: appDir, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      if (previous === undefined) delete process.env.VITE_CHATKIT_API_URL;
      else process.env.VITE_CHATKIT_API_URL = previous;
    }
  },
};

/** @type {Builder} */
const angularBuilder = {
  tool: 'node_modules/@angular/cli/bin/ng.js',
  // The application builder writes the browser bundle to `<outputPath>/browser/`.
  served: (outDir) => join(outDir, 'browser'),
  async build(appDir, outDir, endpoint) {
    // `define` takes a JavaScript expression, hence the JSON-quoted string.
    const args = ['build', '--output-path', outDir, '--define', `CHATKIT_API_URL=${JSON.stringify(endpoint)}`, '--no-progress'];
    const child = spawn(process.execPath, [join(appDir, angularBuilder.tool), ...args], {
      cwd: appDir,
      env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (code !== 0) throw new Error(`ng build in ${appDir} exited with ${String(code)}:\n${output}`);
  },
};

/** @param {string} appDir */
function builderOf(appDir) {
  return existsSync(join(appDir, 'angular.json')) ? angularBuilder : viteBuilder;
}

/** @param {string} app - folder under demo/ */
function appDirOf(app) {
  return fileURLToPath(new URL(`../../demo/${app}/`, import.meta.url));
}

/**
 * Why the example `app` cannot run here (no install, no build), or undefined when it can.
 * @param {string} app - folder under demo/
 * @param {string} entry - the built file it imports, relative to the repo root
 * @param {string} label - how the skip message names it
 */
export function exampleAppMissing(app, entry, label) {
  const appDir = appDirOf(app);
  const missing = !existsSync(join(appDir, builderOf(appDir).tool))
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
  const appDir = appDirOf(app);
  const builder = builderOf(appDir);
  const outDir = mkdtempSync(join(tmpdir(), `chat-kit-${app}-app-`));
  /** @type {{ server: { url: string, endpoint: string, close(): Promise<void> }, browser: import('playwright-core').BrowserContext }} */
  const harness = /** @type {never} */ ({});

  before(async () => {
    const { startMockServer } = await importMockServer();
    // The server first, so the build can bake its endpoint in.
    harness.server = await startMockServer({ port: 0, delayMs: 0, sampleThreads: false, staticDir: builder.served(outDir) });
    await builder.build(appDir, outDir, harness.server.endpoint);
    harness.browser = await launch();
  });

  after(async () => {
    await harness.browser?.close();
    await harness.server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  return harness;
}

/**
 * The walk every framework example must pass, as a user would: the status line starts empty, the
 * greeting shows (only if the framework set `options` as a property), "show me the demo card" gets
 * the card, the app's `chatkit.response.end` / `chatkit.thread.change` handlers update the status,
 * clicking View details reaches its `widget-action` handler as a client action, and every request
 * went to the endpoint baked into the build (not the app's default). Fails on any page error.
 * @param {{ server: { url: string, endpoint: string }, browser: import('playwright-core').BrowserContext }} app
 * @param {string} greeting - the greeting the app passes in its options
 * @param {RegExp} [actionText] - how the app's status line reports the action
 */
export async function chatThroughExample(app, greeting, actionText = /^last action: demo\.view_details on \S+ \(client\)$/) {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  /** @type {string[]} */
  const posts = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await page.goto(`${app.server.url}/index.html`);
  const status = page.locator('#status');
  // Rendered by the app's own component, so the app bootstrapped.
  await status.waitFor();
  assert.match(await status.innerText(), /responses ended: 0 · thread: none · last action: none/);

  await page.locator('chat-kit [part="greeting"]', { hasText: greeting }).waitFor();
  const editor = page.locator('chat-kit [part="editor"]');
  assert.equal(await editor.getAttribute('data-placeholder'), 'Try "show me the demo card"');
  await editor.fill('show me the demo card');
  await editor.press('Enter');

  const viewDetails = page.locator('chat-kit').getByRole('button', { name: 'View details' });
  await viewDetails.waitFor({ timeout: 20000 });
  await status.locator('[data-handler="response-end"]', { hasText: 'responses ended: 1' }).waitFor();
  const thread = await status.locator('[data-handler="thread-change"]').innerText();
  assert.match(thread, /^thread: thr_\w+$/, 'the chatkit.thread.change handler got the new thread id');

  await viewDetails.click();
  const action = status.locator('[data-handler="widget-action"]');
  await action.filter({ hasText: 'demo.view_details' }).waitFor();
  assert.match(
    await action.innerText(),
    actionText,
    'the widget-action handler got detail.action.type, the widget item and the client handler',
  );

  assert.ok(posts.length > 0 && posts.every((url) => url === app.server.endpoint), `requests went to ${posts.join(', ')}`);
  assert.deepEqual(errors, []);
  await page.close();
}
