// @ts-check
/**
 * `npm run example <app>` is the one command each example's README gives: it must start the mock
 * ChatKit server the example talks to and the example's own dev server. Runs after `npm run build`
 * and `npm ci --prefix demo/vue` (as CI does); skips with a message otherwise.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENDPOINT = 'http://127.0.0.1:8787/chatkit';

/**
 * Starts `node scripts/example.mjs <app>` in its own process group and resolves once `ready`
 * matches its output; `stop()` ends the whole group (npm, the dev server, the mock server).
 * @param {string} app
 * @param {RegExp} ready
 */
function startExample(app, ready) {
  const child = spawn(process.execPath, ['scripts/example.mjs', app], { cwd: root, detached: true, env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
  let output = '';
  const started = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${ready}" within 60 s:\n${output}`)), 60_000);
    const onData = (/** @type {Buffer} */ chunk) => {
      // Colours off, and any escape codes left stripped, so the patterns see plain text.
      output += stripVTControlCharacters(chunk.toString());
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(undefined);
      child.on('exit', resolve);
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    });
  return { started, stop };
}

/** Asks the mock server for the thread list the way the element does. */
async function listThreads() {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'threads.list', params: { limit: 1 } }),
  });
  return { status: response.status, body: /** @type {{ data: unknown[] }} */ (await response.json()) };
}

describe('npm run example <app>', () => {
  it('refuses an unknown example and lists the real ones', async () => {
    const child = spawn(process.execPath, ['scripts/example.mjs', 'nope'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /one of: vue, react, svelte, angular, chatkit-react, vanilla/);
  });

  const noBuild = !existsSync(`${root}/dist/cdn/chat-kit.iife.js`) && 'dist/ is missing: run `npm run build` first';
  it('vanilla: starts the mock server and names the file to open', { skip: noBuild }, async () => {
    const example = startExample('vanilla', /Open file:\S+demo\/vanilla\/index\.html/);
    try {
      await example.started;
      const { status, body } = await listThreads();
      assert.equal(status, 200);
      assert.ok(Array.isArray(body.data), 'threads.list answers with a page of threads');
    } finally {
      await example.stop();
    }
  });

  const noVue = !existsSync(`${root}/demo/vue/node_modules`) && 'demo/vue has no node_modules: run `npm ci --prefix demo/vue` first';
  it('vue: serves the app and the mock server it talks to', { skip: noBuild || noVue }, async () => {
    const example = startExample('vue', /Local:\s+(http:\/\/\S+)/);
    try {
      const output = /** @type {string} */ (await example.started);
      const url = /Local:\s+(http:\/\/\S+)/.exec(output)?.[1];
      assert.ok(url, 'the dev server printed its URL');
      const page = await fetch(url);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div id="app">/, 'the dev server serves the Vue app');
      assert.equal((await listThreads()).status, 200);
    } finally {
      await example.stop();
    }
  });
});
