// @ts-check
/**
 * Shared by the mock-server tests (run with `node --test test/mock-server/`): loads the TS mock
 * server through esbuild, talks to it over real HTTP, parses SSE strictly, and checks every
 * event and JSON reply against the project's zod schemas so the mock cannot drift from them.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { importMockServer, importTs } from '../../demo/mock-server/load.mjs';

export const { startMockServer } = await importMockServer();

const schemasEntry = fileURLToPath(new URL('../../src/schemas/index.ts', import.meta.url));
/** @type {any} */
export const schemas = existsSync(schemasEntry) ? await importTs('src/schemas/index.ts') : undefined;

const fixtureDir = new URL('../fixtures/chatkit-server/', import.meta.url);

/** @param {string} name */
export async function fixture(name) {
  return readFile(new URL(name, fixtureDir), 'utf8');
}

/** @param {string} name */
export async function fixtureEvents(name) {
  return parseSse(await fixture(name));
}

/**
 * @param {any} schema
 * @param {unknown} value
 * @param {string} what
 */
function conform(schema, value, what) {
  const result = schema.safeParse(value);
  if (!result.success) {
    assert.fail(`${what} does not match the project schema: ${JSON.stringify(result.error.issues).slice(0, 1200)}\n${JSON.stringify(value).slice(0, 600)}`);
  }
}

/**
 * Parses an SSE body the way the reference server writes it: only `data: <one-line JSON>`
 * frames separated by blank lines, nothing else.
 * @param {string} body
 * @returns {any[]}
 */
export function parseSse(body) {
  if (body === '') return [];
  assert.ok(body.endsWith('\n\n'), 'an SSE body ends with a blank line');
  return body
    .slice(0, -2)
    .split('\n\n')
    .map((frame) => {
      assert.match(frame, /^data: [^\n]+$/, 'every frame is a single data: line');
      return JSON.parse(frame.slice('data: '.length));
    });
}

/** Event kinds in order, with the update sub-type for `thread.item.updated`. */
export function kinds(/** @type {any[]} */ events) {
  return events.map((e) => (e.type === 'thread.item.updated' ? `updated:${e.update.type}` : e.type === 'thread.item.done' || e.type === 'thread.item.added' || e.type === 'thread.item.replaced' ? `${e.type}:${e.item.type}` : e.type));
}

/** Final text of an assistant message rebuilt from its deltas. */
export function streamedText(/** @type {any[]} */ events, /** @type {string} */ itemId) {
  return events
    .filter((e) => e.type === 'thread.item.updated' && e.item_id === itemId && e.update.type === 'assistant_message.content_part.text_delta')
    .map((e) => e.update.delta)
    .join('');
}

/** A ChatKit client speaking to one endpoint; validates everything it receives. */
export class Client {
  /** @param {string} endpoint */
  constructor(endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * @param {string} type
   * @param {unknown} params
   * @param {RequestInit} [init]
   */
  post(type, params, init = {}) {
    return fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type, params, metadata: {} }),
      ...init,
    });
  }

  /**
   * A streaming request, read to the end.
   * @param {string} type
   * @param {unknown} params
   */
  async stream(type, params) {
    const response = await this.post(type, params);
    const body = await response.text();
    const events = response.status === 200 ? parseSse(body) : [];
    if (schemas) for (const event of events) conform(schemas.ThreadStreamEventSchema, event, `SSE event ${event.type}`);
    return { status: response.status, headers: response.headers, body, events };
  }

  /**
   * A JSON request.
   * @param {string} type
   * @param {unknown} params
   */
  async json(type, params) {
    const response = await this.post(type, params);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    /** @type {any} */
    const body = await response.json();
    if (schemas && response.status === 200) conform(schemas.RESPONSE_SCHEMAS[type], body, `${type} reply`);
    return { status: response.status, headers: response.headers, body };
  }

  /** @param {string} text */
  async create(text, extra = {}) {
    const result = await this.stream('threads.create', { input: userInput(text, extra) });
    const created = result.events.find((e) => e.type === 'thread.created');
    assert.ok(created, 'threads.create streams thread.created');
    return { ...result, threadId: /** @type {string} */ (created.thread.id) };
  }

  /**
   * @param {string} threadId
   * @param {string} text
   */
  send(threadId, text, extra = {}) {
    return this.stream('threads.add_user_message', { thread_id: threadId, input: userInput(text, extra) });
  }

  /** @param {string} threadId */
  async items(threadId, params = {}) {
    const { status, body } = await this.json('items.list', { thread_id: threadId, order: 'asc', limit: 100, ...params });
    assert.equal(status, 200);
    return /** @type {any[]} */ (body.data);
  }
}

/** @param {string} text */
export function userInput(text, extra = {}) {
  return { content: [{ type: 'input_text', text }], attachments: [], inference_options: {}, ...extra };
}

/** Starts a quiet, fast server for one test file. */
export async function startTestServer(options = {}) {
  const server = await startMockServer({ delayMs: 0, seed: 7, sampleThreads: false, ...options });
  return { server, client: new Client(server.endpoint) };
}
