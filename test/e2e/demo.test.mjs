// @ts-check
/**
 * The demo as a new user meets it: `npm start`'s Vite server with the embedded mock ChatKit
 * server, driven in the system Chromium.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
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

  it('theme panel: every edit reaches the element as the theme shown, other options stay', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.locator('chat-kit [part="editor"]').waitFor();
    await page.locator('#theme-panel summary').click();
    const form = page.locator('#theme-form');
    await form.locator('[name="radius"]').selectOption('soft');
    await form.locator('[name="density"]').selectOption('compact');
    await form.locator('[name="baseSize"]').selectOption('17');
    await form.locator('[name="fontFamily"]').selectOption({ label: 'Serif' });
    await form.locator('[name="accentOn"]').check();
    await form.locator('[name="accentPrimary"]').fill('#aa3300');
    await form.locator('[name="grayscaleOn"]').check();
    await form.locator('[name="grayHue"]').fill('40');
    await form.locator('[name="surfaceOn"]').check();

    const shown = JSON.parse(await page.locator('#theme-json').innerText());
    assert.deepEqual(shown, {
      colorScheme: 'auto',
      radius: 'soft',
      density: 'compact',
      typography: { baseSize: 17, fontFamily: "ui-serif, Georgia, 'Times New Roman', serif" },
      color: {
        accent: { primary: '#aa3300', level: 1 },
        grayscale: { hue: 40, tint: 6, shade: 0 },
        surface: { background: '#fbfaf7', foreground: '#1c1917' },
      },
    });
    const applied = await page.locator('chat-kit').evaluate((el) => {
      const options = /** @type {import('../../src/index.js').ChatKit} */ (el).options;
      return {
        theme: options?.theme,
        history: options?.history?.enabled,
        feedback: options?.threadItemActions?.feedback,
        clientTool: typeof options?.onClientTool,
        placeholder: options?.composer?.placeholder,
      };
    });
    assert.deepEqual(applied, { theme: shown, history: true, feedback: true, clientTool: 'function', placeholder: 'Ask the demo agent…' });
    // The element took every object: a rejected one would show up as chatkit.error in the log.
    assert.equal(await page.locator('#log li', { hasText: 'chatkit.error' }).count(), 0);

    // An optional group switched off again leaves the object; Reset returns to the bare default.
    await form.locator('[name="surfaceOn"]').uncheck();
    assert.equal(JSON.parse(await page.locator('#theme-json').innerText()).color.surface, undefined);
    assert.equal(await form.locator('[name="surfaceBackground"]').isDisabled(), true);
    await form.locator('button[type="reset"]').click();
    await page.waitForFunction(() => document.querySelector('#theme-json')?.textContent?.includes('"radius"') === false);
    assert.deepEqual(JSON.parse(await page.locator('#theme-json').innerText()), { colorScheme: 'auto' });
    assert.deepEqual(await page.locator('chat-kit').evaluate((el) => /** @type {import('../../src/index.js').ChatKit} */ (el).options?.theme), { colorScheme: 'auto' });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('theme panel: the accent colour paints the send button', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    const send = page.locator('chat-kit button[part="send"]');
    await page.locator('chat-kit [part="editor"]').fill('ready to send');
    await page.locator('chat-kit button[part="send"]:not([disabled])').waitFor();
    const background = () => send.evaluate((el) => getComputedStyle(el).backgroundColor);
    /** @param {string} css */
    const channels = (css) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);

    /** Waits until the send button's background is no longer `before` (the options apply in a later microtask). */
    const changedFrom = async (/** @type {string} */ before) => {
      await page.waitForFunction(
        (previous) => {
          const button = document.querySelector('chat-kit')?.shadowRoot?.querySelector('ck-composer')?.shadowRoot?.querySelector('button[part="send"]');
          return button ? getComputedStyle(button).backgroundColor !== previous : false;
        },
        before,
        { timeout: 5000 },
      );
      return background();
    };
    const initial = await background();
    await page.locator('#theme-panel summary').click();
    await page.locator('#theme-form [name="accentOn"]').check();
    await page.locator('#theme-form [name="accentPrimary"]').fill('#c81e1e');
    const reddish = await changedFrom(initial);
    await page.locator('#theme-form [name="accentPrimary"]').fill('#1e40c8');
    const bluish = await changedFrom(reddish);
    const [r1 = 0, g1 = 0, b1 = 0] = channels(reddish);
    const [r2 = 0, g2 = 0, b2 = 0] = channels(bluish);
    assert.ok(r1 > g1 && r1 > b1, `a red accent gives a red send button (${reddish})`);
    assert.ok(b2 > r2 && b2 > g2, `a blue accent gives a blue send button (${bluish})`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('theme panel: radius "sharp" squares the composer', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    const composer = page.locator('chat-kit ck-composer form');
    await composer.waitFor();
    const corner = () => composer.evaluate((el) => Number.parseFloat(getComputedStyle(el).borderStartStartRadius));
    assert.ok((await corner()) > 4, 'rounded by default');
    await page.locator('#theme-panel summary').click();
    await page.locator('#theme-form [name="radius"]').selectOption('sharp');
    assert.ok((await corner()) <= 2, `sharp corners (${await corner()}px)`);
    await page.locator('#theme-form [name="radius"]').selectOption('pill');
    assert.ok((await corner()) > 4, 'pill rounds them again');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the Dark checkbox, the header theme button and the panel share one colour scheme', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url);
    const chat = page.locator('chat-kit');
    await page.locator('chat-kit [part="editor"]').waitFor();
    const state = () =>
      page.evaluate(() => ({
        element: document.querySelector('chat-kit')?.getAttribute('data-color-scheme'),
        checkbox: /** @type {HTMLInputElement} */ (document.querySelector('#dark')).checked,
        panel: /** @type {HTMLSelectElement} */ (document.querySelector('#theme-form [name="colorScheme"]')).value,
        page: document.documentElement.classList.contains('dark'),
      }));
    // Auto by default: follows the system, live.
    assert.deepEqual(await state(), { element: 'light', checkbox: false, panel: 'auto', page: false });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.querySelector('chat-kit')?.getAttribute('data-color-scheme') === 'dark');
    assert.deepEqual(await state(), { element: 'dark', checkbox: true, panel: 'auto', page: true });
    assert.equal(await chat.locator('ck-header [part="right-action"]').getAttribute('aria-label'), 'Light theme');

    // The header button picks the other scheme explicitly.
    await chat.locator('ck-header [part="right-action"]').click();
    await page.waitForFunction(() => document.querySelector('chat-kit')?.getAttribute('data-color-scheme') === 'light');
    assert.deepEqual(await state(), { element: 'light', checkbox: false, panel: 'light', page: false });
    assert.equal(await chat.locator('ck-header [part="right-action"]').getAttribute('aria-label'), 'Dark theme');

    await page.locator('#dark').check();
    await page.waitForFunction(() => document.querySelector('chat-kit')?.getAttribute('data-color-scheme') === 'dark');
    assert.deepEqual(await state(), { element: 'dark', checkbox: true, panel: 'dark', page: true });

    await page.locator('#theme-panel summary').click();
    await page.locator('#theme-form [name="colorScheme"]').selectOption('light');
    await page.waitForFunction(() => document.querySelector('chat-kit')?.getAttribute('data-color-scheme') === 'light');
    assert.deepEqual(await state(), { element: 'light', checkbox: false, panel: 'light', page: false });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the locale switcher flips the element to right-to-left for Arabic and Hebrew', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    const base = page.locator('chat-kit [part="base"]');
    await page.locator('chat-kit [part="editor"]').waitFor();
    await page.locator('#locale').selectOption('ar');
    await page.waitForFunction(() => document.querySelector('chat-kit')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl');
    assert.equal(await base.getAttribute('lang'), 'ar');
    assert.equal(await page.locator('chat-kit').evaluate((el) => /** @type {import('../../src/index.js').ChatKit} */ (el).options?.locale), 'ar');
    if (existsSync('src/i18n/locales/ar.ts')) {
      // Once the Arabic catalogue exists, the element's own strings (here the send button) are Arabic.
      await page.waitForFunction(() => {
        const send = document.querySelector('chat-kit')?.shadowRoot?.querySelector('ck-composer')?.shadowRoot?.querySelector('button[part="send"]');
        return /[\u0600-\u06ff]/.test(send?.getAttribute('aria-label') ?? '');
      });
    }
    await page.locator('#locale').selectOption('fr');
    await page.waitForFunction(() => document.querySelector('chat-kit')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir') === 'ltr');
    assert.equal(await base.getAttribute('lang'), 'fr');
    await page.locator('#locale').selectOption('he');
    await page.waitForFunction(() => document.querySelector('chat-kit')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl');
    assert.equal(await base.getAttribute('lang'), 'he');
    // A locale change keeps the rest of the options (the page's placeholder here).
    assert.equal(await page.locator('chat-kit ck-composer-input').evaluate((el) => /** @type {{placeholder: string}} */ (/** @type {unknown} */ (el)).placeholder), 'Ask the demo agent…');
    assert.equal(await page.locator('#log li', { hasText: 'chatkit.error' }).count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the theme panel fits a 390 px wide screen', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    await page.locator('chat-kit [part="editor"]').waitFor();
    await page.locator('#theme-panel summary').click();
    await page.locator('#theme-form [name="accentOn"]').check();
    await page.locator('#theme-form [name="grayscaleOn"]').check();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      panel: document.querySelector('#theme-panel')?.getBoundingClientRect().right ?? Infinity,
    }));
    assert.ok(widths.page <= 390, `no horizontal scrolling (${widths.page}px)`);
    assert.ok(widths.panel <= 390, `the panel stays on screen (${widths.panel}px)`);
    assert.equal(await page.locator('#theme-form [name="grayShade"]').isVisible(), true);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
