// @ts-check
/** Headless system Chromium for the bench (non-persistent, so Chromium tracing is available). */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';

export const VIEWPORT = { width: 1100, height: 760 };

/** Launches headless Chromium (CHROME_PATH, or the system one `ensureChromium()` finds). */
export async function launchBrowser() {
  const executablePath = process.env.CHROME_PATH ?? ensureChromium();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Rejects with a readable message when `promise` takes longer than `ms`.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what what was being waited for, for the message
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: timed out after ${Math.round(ms / 1000)} s waiting for ${what}`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

/**
 * Opens `path` in a fresh page of `context` and waits for the page's `window.benchReady` promise.
 * Page errors fail the run with the page's own message.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await withTimeout(page.evaluate(() => /** @type {any} */ (window).benchReady), 30_000, `${url} to load`).catch((error) => {
    throw new Error(`${String(error instanceof Error ? error.message : error)}${errors.length ? `\npage errors: ${errors.join('\n')}` : ''}`, { cause: error });
  });
  return { page, errors };
}
