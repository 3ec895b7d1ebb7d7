// @ts-check
/**
 * Renders the same 1,000 rows (a title, a subtitle and a status) with one implementation
 * (`?impl=`). Each first renders a 1-row list and removes it (loads lazy chunks, defines the
 * elements) so the timed render measures rendering, not loading. `window.bench.run()` marks
 * `bench-start` right before the render call and `bench-end` after the first frame that shows the
 * 1,000th row, and resolves with the time between (`wallMs`); for chat-kit also with the time to
 * the first frame showing the first screen (`firstMs`: chat-kit renders long lists a screenful
 * first, the rest in chunks over later frames). `impl=chat-kit-table` times a 200-row `Table`.
 */
import { afterFrame, load, sseResponse, untilVisible } from './common.js';

const COUNT = 1000;
/** The rows that fill chat-kit's 700 px high host: its "first screen". */
const FIRST_SCREEN = 12;
const STATUSES = /** @type {const} */ ([
  ['open', 'info', 'Accent'],
  ['blocked', 'danger', 'Attention'],
  ['done', 'success', 'Good'],
]);
/** @param {number} count */
const rowsOf = (count) =>
  Array.from({ length: count }, (_, i) => {
    const [status, badge, color] = STATUSES[i % 3] ?? STATUSES[0];
    return { title: `Item ${i + 1}`, subtitle: `Subtitle for item ${i + 1}.`, status, badge, color };
  });
/** @param {number} count */
const lastText = (count) => `Subtitle for item ${count}.`;

/**
 * The ChatKit widget item: a ListView of ListViewItems, each a Col (Text + Caption) and a Badge.
 * @param {number} count
 */
function widgetItem(count) {
  const widget = {
    type: 'ListView',
    children: rowsOf(count).map((row, i) => ({
      type: 'ListViewItem',
      key: `item-${i}`,
      gap: 3,
      align: 'center',
      children: [
        { type: 'Col', flex: 1, children: [{ type: 'Text', value: row.title, weight: 'semibold', size: 'sm' }, { type: 'Caption', value: row.subtitle }] },
        { type: 'Badge', label: row.status, color: row.badge, variant: 'soft' },
      ],
    })),
  };
  return { id: `msg_list_${count}`, thread_id: 'thr_bench', created_at: '2026-11-23T19:11:56.422651', type: 'widget', widget };
}

/** Rows of the chat-kit Table. */
const TABLE_ROWS = 200;

/**
 * A ChatKit `Table` of the same rows: a header row, then `count` rows of three cells (Text).
 * @param {number} count
 */
function tableItem(count) {
  /** @param {string} value @param {Record<string, unknown>} [props] */
  const cell = (value, props = {}) => ({ type: 'Table.Cell', children: [{ type: 'Text', value, size: 'sm', ...props }] });
  const widget = {
    type: 'Table',
    children: [
      { type: 'Table.Row', header: true, children: [cell('Title'), cell('Subtitle'), cell('Status')] },
      ...rowsOf(count).map((row, i) => ({ type: 'Table.Row', key: `row-${i}`, children: [cell(row.title, { weight: 'semibold' }), cell(row.subtitle), cell(row.status)] })),
    ],
  };
  return { id: `msg_table_${count}`, thread_id: 'thr_bench', created_at: '2026-11-23T19:11:56.422651', type: 'widget', widget };
}

/**
 * The equivalent Adaptive Card: a Container of ColumnSets (two TextBlocks | a status TextBlock).
 * @param {number} count
 */
function card(count) {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      {
        type: 'Container',
        items: rowsOf(count).map((row) => ({
          type: 'ColumnSet',
          columns: [
            { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: row.title, weight: 'Bolder', size: 'Small' }, { type: 'TextBlock', text: row.subtitle, isSubtle: true, spacing: 'None', size: 'Small' }] },
            { type: 'Column', width: 'auto', verticalContentAlignment: 'Center', items: [{ type: 'TextBlock', text: row.status, color: row.color }] },
          ],
        })),
      },
    ],
  };
}

/**
 * The equivalent A2UI v0.9 components: a List of Rows, each a Column (two Texts) and a caption Text.
 * @param {number} count
 */
function a2uiComponents(count) {
  /** @type {Record<string, unknown>[]} */
  const components = [{ id: 'root', component: 'List', children: rowsOf(count).map((_, i) => `row-${i}`) }];
  rowsOf(count).forEach((row, i) => {
    components.push(
      { id: `row-${i}`, component: 'Row', children: [`col-${i}`, `status-${i}`], align: 'center', justify: 'spaceBetween' },
      { id: `col-${i}`, component: 'Column', children: [`title-${i}`, `subtitle-${i}`] },
      { id: `title-${i}`, component: 'Text', text: row.title, variant: 'h5' },
      { id: `subtitle-${i}`, component: 'Text', text: row.subtitle, variant: 'caption' },
      { id: `status-${i}`, component: 'Text', text: row.status, variant: 'caption' },
    );
  });
  return components;
}

/**
 * Watches for `text` to enter the DOM under `root`, shadow roots included, from the mutations
 * themselves (each added subtree's text is read once): chat-kit renders long lists over several
 * frames, and searching the whole tree after every frame (as `untilVisible` in common.js does)
 * would time the bench's search more than the rendering. Start it before the render call.
 * @param {Node} root
 * @param {string} text
 */
function watchFor(root, text) {
  let found = false;
  /** @type {MutationObserver} */
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') check(record.target);
      for (const node of record.addedNodes) check(node);
    }
  });
  /** @param {Node} tree */
  const observe = (tree) => observer.observe(tree, { childList: true, subtree: true, characterData: true });
  /** @param {Node} node */
  function check(node) {
    if (found) return;
    if ((node.textContent ?? '').includes(text)) {
      found = true;
      observer.disconnect();
      return;
    }
    // Shadow roots are separate trees: observe them too (and read what they hold already).
    const elements = node instanceof Element ? [node, ...node.querySelectorAll('*')] : node instanceof DocumentFragment ? [...node.querySelectorAll('*')] : [];
    for (const el of elements) {
      if (!el.shadowRoot || watched.has(el.shadowRoot)) continue;
      watched.add(el.shadowRoot);
      observe(el.shadowRoot);
      check(el.shadowRoot);
    }
  }
  /** @type {WeakSet<ShadowRoot>} */
  const watched = new WeakSet();
  observe(root);
  check(root);
  return {
    get found() {
      return found;
    },
    stop: () => observer.disconnect(),
  };
}

/**
 * Like `untilVisible` in common.js (marks `bench-end` after each frame, then looks), with a
 * watcher from {@link watchFor} instead of a search of the whole tree.
 * @param {{ found: boolean, stop(): void }} watcher
 * @param {string} what for the timeout message
 * @param {number} [maxFrames]
 */
async function untilFound(watcher, what, maxFrames = 1200) {
  for (let i = 0; i < maxFrames; i += 1) {
    const time = await afterFrame();
    performance.mark('bench-end');
    if (watcher.found) return time;
  }
  watcher.stop();
  throw new Error(`bench: it never appeared (${what})`);
}

const host = /** @type {HTMLElement} */ (document.getElementById('host'));
let startedAt = 0;
/**
 * Starts watching `root` for the last row's text, then marks the start.
 * @param {Node} root
 * @param {string} [text]
 */
const begin = (root, text = lastText(COUNT)) => {
  const watcher = watchFor(root, text);
  startedAt = performance.now();
  performance.mark('bench-start');
  return watcher;
};
/** @param {ReturnType<typeof watchFor>} watcher @param {string} what */
const finish = async (watcher, what) => {
  // untilFound marks bench-end after the frame that shows the last row.
  const end = await untilFound(watcher, what);
  return { wallMs: end - startedAt };
};

const encoder = new TextEncoder();
/** @param {unknown} event */
const frame = (event) => encoder.encode(`data: ${JSON.stringify(event)}\n\n`);
const threadJson = { id: 'thr_bench', created_at: '2026-11-23T19:11:55.571188', status: { type: 'active' }, metadata: {}, items: { data: [], has_more: false } };
/** @param {string} text @param {number} n */
const userMessage = (text, n) => ({ id: `msg_question_${n}`, thread_id: threadJson.id, created_at: '2026-11-23T19:11:55.571507', type: 'user_message', content: [{ type: 'input_text', text }], attachments: [], inference_options: {} });

/**
 * A `<chat-kit>` whose first turn shows a 1-row list (so every chunk needed for widgets is loaded)
 * and whose second turn's stream stays open until `push(event)` / `close()`.
 */
async function warmChatKit() {
  await load('/dist/cdn/chat-kit.bundle.js');
  /** @type {(event: unknown) => void} */
  let push = () => undefined;
  /** @type {() => void} */
  let close = () => undefined;
  let turn = 0;
  const el = /** @type {any} */ (document.createElement('chat-kit'));
  host.replaceWith(el);
  el.options = {
    api: {
      url: '/chatkit',
      fetch: () => {
        turn += 1;
        const first = turn === 1;
        const head = first
          ? [{ type: 'thread.created', thread: threadJson }, { type: 'thread.item.done', item: userMessage('Warm up', turn) }, { type: 'thread.item.done', item: widgetItem(1) }]
          : [{ type: 'thread.item.done', item: userMessage('List everything', turn) }];
        const body = new ReadableStream({
          start(controller) {
            head.forEach((event) => controller.enqueue(frame(event)));
            if (first) controller.close();
            push = (event) => controller.enqueue(frame(event));
            close = () => controller.close();
          },
        });
        return Promise.resolve(sseResponse(body));
      },
    },
  };
  await el.updateComplete;
  await el.sendUserMessage({ text: 'Warm up' });
  await untilVisible(el, lastText(1), 'the warm-up widget in <chat-kit>');
  return { el, push: (/** @type {unknown} */ event) => push(event), close: () => close() };
}

/** chat-kit's widget renderer: `<ck-widget-item>`, the element the thread view renders per widget item. */
async function chatKit() {
  const warm = await warmChatKit();
  if (!customElements.get('ck-widget-item')) throw new Error('bench: <ck-widget-item> is not defined after a widget rendered; measure with impl=chat-kit-element only');
  warm.el.replaceWith(host);
  const item = widgetItem(COUNT);
  return async () => {
    const firstScreen = watchFor(host, lastText(FIRST_SCREEN));
    const watcher = begin(host);
    const el = /** @type {any} */ (document.createElement('ck-widget-item'));
    el.item = item;
    host.append(el);
    const first = await untilFound(firstScreen, 'chat-kit, first screen');
    const result = { ...(await finish(watcher, 'chat-kit')), firstMs: first - startedAt };
    const errors = el.shadowRoot?.querySelectorAll('[data-widget-error]').length ?? 0;
    if (errors) throw new Error(`bench: ${errors} widget nodes did not validate`);
    return result;
  };
}

/** chat-kit's `Table` (200 rows), rendered through `<ck-widget-item>` like the list. */
async function chatKitTable() {
  const warm = await warmChatKit();
  warm.el.replaceWith(host);
  const item = tableItem(TABLE_ROWS);
  return async () => {
    const watcher = begin(host, lastText(TABLE_ROWS));
    const el = /** @type {any} */ (document.createElement('ck-widget-item'));
    el.item = item;
    host.append(el);
    const result = await finish(watcher, 'chat-kit Table');
    const errors = el.shadowRoot?.querySelectorAll('[data-widget-error]').length ?? 0;
    if (errors) throw new Error(`bench: ${errors} widget nodes did not validate`);
    return result;
  };
}

/** The whole `<chat-kit>`: the widget arrives as one `thread.item.done` on a running stream. */
async function chatKitElement() {
  const { el, push, close } = await warmChatKit();
  const item = widgetItem(COUNT);
  return async () => {
    const sent = el.sendUserMessage({ text: 'List everything' });
    await untilVisible(el, 'List everything', 'the user message');
    await afterFrame();
    const watcher = begin(el);
    push({ type: 'thread.item.done', item });
    close();
    const result = await finish(watcher, '<chat-kit>');
    await sent;
    return result;
  };
}

/** Adaptive Cards: parse the card JSON, render, append. */
async function adaptiveCards() {
  const { AdaptiveCard } = await load('/peers/adaptivecards/adaptivecards.bundle.js');
  /** @param {number} count */
  const render = (count) => {
    const adaptive = new AdaptiveCard();
    adaptive.parse(card(count));
    const rendered = adaptive.render();
    if (!rendered) throw new Error('bench: the Adaptive Card did not render');
    host.append(rendered);
    return rendered;
  };
  const warm = render(1);
  await untilVisible(host, lastText(1), 'the warm-up card');
  warm.remove();
  const json = card(COUNT);
  return async () => {
    const watcher = begin(host);
    const adaptive = new AdaptiveCard();
    adaptive.parse(json);
    const rendered = adaptive.render();
    if (!rendered) throw new Error('bench: the Adaptive Card did not render');
    host.append(rendered);
    return finish(watcher, 'adaptivecards');
  };
}

/** The floor: the same rows as plain DOM (a flex row: title and subtitle, status), no framework. */
async function floor() {
  /** @param {number} count */
  const render = (count) => {
    const list = document.createElement('div');
    for (const row of rowsOf(count)) {
      const line = document.createElement('div');
      line.style.cssText = 'display:flex;align-items:center;gap:12px;padding:8px 12px';
      const text = document.createElement('div');
      text.style.flex = '1';
      const title = document.createElement('strong');
      title.textContent = row.title;
      const subtitle = document.createElement('small');
      subtitle.textContent = row.subtitle;
      subtitle.style.display = 'block';
      text.append(title, subtitle);
      const status = document.createElement('span');
      status.textContent = row.status;
      line.append(text, status);
      list.append(line);
    }
    host.append(list);
    return list;
  };
  const warm = render(1);
  await untilVisible(warm, lastText(1), 'the warm-up rows');
  warm.remove();
  return async () => {
    const watcher = begin(host);
    render(COUNT);
    return finish(watcher, 'floor');
  };
}

/** A2UI: process createSurface + updateComponents, then show the surface in `<a2ui-surface>`. */
async function a2ui() {
  const { MessageProcessor, basicCatalog } = await load('/peers/a2ui/a2ui.bundle.js');
  /** @param {Record<string, unknown>[]} components @param {string} id */
  const render = (components, id) => {
    const processor = new MessageProcessor([basicCatalog]);
    processor.processMessages([
      { version: 'v0.9', createSurface: { surfaceId: id, catalogId: basicCatalog.id } },
      { version: 'v0.9', updateComponents: { surfaceId: id, components } },
    ]);
    const el = /** @type {any} */ (document.createElement('a2ui-surface'));
    el.surface = processor.model.getSurface(id);
    host.append(el);
    return el;
  };
  const warm = render(a2uiComponents(1), 'warm');
  await untilVisible(warm, lastText(1), 'the warm-up surface');
  warm.remove();
  const components = a2uiComponents(COUNT);
  return async () => {
    const watcher = begin(host);
    render(components, 'bench');
    return finish(watcher, '@a2ui/lit');
  };
}

const setups = /** @type {Record<string, () => Promise<() => Promise<{ wallMs: number, firstMs?: number }>>>} */ ({
  'chat-kit': chatKit,
  'chat-kit-element': chatKitElement,
  'chat-kit-table': chatKitTable,
  adaptivecards: adaptiveCards,
  a2ui,
  floor,
});
const impl = new URLSearchParams(location.search).get('impl');
const setup = impl ? setups[impl] : undefined;
/** @type {any} */ (window).benchReady = (async () => {
  if (!setup) throw new Error(`bench: unknown impl ${String(impl)}`);
  /** @type {any} */ (window).bench = { run: await setup() };
})();
