// @ts-check
/**
 * Network faults end to end: the demo page (`npm start`'s Vite server with the embedded mock
 * ChatKit server) against the mock's `/fault <kind>` switch (see demo/mock-server/README.md).
 * Each kind fails its turn once; the user sees an error with Retry (or, for a malformed line,
 * the answer with the line skipped), and Retry brings the answer without duplicating anything.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'vite';
import { launch, watchErrors } from './browser.mjs';

/** @type {import('vite').ViteDevServer} */
let server;
/** @type {import('playwright-core').BrowserContext} */
let browser;
/** One page for every case (a Vite dev page load costs seconds); each case starts a new chat. */
/** @type {import('playwright-core').Page} */
let page;
/** @type {string[]} */
let errors = [];

/** The last sentence of the mock's default answer: its presence means the answer completed. */
const ANSWER_END = 'to see the other scripted responses.';
const TIMEOUT = 15000;

before(async () => {
  process.env.NO_OPEN = '1';
  // Read by the mock's Vite plugin: a quick pace keeps the suite short (drip keeps its own).
  process.env.CHATKIT_MOCK_DELAY_MS = '1';
  server = await createServer({ configFile: 'demo/vite.config.ts', server: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'silent' });
  await server.listen();
  const address = server.httpServer?.address();
  assert.ok(address && typeof address === 'object');
  browser = await launch();
  page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  errors = watchErrors(page);
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.locator('chat-kit [part="editor"]').waitFor();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Starts a new chat with an empty log and sends `text`.
 * @param {string} text
 */
async function send(text) {
  const newChat = page.locator('chat-kit button[part="new-chat"]');
  if (await newChat.isEnabled()) await newChat.click();
  await page.locator('#clear-log').click();
  errors.length = 0;
  const editor = page.locator('chat-kit [part="editor"]');
  await editor.fill(text);
  await editor.press('Enter');
}

/**
 * What must hold once the turn finally succeeded: the answer once, the message once, unique
 * item ids, no banner, and a composer that takes and can send new text.
 * @param {string} text
 */
async function expectRecovered(text) {
  await page.locator('chat-kit .assistant', { hasText: ANSWER_END }).waitFor({ timeout: TIMEOUT });
  await page.locator('chat-kit button[part="send"]').waitFor({ timeout: TIMEOUT });
  assert.equal(await page.locator('chat-kit [part="error"]').count(), 0, 'no error banner');
  assert.equal(await page.locator('chat-kit .user .bubble', { hasText: text }).count(), 1, 'the user message shows once');
  assert.equal(await page.locator('chat-kit .assistant', { hasText: ANSWER_END }).count(), 1, 'the answer shows once');
  const ids = await page.locator('chat-kit [data-item-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-item-id')));
  assert.ok(ids.length >= 2);
  assert.equal(new Set(ids).size, ids.length, `duplicate item ids: ${ids.join(', ')}`);
  const editor = page.locator('chat-kit [part="editor"]');
  await editor.fill('still here');
  assert.equal(await page.locator('chat-kit button[part="send"]').isEnabled(), true, 'the composer can send');
}

/** Waits for the error banner and presses its Retry. */
async function retry() {
  const banner = page.locator('chat-kit [part="error"][role="alert"]');
  await banner.waitFor({ timeout: TIMEOUT });
  const button = banner.locator('button', { hasText: 'Retry' });
  assert.equal(await button.count(), 1, 'the banner offers Retry');
  // The composer is usable while the error shows (not stuck "responding").
  await page.locator('chat-kit button[part="send"]').waitFor();
  await button.click();
}

describe('demo page: /fault switch of the mock server', () => {
  it('cut: the stream drops mid-event; the message stays, Retry answers once', async () => {
    const text = '/fault cut hello';
    await send(text);
    await page.locator('chat-kit [part="error"][role="alert"]').waitFor({ timeout: TIMEOUT });
    // Every event received before the connection dropped counts: the server saved the message.
    assert.equal(await page.locator('chat-kit .user .bubble', { hasText: text }).count(), 1, 'the sent message is kept');
    assert.equal((await page.locator('chat-kit [part="editor"]').innerText()).trim(), '', 'nothing to restore');
    await retry();
    await expectRecovered(text);
    await page.locator('#log li', { hasText: 'chatkit.error' }).first().waitFor();
    assert.deepEqual(errors.filter((e) => !/Failed to load resource|ERR_INCOMPLETE_CHUNKED_ENCODING/.test(e)), []);
  });

  it('500: an HTTP error before any stream; the draft comes back, Retry re-sends once', async () => {
    const text = '/fault 500 hello';
    await send(text);
    await page.locator('chat-kit [part="error"][role="alert"]').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('chat-kit .user .bubble', { hasText: text }).count(), 0, 'no bubble for an unsent message');
    assert.equal((await page.locator('chat-kit [part="editor"]').innerText()).trim(), text, 'the draft is restored');
    assert.match(await page.locator('#log li', { hasText: 'chatkit.error' }).first().innerText(), /500/);
    await retry();
    await expectRecovered(text);
    assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  });

  it('empty: a 200 with no body is an error with Retry', async () => {
    const text = '/fault empty hello';
    await send(text);
    await retry();
    await expectRecovered(text);
    assert.deepEqual(errors, []);
  });

  it('badjson: the malformed line is skipped (logged), the answer completes without an error', async () => {
    const text = '/fault badjson hello';
    await send(text);
    await expectRecovered(text);
    await page.locator('#log li', { hasText: 'stream.invalid_event' }).waitFor();
    assert.equal(await page.locator('#log li', { hasText: 'chatkit.error' }).count(), 0);
    assert.deepEqual(errors, []);
  });

  it('drip: a slowly dripping stream renders the whole answer', async () => {
    const text = '/fault drip hello';
    await send(text);
    await expectRecovered(text);
    assert.equal(await page.locator('#log li', { hasText: 'chatkit.error' }).count(), 0);
    assert.deepEqual(errors, []);
  });
});
