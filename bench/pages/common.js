// @ts-check
/** Helpers shared by the bench pages (browser side). */

/**
 * Imports a module by URL (the bundles are served, not resolved by a bundler).
 * @param {string} url
 * @returns {Promise<any>}
 */
export const load = (url) => import(url);

/** A small seeded PRNG (mulberry32), so every run and every implementation gets the same text. */
export function prng(seed = 42) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const channel = new MessageChannel();
/** @type {(() => void)[]} */
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();

/** Resolves in a new macrotask (MessageChannel: no timer clamping). */
export function macrotask() {
  return new Promise((resolve) => {
    waiting.push(() => resolve(undefined));
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves after the next frame was produced: a task posted from requestAnimationFrame runs once
 * that frame's style, layout and paint are done. Resolves with `performance.now()` at that point.
 * @returns {Promise<number>}
 */
export function afterFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      void macrotask().then(() => resolve(performance.now()));
    });
  });
}

/**
 * The text of `node` and everything below it, shadow roots included.
 * @param {Node} node
 */
export function deepText(node) {
  /** @type {string[]} */
  const parts = [];
  /** @param {Node} n */
  const walk = (n) => {
    if (n.nodeType === Node.TEXT_NODE) {
      parts.push(/** @type {Text} */ (n).data);
      return;
    }
    const shadow = n instanceof Element ? n.shadowRoot : null;
    if (shadow) walk(shadow);
    for (let child = n.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(node);
  return parts.join('');
}

/**
 * Waits frame by frame until `text` is in the DOM under `root`; resolves with the time after that
 * frame. Each frame is marked `bench-end` before the DOM is searched, so the trace window (which
 * ends at the last `bench-end`) does not count the successful search itself.
 * @param {Node} root
 * @param {string} text
 * @param {string} what for the timeout message
 * @param {number} [maxFrames]
 */
export async function untilVisible(root, text, what, maxFrames = 600) {
  for (let i = 0; i < maxFrames; i += 1) {
    const time = await afterFrame();
    performance.mark('bench-end');
    if (deepText(root).includes(text)) return time;
  }
  throw new Error(`bench: "${text}" never appeared (${what})`);
}

/**
 * Elements matching `selector` anywhere under `root`, shadow roots included.
 * @param {Node} root
 * @param {string} selector
 * @returns {Element[]}
 */
export function deepQueryAll(root, selector) {
  /** @type {Element[]} */
  const found = [];
  /** @param {Node} n */
  const walk = (n) => {
    if (n instanceof Element) {
      if (n.matches(selector)) found.push(n);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (let child = n.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return found;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A plain sentence every page waits for: the last characters of the streamed answer. */
export const SENTINEL = 'End of the answer, zq7 sentinel.';

/**
 * A deterministic Markdown answer of about `bytes` characters (ASCII): headings, paragraphs with
 * emphasis, code spans and links, lists, block quotes, fenced code and tables, ending with a
 * plain sentence.
 * @param {number} [bytes]
 */
export function markdownAnswer(bytes = 100 * 1024) {
  const random = prng(7);
  const words = 'stream render token delta element shadow frame layout widget thread message parser block inline latency buffer chunk server client protocol event state reducer snapshot update patch keyed repeat template value schema'.split(' ');
  const word = () => words[Math.floor(random() * words.length)] ?? 'word';
  /** @param {number} n */
  const sentence = (n) => {
    const out = [];
    for (let i = 0; i < n; i += 1) {
      const w = word();
      const r = random();
      out.push(r < 0.05 ? `**${w}**` : r < 0.09 ? `*${w}*` : r < 0.12 ? `\`${w}()\`` : r < 0.14 ? `[${w}](https://example.com/${w})` : w);
    }
    const text = out.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const blocks = [];
  let size = 0;
  let section = 0;
  while (size < bytes - SENTINEL.length - 2) {
    const kind = random();
    let block;
    if (blocks.length % 12 === 0) block = `## Section ${(section += 1)}: ${word()} and ${word()}`;
    else if (kind < 0.5) block = [sentence(14), sentence(10), sentence(18)].join(' ');
    else if (kind < 0.65) block = Array.from({ length: 4 }, () => `- ${sentence(7)}`).join('\n');
    else if (kind < 0.75) block = Array.from({ length: 3 }, (_, i) => `${i + 1}. ${sentence(9)}`).join('\n');
    else if (kind < 0.82) block = `> ${sentence(16)}`;
    else if (kind < 0.93) block = ['```js', `const ${word()} = await ${word()}(${Math.floor(random() * 100)});`, `for (const x of ${word()}) console.log(x);`, '```'].join('\n');
    else block = ['| name | value | note |', '| --- | --- | --- |', ...Array.from({ length: 3 }, () => `| ${word()} | ${Math.floor(random() * 1000)} | ${word()} ${word()} |`)].join('\n');
    blocks.push(block);
    size += block.length + 2;
  }
  blocks.push(SENTINEL);
  return blocks.join('\n\n');
}

/**
 * Splits `text` into exactly `count` non-empty pieces at seeded random positions (token-like deltas).
 * @param {string} text
 * @param {number} count
 */
export function splitDeltas(text, count) {
  const random = prng(11);
  const cuts = new Set();
  while (cuts.size < count - 1) cuts.add(1 + Math.floor(random() * (text.length - 1)));
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  let from = 0;
  for (const cut of sorted) {
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  pieces.push(text.slice(from));
  return pieces;
}

const encoder = new TextEncoder();
/** @param {unknown} event */
const frame = (event) => `data: ${JSON.stringify(event)}\n\n`;

/**
 * The SSE body of a `threads.create` turn answering with `deltas`, shaped like the captures in
 * test/fixtures/chatkit-server/threads.create.sse, cut into network-like chunks of
 * `deltasPerChunk` text deltas each.
 * @param {string[]} deltas
 * @param {number} [deltasPerChunk]
 * @returns {Uint8Array[]}
 */
export function answerChunks(deltas, deltasPerChunk = 50) {
  const thread = { id: 'thr_bench', created_at: '2026-11-23T19:11:55.571188', status: { type: 'active' }, metadata: {}, items: { data: [], has_more: false } };
  const itemId = 'msg_answer';
  const created = '2026-11-23T19:11:55.672745';
  const text = deltas.join('');
  const content = { annotations: [], text, type: 'output_text' };
  const head = [
    frame({ type: 'thread.created', thread }),
    frame({ type: 'thread.item.done', item: { id: 'msg_question', thread_id: thread.id, created_at: created, type: 'user_message', content: [{ type: 'input_text', text: 'Write a long answer' }], attachments: [], inference_options: {} } }),
    frame({ type: 'stream_options', stream_options: { allow_cancel: true } }),
    frame({ type: 'thread.item.added', item: { id: itemId, thread_id: thread.id, created_at: created, type: 'assistant_message', content: [] } }),
    frame({ type: 'thread.item.updated', item_id: itemId, update: { type: 'assistant_message.content_part.added', content_index: 0, content: { annotations: [], text: '', type: 'output_text' } } }),
  ].join('');
  const tail = [
    frame({ type: 'thread.item.updated', item_id: itemId, update: { type: 'assistant_message.content_part.done', content_index: 0, content } }),
    frame({ type: 'thread.item.done', item: { id: itemId, thread_id: thread.id, created_at: created, type: 'assistant_message', content: [content] } }),
  ].join('');
  const chunks = [head];
  for (let i = 0; i < deltas.length; i += deltasPerChunk) {
    chunks.push(
      deltas
        .slice(i, i + deltasPerChunk)
        .map((delta) => frame({ type: 'thread.item.updated', item_id: itemId, update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta } }))
        .join(''),
    );
  }
  chunks.push(tail);
  return chunks.map((chunk) => encoder.encode(chunk));
}

/**
 * A response body delivering `chunks` one per macrotask, pulled by the reader (like bytes arriving
 * from the network). `onStart` runs when the body is created.
 * @param {Uint8Array[]} chunks
 * @param {() => void} [onStart]
 */
export function chunkedBody(chunks, onStart) {
  let next = 0;
  return new ReadableStream(
    {
      start() {
        onStart?.();
      },
      async pull(controller) {
        await macrotask();
        const chunk = chunks[next];
        next += 1;
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * Reads an SSE body and calls `onEvent` with each event's parsed JSON (the events are one
 * `data:` line each, as ChatKit servers send them). When `onEvent` returns (or resolves to)
 * `false`, reading stops and the body is cancelled.
 * @param {ReadableStream<Uint8Array>} body
 * @param {(event: any) => void | boolean | Promise<void | boolean>} onEvent
 */
export async function readSse(body, onEvent) {
  const reader = body.pipeThrough(/** @type {ReadableWritablePair<string, Uint8Array>} */ (new TextDecoderStream())).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (!line.startsWith('data: ')) continue;
      let verdict = onEvent(JSON.parse(line.slice(6)));
      if (verdict instanceof Promise) verdict = await verdict;
      if (verdict === false) {
        await reader.cancel();
        return;
      }
    }
  }
}

/**
 * The JSON body of a `Response` to a fake-fetch request.
 * @param {unknown} body
 */
export function jsonResponse(body) {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

/**
 * The SSE `Response` for a fake fetch.
 * @param {ReadableStream<Uint8Array>} body
 */
export function sseResponse(body) {
  return new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
}

/**
 * A fake `api.fetch` for `<chat-kit>` that answers `threads.create` with an SSE body handing out
 * `chunks` (see {@link chunkedBody}) and refuses any other request.
 * @param {Uint8Array[]} chunks
 * @param {(() => void) | undefined} [begin]
 */
export function threadsCreateFetch(chunks, begin) {
  /** @param {string} _url @param {RequestInit} init */
  return (_url, init) => {
    const request = JSON.parse(String(init.body));
    if (request.type !== 'threads.create') return Promise.reject(new Error(`bench: unexpected ${request.type}`));
    return Promise.resolve(sseResponse(chunkedBody(chunks, begin)));
  };
}
