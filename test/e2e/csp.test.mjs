// @ts-check
/**
 * `<chat-kit>` on a page with a strict Content-Security-Policy, and with Trusted Types enforced:
 * both bundles users load (the CDN ES module with its lazy chunks, and the classic IIFE) drive a
 * real conversation against the mock server — a streamed Markdown answer with a highlighted code
 * block, Card, ListView, Form and Chart widgets, an @-mention, the history panel — and the page
 * must record no `securitypolicyviolation`, no uncaught error and no console error.
 *
 * The page's own script is an external file (`csp/boot.js`); a front server sends the CSP as a
 * response header and forwards `/chatkit` to the standalone mock server, adding a Chart widget to
 * the answer of a message that asks for a chart (the mock agent has none).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importMockServer } from '../../demo/mock-server/load.mjs';
import { launch, watchErrors } from './browser.mjs';
import { copyBundles } from './bundles.mjs';

/** The policies tested; docs/security.md quotes them. */
export const POLICIES = {
  /** Strict script policy: only same-origin script files, no inline script, no eval. */
  strict: "script-src 'self'; object-src 'none'; base-uri 'none'",
  /** The same, with Trusted Types enforced and Lit's policy the only one allowed. */
  trustedTypes: "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
  /**
   * Everything locked down: nothing but same-origin resources, no inline style either (Lit's
   * adopted style sheets and CSSOM style properties are not inline style), images also from
   * `data:`/`blob:` (generated images and attachment previews), plus Trusted Types.
   */
  lockedDown:
    "default-src 'none'; script-src 'self'; style-src 'self' 'report-sample'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
    "require-trusted-types-for 'script'; trusted-types lit-html",
};

const assets = fileURLToPath(new URL('./csp/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'chat-kit-csp-'));
/** @type {{ url: string, close(): Promise<void> }} */
let mock;
/** @type {import('node:http').Server} */
let front;
let origin = '';
/** @type {import('playwright-core').BrowserContext} */
let browser;

const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
});

/**
 * A widget item with a Chart, as the server would send it for `threadId`.
 * @param {string} threadId
 */
function chartItem(threadId) {
  return {
    id: 'msg_csp_chart',
    thread_id: threadId,
    created_at: new Date().toISOString().replace('Z', ''),
    type: 'widget',
    copy_text: 'Revenue chart',
    widget: {
      type: 'Card',
      children: [
        { type: 'Title', value: 'Revenue' },
        {
          type: 'Chart',
          height: 200,
          data: [
            { month: 'Jan', revenue: 120, users: 40 },
            { month: 'Feb', revenue: 180, users: 65 },
            { month: 'Mar', revenue: 150, users: 90 },
          ],
          xAxis: 'month',
          series: [
            { type: 'bar', dataKey: 'revenue', label: 'Revenue', color: 'blue' },
            { type: 'line', dataKey: 'users', label: 'Users', color: 'green' },
          ],
          showLegend: true,
          showTooltip: true,
        },
      ],
    },
  };
}

/**
 * Forwards a `/chatkit` request to the mock server; a message asking for a chart gets a Chart
 * widget appended to its stream.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function forward(req, res) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of req) chunks.push(/** @type {Buffer} */ (chunk));
  const body = Buffer.concat(chunks);
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  const headers = Object.fromEntries(
    Object.entries(req.headers).filter(([name, value]) => typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)),
  );
  const upstream = await fetch(`${mock.url}${req.url ?? ''}`, {
    method: req.method,
    headers: /** @type {Record<string, string>} */ (headers),
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    signal: abort.signal,
  });
  res.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  if (upstream.body) for await (const chunk of upstream.body) res.write(chunk);
  /** @type {{ type?: string, params?: { thread_id?: string } }} */
  let request = {};
  try {
    request = JSON.parse(body.toString('utf8'));
  } catch {
    // Uploads and other non-JSON bodies are passed through unchanged.
  }
  const threadId = request.params?.thread_id;
  if (request.type === 'threads.add_user_message' && threadId && /\bchart\b/i.test(body.toString('utf8'))) {
    res.write(`data: ${JSON.stringify({ type: 'thread.item.done', item: chartItem(threadId) })}\n\n`);
  }
  res.end();
}

/**
 * Serves the page assets, then the built bundles, each with the given CSP header.
 * @param {string} pathname
 * @param {string} policy
 * @param {import('node:http').ServerResponse} res
 */
async function serveStatic(pathname, policy, res) {
  for (const root of [assets, dir]) {
    const file = resolve(join(root, normalize(pathname)));
    if (!file.startsWith(resolve(root) + sep)) continue;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) continue;
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': policy,
    });
    createReadStream(file).pipe(res);
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('not found');
}

before(async () => {
  // The bundles as `npm run build` makes them, from the current sources (built once per run).
  await copyBundles(dir);
  const { startMockServer } = await importMockServer();
  mock = await startMockServer({ port: 0, delayMs: 0 });
  // `/<policy name>/<file>` serves `<file>` under that policy.
  front = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://front.invalid');
    if (pathname.endsWith('/favicon.ico')) {
      res.writeHead(204).end();
      return;
    }
    const work = pathname.startsWith('/chatkit')
      ? forward(req, res)
      : serveStatic(pathname.split('/').slice(2).join('/'), POLICIES[/** @type {keyof typeof POLICIES} */ (pathname.split('/')[1])] ?? POLICIES.lockedDown, res);
    work.catch((error) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise((done) => front.listen(0, '127.0.0.1', () => done(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (front.address());
  origin = `http://127.0.0.1:${address.port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  front?.closeAllConnections();
  await new Promise((done) => (front ? front.close(() => done(undefined)) : done(undefined)));
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ violations: string[], errors: string[] }>}
 */
const report = (page) => page.evaluate(() => /** @type {any} */ (window).cspReport);

/**
 * The whole walk: answer with code, widgets, a mention with a chart, the history panel.
 * @param {string} policy a key of POLICIES
 * @param {string} file esm.html or iife.html
 */
async function walk(policy, file) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  /** @type {string[]} */
  const blocked = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text())) blocked.push(message.text());
  });
  const response = await page.goto(`${origin}/${policy}/${file}`);
  assert.equal(response?.headers()['content-security-policy'], POLICIES[/** @type {keyof typeof POLICIES} */ (policy)]);
  const chat = page.locator('chat-kit');
  await chat.locator('[part="greeting"]', { hasText: 'Strict CSP page' }).waitFor();

  // 1. A streamed Markdown answer with a fenced code block (lazy highlighter) and widgets.
  const editor = chat.locator('[part="editor"]');
  await editor.fill('Show me a widget and a form');
  await editor.press('Enter');
  const answer = chat.locator('.assistant', { hasText: 'setOptions' }).first();
  await answer.waitFor({ timeout: 20000 });
  await answer.locator('pre code span[class^="tok-"]').first().waitFor({ timeout: 20000 });
  await chat.locator('ck-widget-item', { hasText: 'Coffee beans' }).first().waitFor({ timeout: 20000 });
  await chat.locator('ck-widget-item form, ck-widget-item ck-widget-form').first().waitFor({ timeout: 20000 });
  await chat.locator('button[part="send"]').waitFor({ timeout: 20000 });

  // 2. An @-mention from the composer menu, in a message that asks for a chart.
  await editor.click();
  await page.keyboard.type('Plot a chart for @gra');
  const option = chat.locator('[role="option"]', { hasText: 'Grace Hopper' });
  await option.waitFor();
  assert.ok((await option.boundingBox())?.height, 'the mention menu is visible');
  // Positioned at the caret: inline styles go through the CSSOM, which no style-src refuses.
  assert.match(await chat.locator('ck-tag-menu').evaluate((menu) => menu.style.top), /^\d+(\.\d+)?px$/);
  await page.keyboard.press('Enter');
  await chat.locator('[part="editor"] .tag', { hasText: 'Grace Hopper' }).waitFor();
  await page.keyboard.type(' please');
  await page.keyboard.press('Enter');
  await chat.locator('.bubble button.tag', { hasText: '@Grace Hopper' }).waitFor({ timeout: 20000 });
  const chart = chat.locator('ck-widget-item svg .ck-w-chart__series').first();
  await chart.waitFor({ timeout: 20000 });
  assert.match(await chart.evaluate((series) => series.style.getPropertyValue('--_ck-chart-series')), /--ck-w-chart-blue/, 'the series has its colour');
  await chat.locator('button[part="send"]').waitFor({ timeout: 20000 });

  // 3. The history panel lists the conversations.
  await chat.locator('ck-header [part="history"]').click();
  await chat.locator('ck-history-panel [part~="item"]').first().waitFor({ timeout: 20000 });

  const seen = await report(page);
  await page.close();
  return { seen, errors, blocked };
}

// `lockedDown` contains every directive of `strict` and `trustedTypes` word for word, so a walk
// with no violation under it has none under them either (the probes below show each is in force).
for (const [label, file] of [
  ['CDN ES-module bundle (and its lazy chunks)', 'esm.html'],
  ['classic IIFE bundle', 'iife.html'],
]) {
  it(`${label} under the locked-down CSP with Trusted Types: answer, code, widgets, chart, mention and history, no violation`, async () => {
    const { seen, errors, blocked } = await walk('lockedDown', file);
    assert.deepEqual(seen.violations, [], 'securitypolicyviolation events');
    assert.deepEqual(blocked, [], 'CSP / Trusted Types console messages');
    assert.deepEqual(seen.errors, [], 'uncaught errors and chatkit.error events');
    assert.deepEqual(errors, [], 'page errors and console errors');
  });
}

describe('the tested policies are in force', () => {
  for (const policy of Object.keys(POLICIES)) {
    it(`${policy}: an inline script and eval are refused and reported`, async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}/${policy}/probe.html`);
      const probe = await page.evaluate(() => /** @type {any} */ (window).cspProbe);
      assert.deepEqual(probe, { inlineRan: false, evalRan: false });
      await page.waitForFunction(() => /** @type {any} */ (window).cspReport.violations.length >= 2);
      const { violations } = await report(page);
      // With Trusted Types the plain strings are refused before `script-src` is consulted.
      const expected = policy === 'strict' ? ['script-src-elem', 'script-src'] : ['require-trusted-types-for', 'require-trusted-types-for'];
      assert.deepEqual(violations.map((line) => line.split(' ')[0]), expected, violations.join('\n'));
      await page.close();
    });
  }
});
