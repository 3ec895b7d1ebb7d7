// @ts-check
/** Shared set-up of the end-to-end tests: the system Chromium through playwright-core. */
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';


/** Launches headless system Chromium (CHROME_PATH is set by scripts/test.mjs). */
export async function launch() {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chat-kit-e2e-')), {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1100, height: 760 },
  });
}

/**
 * Collects page errors and console errors, so a test can assert the page ran cleanly.
 * @param {import('playwright-core').Page} page
 */
export function watchErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
