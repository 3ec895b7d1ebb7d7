// @ts-check
/**
 * Cold start, on a fresh page of a fresh browser context: `window.bench.run()` imports the bundle
 * (fetch over loopback, compile, evaluate: every element registers), then appends an element with
 * minimal options and waits for its first render plus one frame.
 */
import { afterFrame, load } from './common.js';

const impl = new URLSearchParams(location.search).get('impl');

async function run() {
  performance.mark('bench-start');
  const start = performance.now();
  if (impl === 'chat-kit') {
    await load('/dist/cdn/chat-kit.bundle.js');
    const evaluated = performance.now();
    const el = /** @type {any} */ (document.createElement('chat-kit'));
    document.body.append(el);
    el.options = { api: { url: '/chatkit', fetch: () => Promise.reject(new Error('bench: no requests expected')) } };
    await el.updateComplete;
    const rendered = await afterFrame();
    if (!el.shadowRoot?.childElementCount) throw new Error('bench: <chat-kit> rendered nothing');
    performance.mark('bench-end');
    return { evalMs: evaluated - start, renderMs: rendered - evaluated, totalMs: rendered - start };
  }
  if (impl === 'deep-chat') {
    await load('/peers/deep-chat/deep-chat.bundle.js');
    const evaluated = performance.now();
    const el = /** @type {any} */ (document.createElement('deep-chat'));
    const shown = new Promise((resolve) => (el.onComponentRender = resolve));
    el.connect = { handler: () => undefined };
    document.body.append(el);
    await shown;
    const rendered = await afterFrame();
    performance.mark('bench-end');
    return { evalMs: evaluated - start, renderMs: rendered - evaluated, totalMs: rendered - start };
  }
  throw new Error(`bench: unknown impl ${String(impl)}`);
}

/** @type {any} */ (window).bench = { run };
/** @type {any} */ (window).benchReady = Promise.resolve();
