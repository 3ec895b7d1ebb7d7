// @ts-check
/** The Vite plugin on real dev and preview servers. Run: node --test test/mock-server/ */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createServer, preview } from 'vite';
import { importTs } from '../../demo/mock-server/load.mjs';
import { Client, userInput } from './helpers.mjs';

const { mockChatKitPlugin } = await importTs('demo/mock-server/plugin.ts');

/** @type {string} */
let root;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'chat-kit-plugin-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
});
after(() => rm(root, { recursive: true, force: true }));

/** @param {import('node:http').Server | null | undefined} httpServer */
function origin(httpServer) {
  const address = httpServer?.address();
  assert.ok(address && typeof address === 'object');
  return `http://127.0.0.1:${address.port}`;
}

/** @param {string} base @param {string} path */
async function exercise(base, path) {
  const client = new Client(`${base}${path}`);
  // A page on another origin (or file://, origin "null") must get through Vite's own CORS check.
  const preflight = await fetch(client.endpoint, {
    method: 'OPTIONS',
    headers: { origin: 'null', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*');

  const created = await client.create('hello through vite');
  assert.equal(created.headers.get('access-control-allow-origin'), '*');
  assert.ok(created.events.some((e) => e.type === 'thread.item.done' && e.item.type === 'assistant_message'));

  const attachment = await client.json('attachments.create', { name: 'a.txt', size: 1, mime_type: 'text/plain' });
  assert.equal(attachment.body.upload_descriptor.url, `${base}${path}/upload/${attachment.body.id}`);
  const upload = await fetch(attachment.body.upload_descriptor.url, { method: 'PUT', body: 'x' });
  assert.equal(upload.status, 200);

  const list = await client.stream('threads.add_user_message', { thread_id: created.threadId, input: userInput('more') });
  assert.equal(list.status, 200);
}

describe('mockChatKitPlugin', () => {
  it('serves the endpoint on the dev server, ahead of Vite’s CORS check', async () => {
    const server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [mockChatKitPlugin({ delayMs: 0 })],
      server: { port: 0, host: '127.0.0.1', strictPort: false },
      optimizeDeps: { noDiscovery: true },
    });
    try {
      await server.listen();
      await exercise(origin(server.httpServer), '/chatkit');
      const page = await fetch(`${origin(server.httpServer)}/`);
      assert.match(await page.text(), /<title>x<\/title>/, 'other paths still reach Vite');
    } finally {
      await server.close();
    }
  });

  it('serves a custom path on the preview server', async () => {
    const server = await preview({
      configFile: false,
      root,
      logLevel: 'silent',
      build: { outDir: root },
      plugins: [mockChatKitPlugin({ path: '/api/chatkit/', delayMs: 0 })],
      preview: { port: 0, host: '127.0.0.1' },
    });
    try {
      await exercise(origin(server.httpServer), '/api/chatkit');
    } finally {
      await server.close();
    }
  });
});
