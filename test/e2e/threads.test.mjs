// @ts-check
/**
 * Issue #6 as a new user meets it in the demo: the history panel (paging, rename, delete),
 * reopening threads (older items, locked and closed ones), item actions, client tools,
 * structured input and workflows — checked against what the page shows, the event log and
 * the requests the mock ChatKit server received.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'vite';
import { launch, watchErrors } from './browser.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{type: string, params?: Record<string, any>}} ChatKitRequest */

/** @type {import('vite').ViteDevServer} */
let server;
/** @type {import('playwright-core').BrowserContext} */
let browser;
let url = '';

// Replies from the mock server are quick (15 ms between events); this only bounds a hang.
const WAIT = { timeout: 20000 };

before(async () => {
  process.env.NO_OPEN = '1';
  server = await createServer({ configFile: 'demo/vite.config.ts', server: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'silent' });
  await server.listen();
  const address = server.httpServer?.address();
  assert.ok(address && typeof address === 'object');
  url = `http://127.0.0.1:${address.port}/`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A fresh demo page with its error collector and every ChatKit request body it POSTs.
 * @returns {Promise<{page: Page, errors: string[], requests: ChatKitRequest[]}>}
 */
async function openDemo() {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  /** @type {ChatKitRequest[]} */
  const requests = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/chatkit')) return;
    const body = request.postData();
    if (body) requests.push(JSON.parse(body));
  });
  await page.goto(url);
  await page.locator('chat-kit [part="editor"]').waitFor();
  return { page, errors, requests };
}

/**
 * Waits until `count` requests of `type` were sent and returns the last one.
 * @param {Page} page
 * @param {ChatKitRequest[]} requests
 * @param {string} type
 * @param {number} [count]
 */
async function request(page, requests, type, count = 1) {
  const matching = () => requests.filter((body) => body.type === type);
  for (let waited = 0; matching().length < count; waited += 50) {
    assert.ok(waited < WAIT.timeout, `expected ${count} × ${type}, got ${matching().length}`);
    await page.waitForTimeout(50);
  }
  const found = matching()[count - 1];
  assert.ok(found);
  return found;
}

/**
 * Types a message in the composer and sends it with Enter.
 * @param {Page} page
 * @param {string} text
 */
async function send(page, text) {
  const editor = page.locator('chat-kit [part="editor"]');
  await editor.fill(text);
  await editor.press('Enter');
}

/**
 * Waits for the `n`th (1-based) `chatkit.response.end` in the event log.
 * @param {Page} page
 * @param {number} n
 */
async function responseEnd(page, n) {
  await page.locator('#log li', { hasText: 'chatkit.response.end' }).nth(n - 1).waitFor(WAIT);
}

/**
 * Waits until no response is streaming: the Stop button gives way to Send again.
 * @param {Page} page
 */
async function idle(page) {
  await page.locator('chat-kit button[part="send"]').waitFor(WAIT);
}

/**
 * Opens the history panel and waits for its first entries.
 * @param {Page} page
 */
async function openHistory(page) {
  await page.locator('chat-kit button[part="history"]').click();
  await page.locator('ck-history-panel [part~="item"]').first().waitFor(WAIT);
  return page.locator('ck-history-panel');
}

/**
 * Closes the history panel with the header's History button (a toggle: it reads "back" while open).
 * @param {Page} page
 */
async function closeHistory(page) {
  const toggle = page.locator('chat-kit button[part="history"]');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await page.locator('ck-history-panel').waitFor({ state: 'hidden' });
}

/**
 * The history entry whose title is exactly `title`.
 * @param {Page} page
 * @param {string} title
 */
function entry(page, title) {
  return page.locator('ck-history-panel [part~="item"]').filter({ has: page.locator('.title', { hasText: new RegExp(`^${title.replace(/[()]/g, '\\$&')}$`) }) });
}

/**
 * Opens a thread from the history panel and waits until it is loaded.
 * @param {Page} page
 * @param {string} title
 */
async function reopen(page, title) {
  await openHistory(page);
  const loads = await page.locator('#log li', { hasText: 'chatkit.thread.load.end' }).count();
  await entry(page, title).locator('button.open').click();
  await page.locator('#log li', { hasText: 'chatkit.thread.load.end' }).nth(loads).waitFor(WAIT);
}

/**
 * Visible text of the assistant messages.
 * @param {Page} page
 */
async function answers(page) {
  return page.locator('chat-kit .assistant').allInnerTexts();
}

describe('threads in the demo (issue #6)', () => {
  it('lists the seeded threads by date and loads a second page when scrolled to the end', async () => {
    const { page, errors, requests } = await openDemo();
    const panel = await openHistory(page);
    const labels = await panel.locator('[part="group-label"]').allInnerTexts();
    assert.ok(labels.includes('Today'), `group labels: ${labels.join(', ')}`);
    assert.ok(labels.length >= 3, 'threads spread over months fall in several groups');
    const titles = await panel.locator('[part~="item"] .title').allInnerTexts();
    for (const title of ['A long conversation', 'Read-only example', 'Closed example', 'Widgets tour']) {
      assert.ok(titles.includes(title), `lists ${title}`);
    }
    // One page (20 of the 30 threads) until the user scrolls; the list scrolls inside the panel.
    assert.equal(requests.filter((body) => body.type === 'threads.list').length, 1, 'only the first page is requested on opening');
    assert.equal(await panel.locator('[part~="item"]').count(), 20);
    // Scroll the list with the mouse wheel until its end: the next page is requested and appended.
    const body = panel.locator('[part="body"]');
    await body.hover();
    for (let turn = 0; turn < 10 && (await panel.locator('[part~="item"]').count()) <= 20; turn++) {
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(100);
    }
    const second = await request(page, requests, 'threads.list', 2);
    assert.equal(typeof second.params?.after, 'string', 'the second page continues after the first');
    await panel.locator('[part~="item"]').nth(20).waitFor(WAIT);
    assert.ok((await panel.locator('[part~="item"]').count()) > 20, 'more than one page of entries is listed');
    await page.mouse.wheel(0, 4000);
    const oldest = panel.locator('[part~="item"] .title', { hasText: 'Birthday gift ideas' });
    await oldest.waitFor(WAIT);
    const [box, frame] = await Promise.all([oldest.boundingBox(), body.boundingBox()]);
    assert.ok(box && frame && box.y + box.height <= frame.y + frame.height + 1, 'the oldest thread is scrolled into view');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('renames a thread, and the new title survives reopening the panel', async () => {
    const { page, errors, requests } = await openDemo();
    await openHistory(page);
    // The row's actions show on hover (or focus), as they would for a mouse user.
    await entry(page, 'Widgets tour').hover();
    await entry(page, 'Widgets tour').locator('[data-action="rename"]').click();
    const field = page.locator('ck-history-panel [part="rename-field"]');
    assert.equal(await field.inputValue(), 'Widgets tour');
    await field.fill('Widgets tour (renamed)');
    await field.press('Enter');
    await entry(page, 'Widgets tour (renamed)').waitFor(WAIT);
    const update = await request(page, requests, 'threads.update');
    assert.equal(update.params?.title, 'Widgets tour (renamed)');
    assert.equal(await entry(page, 'Widgets tour').count(), 0, 'the old title is gone');

    await closeHistory(page);
    const lists = requests.filter((body) => body.type === 'threads.list').length;
    await openHistory(page);
    await request(page, requests, 'threads.list', lists + 1);
    await entry(page, 'Widgets tour (renamed)').waitFor(WAIT);
    assert.equal(await entry(page, 'Widgets tour').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('deletes a thread after confirmation; Cancel keeps it', async () => {
    const { page, errors, requests } = await openDemo();
    await openHistory(page);
    // Cancel first: nothing is sent and the entry stays.
    await entry(page, 'Password manager').hover();
    await entry(page, 'Password manager').locator('[data-action="delete"]').click();
    const confirm = page.locator('ck-history-panel .confirming');
    await confirm.waitFor();
    assert.match(await confirm.innerText(), /Delete “Password manager”\?/);
    await confirm.locator('[data-action="cancel"]').click();
    await entry(page, 'Password manager').locator('button.open').waitFor();
    assert.equal(requests.filter((body) => body.type === 'threads.delete').length, 0);

    await entry(page, 'Password manager').hover();
    await entry(page, 'Password manager').locator('[data-action="delete"]').click();
    await confirm.locator('[data-action="confirm-delete"]').click();
    await entry(page, 'Password manager').waitFor({ state: 'detached', ...WAIT });
    const deletion = await request(page, requests, 'threads.delete');
    assert.equal(typeof deletion.params?.thread_id, 'string');

    await closeHistory(page);
    const lists = requests.filter((body) => body.type === 'threads.list').length;
    await openHistory(page);
    await request(page, requests, 'threads.list', lists + 1);
    await entry(page, 'Coffee brewing ratio').waitFor(WAIT); // listed next to it, so the list is loaded
    assert.equal(await entry(page, 'Password manager').count(), 0, 'stays deleted after a re-fetch');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('reopens a long conversation at its newest messages and loads older ones at the top', async () => {
    const { page, errors, requests } = await openDemo();
    await reopen(page, 'A long conversation');
    await page.locator('#log li', { hasText: 'chatkit.thread.change' }).waitFor();
    const view = page.locator('chat-kit ck-thread-view');
    const last = page.locator('chat-kit .assistant', { hasText: 'Answer 30.' });
    await last.waitFor(WAIT);
    assert.ok(await last.isVisible());
    const inView = async (/** @type {import('playwright-core').Locator} */ target) => {
      const [box, frame] = await Promise.all([target.boundingBox(), view.boundingBox()]);
      return !!box && !!frame && box.y < frame.y + frame.height && box.y + box.height > frame.y;
    };
    assert.ok(await inView(last), 'the last answer is scrolled into view');
    assert.equal(await page.locator('chat-kit .bubble', { hasText: 'Question 1:' }).count(), 0, 'the oldest question is not loaded yet');

    // The user scrolls up to the oldest loaded message.
    const bubbles = page.locator('chat-kit .bubble');
    // textContent: rows far off screen skip rendering (content-visibility), so innerText is empty.
    const firstText = (await bubbles.first().textContent()) ?? '';
    const earliest = Number(/Question (\d+)/.exec(firstText)?.[1]);
    assert.ok(earliest > 1, `first loaded question: ${firstText}`);
    await view.hover();
    await page.mouse.wheel(0, -100000);
    const older = await request(page, requests, 'items.list');
    assert.equal(older.params?.order, 'desc');
    const earlier = page.locator('chat-kit .bubble', { hasText: `Question ${earliest - 1}:` });
    await earlier.waitFor({ state: 'attached', ...WAIT });
    // The scroll position is restored after layout: let two frames pass before measuring.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // The reader stays where they were: the message they scrolled to is still on screen.
    const anchor = page.locator('chat-kit .bubble', { hasText: `Question ${earliest}:` });
    assert.ok(await inView(anchor), 'the previously first message stays in view');
    assert.equal(await inView(last), false, 'the view did not jump to the bottom');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a locked thread disables the composer; a closed one shows its reason instead', async () => {
    const { page, errors } = await openDemo();
    await reopen(page, 'Read-only example');
    await page.locator('chat-kit .assistant', { hasText: 'Revenue grew' }).waitFor(WAIT);
    const editor = page.locator('chat-kit [part="editor"]');
    assert.equal(await editor.getAttribute('contenteditable'), 'false');
    assert.equal(await editor.getAttribute('aria-disabled'), 'true');
    assert.equal(await editor.getAttribute('data-placeholder'), 'This conversation is archived.');
    assert.equal(await page.locator('chat-kit button[part="send"]').isDisabled(), true);

    await reopen(page, 'Closed example');
    await page.locator('chat-kit .assistant', { hasText: 'A replacement is on its way' }).waitFor(WAIT);
    const closed = page.locator('chat-kit [part="closed"]');
    await closed.waitFor();
    assert.equal((await closed.innerText()).trim(), 'This support case was closed.');
    assert.equal(await page.locator('chat-kit [part="editor"]').count(), 0, 'no composer on a closed thread');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('thumbs up is pressed and sent; Retry replaces the answer', async () => {
    const { page, errors, requests } = await openDemo();
    // A fresh page is already a new chat (the header's New chat button is disabled there).
    assert.equal(await page.locator('chat-kit [part="new-chat"]').isDisabled(), true);
    await send(page, 'hello');
    await responseEnd(page, 1);
    const actions = page.locator('chat-kit ck-item-actions').last();
    const up = actions.locator('button[aria-label="Good response"]');
    assert.equal(await up.getAttribute('aria-pressed'), 'false');
    await up.click();
    await page.locator('chat-kit ck-item-actions button[aria-label="Good response"][aria-pressed="true"]').waitFor(WAIT);
    const feedback = await request(page, requests, 'items.feedback');
    assert.equal(feedback.params?.kind, 'positive');
    assert.ok(Array.isArray(feedback.params?.item_ids) && feedback.params.item_ids.length > 0);
    assert.equal(await page.locator('#log li', { hasText: 'item-action: feedback.positive' }).count(), 1);

    const before = await page.locator('chat-kit ck-message:has(.assistant)').first().getAttribute('data-item-id');
    await actions.locator('button[aria-label="Retry"]').click();
    const retry = await request(page, requests, 'threads.retry_after_item');
    assert.equal(typeof retry.params?.item_id, 'string');
    await responseEnd(page, 2);
    const texts = await answers(page);
    assert.equal(texts.length, 1, `one answer, not two: ${JSON.stringify(texts)}`);
    const after = await page.locator('chat-kit ck-message:has(.assistant)').first().getAttribute('data-item-id');
    assert.notEqual(after, before, 'a fresh answer replaced the old one');
    assert.equal(await page.locator('chat-kit .bubble', { hasText: 'hello' }).count(), 1, 'the question is kept once');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('client tools: the browser time is sent back; a failing tool is reported without a page error', async () => {
    const { page, errors, requests } = await openDemo();
    await send(page, 'tool');
    const output = await request(page, requests, 'threads.add_client_tool_output');
    const now = output.params?.result?.now;
    assert.equal(typeof now, 'string');
    assert.ok(!Number.isNaN(Date.parse(now)), `an ISO time: ${now}`);
    await page.locator('chat-kit .assistant', { hasText: `Your browser says the time is ${now}` }).waitFor(WAIT);

    await send(page, 'toolfail');
    const failed = await request(page, requests, 'threads.add_client_tool_output', 2);
    assert.ok(failed.params?.result?.error, `an error-shaped result: ${JSON.stringify(failed.params?.result)}`);
    await page.locator('chat-kit .assistant', { hasText: 'The client tool failed' }).filter({ hasText: 'I will carry on without' }).waitFor(WAIT);
    assert.match((await answers(page)).at(-1) ?? '', /Unknown client tool: open_unknown_tool/);
    await page.locator('chat-kit button[part="send"]').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('structured input: Submit sends the picked values; Skip skips', async () => {
    const { page, errors, requests } = await openDemo();
    await send(page, 'question');
    const form = page.locator('chat-kit ck-structured-input');
    await form.waitFor(WAIT);
    assert.equal(await page.locator('chat-kit [part="editor"]').count(), 0, 'the questions replace the composer');
    await form.locator('label', { hasText: 'M' }).locator('input[type="radio"]').check();
    await form.locator('label', { hasText: 'Extra shot' }).locator('input[type="checkbox"]').check();
    await form.locator('button.submit').click();
    const submitted = await request(page, requests, 'threads.add_structured_input');
    assert.deepEqual(submitted.params?.input?.answers?.size?.values, ['M'], JSON.stringify(submitted.params));
    assert.deepEqual(submitted.params?.input?.answers?.extras?.values, ['Extra shot']);
    await page.locator('chat-kit [part="editor"]').waitFor(WAIT);
    await page.locator('chat-kit .assistant', { hasText: 'Thanks! I noted' }).filter({ hasText: 'Anything else?' }).waitFor(WAIT);
    await idle(page);
    const answer = (await answers(page)).at(-1) ?? '';
    assert.match(answer, /Which size\? M/);
    assert.match(answer, /Any extras\? Extra shot/);

    await send(page, 'another question');
    await form.waitFor(WAIT);
    await form.locator('button.skip').click();
    const skipped = await request(page, requests, 'threads.add_structured_input', 2);
    assert.equal(skipped.params?.input?.status, 'skipped', JSON.stringify(skipped.params));
    await page.locator('chat-kit .assistant', { hasText: 'I will go with the defaults' }).waitFor(WAIT);
    await page.locator('chat-kit [part="editor"]').waitFor();
    assert.equal(await form.count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a workflow collapses and expands with its header button', async () => {
    const { page, errors } = await openDemo();
    await send(page, 'workflow');
    await responseEnd(page, 1);
    const header = page.locator('chat-kit ck-workflow button[part="header"]');
    await header.waitFor();
    const body = page.locator('chat-kit ck-workflow [part="body"]');
    const before = await header.getAttribute('aria-expanded');
    assert.ok(before === 'true' || before === 'false');
    assert.equal(await body.isVisible(), before === 'true');
    await header.click();
    const flipped = before === 'true' ? 'false' : 'true';
    assert.equal(await header.getAttribute('aria-expanded'), flipped);
    assert.equal(await body.isVisible(), flipped === 'true');
    await header.click();
    assert.equal(await header.getAttribute('aria-expanded'), before);
    assert.equal(await body.isVisible(), before === 'true');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
