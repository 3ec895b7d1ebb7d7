// @ts-check
/**
 * The demo as a new user meets it: `npm start`'s Vite server with the embedded mock ChatKit
 * server, driven in the system Chromium.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'vite';
import { launch, watchErrors } from './browser.mjs';

/** @type {import('vite').ViteDevServer} */
let server;
/** @type {import('playwright-core').BrowserContext} */
let browser;
let url = '';

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

describe('demo page (npm start)', () => {
  it('chats: streamed Markdown reply, title, and the event log', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.locator('chat-kit [part="editor"]').waitFor();
    await page.locator('chat-kit [part="editor"]').fill('Hello there');
    await page.locator('chat-kit [part="editor"]').press('Enter');
    // The user's bubble appears, then the assistant's streamed Markdown (a list and a link).
    await page.locator('chat-kit .bubble', { hasText: 'Hello there' }).waitFor();
    await page.locator('#log li', { hasText: 'chatkit.response.end' }).waitFor({ timeout: 20000 });
    const assistant = page.locator('chat-kit .assistant').last();
    assert.ok((await assistant.locator('li').count()) > 0, 'the Markdown list rendered as <li>');
    assert.ok((await assistant.locator('a[href^="https://"]').count()) > 0, 'the Markdown link rendered as <a>');
    const log = await page.locator('#log').innerText();
    for (const name of ['chatkit.ready', 'chatkit.response.start', 'chatkit.thread.change', 'chatkit.response.end']) {
      assert.ok(log.includes(name), `event log shows ${name}`);
    }
    const title = await page.locator('chat-kit [part="title"]').innerText();
    assert.notEqual(title.trim(), 'New chat', 'the server-set title replaced the default');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('stops a long answer with the Stop button and keeps the composer usable', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('chat-kit [part="editor"]').fill('Give me a slow, long answer');
    await page.locator('chat-kit [part="editor"]').press('Enter');
    const stop = page.locator('chat-kit button[part="stop"]');
    await stop.waitFor();
    await page.locator('chat-kit .assistant').first().waitFor();
    await stop.click();
    await page.locator('#log li', { hasText: 'chatkit.response.end' }).waitFor();
    await page.locator('chat-kit button[part="send"]').waitFor();
    await page.locator('chat-kit [part="editor"]').fill('still here');
    assert.equal(await page.locator('chat-kit button[part="send"]').isEnabled(), true);
    await page.close();
  });

  it('widgets: client action handled by the page, server actions replace widgets, tags fire entity-click', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.locator('chat-kit [part="editor"]').fill('Show me the demo card');
    await page.locator('chat-kit [part="editor"]').press('Enter');
    const card = page.locator('chat-kit ck-widget-card').first();
    await card.waitFor({ timeout: 20000 });
    await page.locator('#log li', { hasText: 'chatkit.response.end' }).waitFor({ timeout: 20000 });
    assert.equal(await page.locator('chat-kit [data-widget-error]').count(), 0, 'no fallbacks for seed widgets');

    // Client action: the page's widget-action listener shows a toast; nothing goes to the server.
    await card.locator('button', { hasText: 'View details' }).click();
    await page.locator('.toast', { hasText: 'Details of order ord_42' }).waitFor();
    await page.locator('#log li', { hasText: '"handler":"client"' }).waitFor();

    // Server action: the card is replaced in place and a client effect arrives.
    await card.locator('button', { hasText: 'Approve' }).click();
    await page.locator('chat-kit ck-widget-card button', { hasText: 'Approved ✓' }).waitFor({ timeout: 20000 });
    await page.locator('#log li', { hasText: 'chatkit.effect' }).nth(1).waitFor();
    await page.locator('#log li', { hasText: 'chatkit.response.end' }).nth(1).waitFor({ timeout: 20000 });

    // Selectable list: the picked row comes back with a check mark.
    await page.locator('chat-kit ck-widget-list-view-item button', { hasText: 'Green line' }).click();
    await page.locator('chat-kit ck-widget-list-view-item [data-icon="check"]').waitFor({ timeout: 20000 });

    // An interactive @-tag from a start-screen prompt fires entity-click.
    await page.locator('chat-kit button[part="new-chat"]').click();
    await page.locator('chat-kit [part="prompt"]', { hasText: 'Ask about @Ada' }).click();
    await page.locator('chat-kit button.tag', { hasText: '@Ada Lovelace' }).click();
    await page.locator('.toast', { hasText: 'Open Ada Lovelace' }).waitFor();
    await page.locator('#log li', { hasText: 'entity-click' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a form validates, submits its values to the server, and the reply replaces the card', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.locator('chat-kit [part="editor"]').fill('Show me a form');
    await page.locator('chat-kit [part="editor"]').press('Enter');
    const form = page.locator('chat-kit ck-widget-form');
    await form.waitFor({ timeout: 20000 });
    await page.locator('#log li', { hasText: 'chatkit.response.end' }).waitFor({ timeout: 20000 });
    // Name is required: submitting empty shows an announced message and sends nothing.
    await form.locator('button', { hasText: 'Submit' }).click();
    await page.locator('chat-kit ck-widget-form [role="alert"]').waitFor();
    assert.equal(await page.locator('chat-kit input[name="contact.name"]').getAttribute('aria-invalid'), 'true');
    await page.locator('chat-kit input[name="contact.name"]').fill('Ada Lovelace');
    await page.locator('chat-kit select[name="speed"]').selectOption('express');
    await page.locator('chat-kit textarea[name="note"]').fill('Leave at the door');
    await form.locator('button', { hasText: 'Submit' }).click();
    const received = page.locator('chat-kit ck-widget-card', { hasText: 'Form received' });
    await received.waitFor({ timeout: 20000 });
    const text = await received.innerText();
    for (const expected of ['Ada Lovelace', 'express', 'Leave at the door', 'delivery']) assert.ok(text.includes(expected), `shows ${expected}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the gallery renders every component without fallbacks', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}gallery.html`);
    await page.locator('ck-widget-chart svg').first().waitFor({ timeout: 20000 });
    assert.ok((await page.locator('ck-widget-item').count()) >= 30);
    assert.equal(await page.locator('[data-widget-error]').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('composer: mention with the keyboard alone, switch tools, attach an image by drag and drop', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    const editor = page.locator('chat-kit [part="editor"]');
    await editor.click();
    await page.keyboard.type('Ask @gra');
    await page.locator('chat-kit [role="option"]', { hasText: 'Grace Hopper' }).waitFor();
    await page.keyboard.press('Enter'); // picks the highlighted entity
    await page.locator('chat-kit [part="editor"] .tag', { hasText: 'Grace Hopper' }).waitFor();
    await page.keyboard.type('about compilers');
    await page.keyboard.press('Enter'); // sends
    await page.locator('chat-kit .bubble button.tag', { hasText: '@Grace Hopper' }).waitFor({ timeout: 20000 });
    await page.locator('#log li', { hasText: 'chatkit.response.end' }).waitFor({ timeout: 20000 });

    // The "Find events" tool changes the placeholder and the kind of answer.
    await page.locator('chat-kit ck-tool-menu button[aria-haspopup="menu"]').click();
    await page.locator('chat-kit [role="menuitemradio"]', { hasText: 'Find events' }).click();
    await page.locator('#log li', { hasText: 'chatkit.tool.change' }).waitFor();
    assert.equal(await page.locator('chat-kit ck-composer-input').evaluate((el) => el.placeholder), 'Which events are you looking for?');
    await editor.click();
    await page.keyboard.type('jazz this weekend');
    await page.keyboard.press('Enter');
    await page.locator('chat-kit .assistant', { hasText: 'Event finder' }).waitFor({ timeout: 20000 });
    await page.locator('#log li', { hasText: 'chatkit.response.end' }).nth(1).waitFor({ timeout: 20000 });

    // Drop an image on the composer: it uploads (direct strategy), shows a thumbnail, and is sent.
    const dataTransfer = await page.evaluateHandle(() => {
      const bytes = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'dot.png', { type: 'image/png' }));
      return transfer;
    });
    await page.locator('chat-kit ck-composer form').dispatchEvent('drop', { dataTransfer });
    await page.locator('chat-kit ck-attachment-tray img').waitFor({ timeout: 20000 });
    await page.locator('chat-kit button[part="send"]:not([disabled])').waitFor({ timeout: 20000 });
    await editor.click();
    await page.keyboard.type('here is a picture');
    await page.keyboard.press('Enter');
    await page.locator('#log li', { hasText: 'chatkit.response.end' }).nth(2).waitFor({ timeout: 20000 });
    assert.equal(await page.locator('chat-kit ck-attachment-tray img').count(), 0, 'the tray is cleared after sending');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows the simulated error with a Retry button', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('chat-kit [part="editor"]').fill('Please show an error');
    await page.locator('chat-kit [part="editor"]').press('Enter');
    const banner = page.locator('chat-kit [part="error"]');
    await banner.waitFor();
    assert.match(await banner.innerText(), /simulated error/i);
    assert.equal(await banner.locator('button', { hasText: 'Retry' }).count(), 1);
    await page.close();
  });
});
