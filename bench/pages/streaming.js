// @ts-check
/**
 * Streams a 100 KB Markdown answer as 20,000 deltas into one implementation (`?impl=`), with the
 * same chunked, macrotask-paced SSE body for each. `window.bench.run()` marks `bench-start` when
 * the body is created and `bench-end` once the answer's last sentence is on screen, and resolves
 * with the wall-clock time between them.
 */
import { afterFrame, answerChunks, chunkedBody, load, markdownAnswer, readSse, SENTINEL, splitDeltas, threadsCreateFetch, untilVisible } from './common.js';

const impl = new URLSearchParams(location.search).get('impl');
const deltas = splitDeltas(markdownAnswer(), 20_000);
const chunks = answerChunks(deltas);
/** @type {any} */ (window).benchInfo = { bytes: deltas.join('').length, deltas: deltas.length, chunks: chunks.length };

let startedAt = 0;
const begin = () => {
  startedAt = performance.now();
  performance.mark('bench-start');
};
/** @param {number} end when the answer was on screen (`untilVisible` marked `bench-end` then) */
const finish = (end) => ({ wallMs: end - startedAt });

/** `<chat-kit>` from the built CDN bundle, answering through a fake `api.fetch`. */
async function chatKit() {
  await load('/dist/cdn/chat-kit.bundle.js');
  const el = /** @type {any} */ (document.createElement('chat-kit'));
  document.body.append(el);
  el.options = {
    api: {
      url: '/chatkit',
      fetch: threadsCreateFetch(chunks, begin),
    },
  };
  await el.updateComplete;
  await afterFrame();
  return async () => {
    const ended = new Promise((resolve) => el.addEventListener('chatkit.response.end', resolve, { once: true }));
    await el.sendUserMessage({ text: 'Write a long answer' });
    await ended;
    return finish(await untilVisible(el, SENTINEL, 'chat-kit'));
  };
}

/**
 * The floor: the same body, parsed the same way, the text appended to a plain <div> with no
 * Markdown. Each line goes into its own block and grows with `appendData`: appending all 100 KB
 * to one text node makes the browser lay the whole text out again every frame (several seconds
 * for this answer, slower than chat-kit), which would not be a floor.
 */
function floor() {
  const div = document.createElement('div');
  div.id = 'floor';
  document.body.append(div);
  /** @type {Text} */
  let line = document.createTextNode('');
  const newLine = () => {
    const block = document.createElement('div');
    line = document.createTextNode('');
    block.append(line);
    div.append(block);
  };
  newLine();
  /** @param {string} delta */
  const append = (delta) => {
    const lines = delta.split('\n');
    lines.forEach((text, i) => {
      if (i > 0) newLine();
      if (text) line.appendData(text);
    });
  };
  return async () => {
    await readSse(chunkedBody(chunks, begin), (event) => {
      if (event.type === 'thread.item.updated' && event.update.type === 'assistant_message.content_part.text_delta') append(event.update.delta);
    });
    return finish(await untilVisible(div, SENTINEL, 'floor'));
  };
}

/**
 * `<deep-chat>` (bundled like ours), fed the same deltas through its `connect.handler` signals.
 * It re-renders the whole message for every delta, so the answer can take minutes: after
 * `?budget=` ms the feed stops and the run reports how many deltas it showed (its times are then
 * lower bounds).
 */
async function deepChat() {
  await load('/peers/deep-chat/deep-chat.bundle.js');
  const budget = Number(new URLSearchParams(location.search).get('budget') ?? '20000');
  const el = /** @type {any} */ (document.createElement('deep-chat'));
  let shown = 0;
  /** @type {(value?: unknown) => void} */
  let closed = () => undefined;
  el.connect = {
    stream: true,
    /** @param {unknown} _body @param {any} signals */
    handler: (_body, signals) => {
      signals.onOpen();
      void readSse(chunkedBody(chunks, begin), async (event) => {
        if (event.type !== 'thread.item.updated' || event.update.type !== 'assistant_message.content_part.text_delta') return true;
        if (performance.now() - startedAt > budget) return false;
        await signals.onResponse({ text: event.update.delta });
        shown += 1;
        return true;
      }).then(() => {
        signals.onClose();
        closed();
      });
    },
  };
  const rendered = new Promise((resolve) => (el.onComponentRender = resolve));
  document.body.append(el);
  await rendered;
  await afterFrame();
  return async () => {
    const done = new Promise((resolve) => (closed = resolve));
    el.submitUserMessage({ text: 'Write a long answer' });
    await done;
    const complete = shown === deltas.length;
    let end;
    if (complete) end = await untilVisible(el, SENTINEL, 'deep-chat');
    else {
      end = await afterFrame();
      performance.mark('bench-end');
    }
    return { ...finish(end), deltasShown: shown, budgetHit: complete ? 0 : 1 };
  };
}

const setups = /** @type {Record<string, () => Promise<() => Promise<Record<string, number>>> | (() => Promise<Record<string, number>>)>} */ ({ 'chat-kit': chatKit, floor, 'deep-chat': deepChat });
const setup = impl ? setups[impl] : undefined;
/** @type {any} */ (window).benchReady = (async () => {
  if (!setup) throw new Error(`bench: unknown impl ${String(impl)}`);
  /** @type {any} */ (window).bench = { run: await setup() };
})();
