/**
 * The XSS corpus (test/security/vectors.ts) through every untrusted field of a real `<chat-kit>`:
 * server data replayed by a fake fetch (user and assistant messages, tags, attachments, sources,
 * widgets, thread titles, progress, notices, errors, client effects) and app options (tools,
 * models, prompts, header, disclaimer, entities). A trap counter in the page proves nothing ran;
 * a click guard and a walk over the composed tree prove nothing could navigate or run later.
 */
import { expect, html, nextFrame } from '@open-wc/testing';
import { render } from 'lit';
import { errorBanner, noticeBanner, progressLine } from '../../src/elements/thread-view-parts.js';
import { en } from '../../src/i18n/index.js';
import type { ChatKit, ChatKitOptions } from '../../src/index.js';
import { safeUrl } from '../../src/security/url-policy.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { composerInput, deepQueryAll, mountChat, recordEvents, settle } from '../helpers/mount.js';
import { XSS_VECTORS } from './vectors.js';

declare global {
  interface Window {
    __xss: number;
    __xssTrap: () => void;
  }
}

const V = XSS_VECTORS;

/** `npm run fuzz` (web-test-runner.fuzz.config.mjs) gives every field the whole corpus. */
const FULL = (globalThis as { __CK_FAULTS_ALL__?: boolean }).__CK_FAULTS_ALL__ === true;

/**
 * A third of the corpus, rotated by `k`. In `npm test` the heaviest fields (widgets, message
 * parts) each get a third so the suite stays fast; across the components and parts every vector
 * is used several times, and the cheap fields below get all of them. `npm run fuzz`: all of it.
 */
const third = (k: number): string[] => (FULL ? [...V] : V.filter((_, i) => (i + k) % 3 === 0));
const CREATED = '2026-01-02T03:04:05';

/** Elements server or app data must never be able to create anywhere in the tree. */
const FORBIDDEN = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'style', 'portal', 'template', 'foreignobject', 'animate', 'set', 'math']);
const LINK_ATTRIBUTES = new Set(['href', 'xlink:href', 'action', 'formaction', 'ping']);
const IMAGE_ATTRIBUTES = new Set(['src', 'poster', 'background', 'data']);
const ALLOWED_NAVIGATION = new Set(['https:', 'http:', 'mailto:', 'chatkit-link:']);

/** Every element in `root`'s composed tree (open shadow roots included). */
function composedElements(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (scope: Element | ShadowRoot): void => {
    for (const el of scope.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  out.push(root);
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

/** Asserts the rendered tree has no script hooks and only allow-listed URLs. */
function assertInertTree(root: Element, what: string): void {
  for (const el of composedElements(root)) {
    expect(FORBIDDEN.has(el.localName.toLowerCase()), `${what}: <${el.localName}> in the tree`).to.equal(false);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const where = `${what}: <${el.localName} ${name}="${attr.value.slice(0, 80)}">`;
      expect(name.startsWith('on'), where).to.equal(false);
      expect(name === 'srcdoc' || name === 'srcset', where).to.equal(false);
      if (LINK_ATTRIBUTES.has(name)) expect(safeUrl(attr.value, 'link'), where).to.not.equal(null);
      if (IMAGE_ATTRIBUTES.has(name)) expect(safeUrl(attr.value, 'image'), where).to.not.equal(null);
      if (name === 'style') expect(attr.value, where).to.not.match(/url\(|expression|javascript|@import|behavior|binding|<|;\s*}/i);
    }
    if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) {
      expect(ALLOWED_NAVIGATION.has(el.protocol), `${what}: <a href="${el.href}">`).to.equal(true);
    }
  }
}

/** Clicks every link in the tree; the page-level guard checks where each would go and stops it. */
function clickEveryLink(root: Element): number {
  const anchors = composedElements(root).filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement);
  for (const anchor of anchors) anchor.click();
  return anchors.length;
}

/** A thread as the server sends it (empty items page). */
function thread(id: string, title: string | undefined): Record<string, unknown> {
  return { id, ...(title === undefined ? {} : { title }), created_at: CREATED, status: { type: 'active' }, metadata: {}, items: { data: [], has_more: false } };
}

const sse = (events: readonly unknown[]): string => events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('');
const done = (item: Record<string, unknown>): Record<string, unknown> => ({ type: 'thread.item.done', item: { thread_id: 'thr_x', created_at: CREATED, ...item } });

/** The widget items of a turn: one item per component type, each holding every vector. */
function widgetItems(): Record<string, unknown>[] {
  const card = (id: string, children: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> =>
    done({ id, type: 'widget', copy_text: V.join('\n'), widget: { type: 'Card', children, ...extra } });
  const client = (v: string): Record<string, unknown> => ({ type: v, payload: { url: v, html: v }, handler: 'client' });
  return [
    card('w_text', third(0).map((v) => ({ type: 'Text', value: v }))),
    card('w_title', third(1).map((v) => ({ type: 'Title', value: v }))),
    card('w_caption', third(2).map((v) => ({ type: 'Caption', value: v }))),
    card('w_markdown', third(3).map((v) => ({ type: 'Markdown', value: v }))),
    card('w_badge', third(4).map((v) => ({ type: 'Badge', label: v }))),
    card('w_button', third(5).map((v) => ({ type: 'Button', label: v, onClickAction: client(v) }))),
    card('w_label', third(6).map((v, i) => ({ type: 'Label', value: v, fieldName: `f${i}` }))),
    card('w_select', third(7).map((v, i) => ({ type: 'Select', name: `s${i}`, placeholder: v, options: [{ value: v, label: v, description: v }] }))),
    card('w_radio', third(8).map((v, i) => ({ type: 'RadioGroup', name: `r${i}`, ariaLabel: v, options: [{ value: v, label: v }] }))),
    card('w_checkbox', third(9).map((v, i) => ({ type: 'Checkbox', name: `c${i}`, label: v }))),
    card('w_input', third(10).map((v, i) => ({ type: 'Input', name: `i${i}`, placeholder: v, defaultValue: v }))),
    card('w_textarea', third(11).map((v, i) => ({ type: 'Textarea', name: `t${i}`, placeholder: v, defaultValue: v }))),
    card('w_image', V.map((v) => ({ type: 'Image', src: v, alt: v }))),
    // CSS-valued props: every vector as a colour, a size and a spacing.
    card('w_css', third(13).map((v) => ({ type: 'Box', background: v, padding: v, width: v, children: [{ type: 'Text', value: 'x', color: v }] }))),
    card('w_table', [{ type: 'Table', children: third(14).map((v) => ({ type: 'Table.Row', children: [{ type: 'Table.Cell', children: [{ type: 'Text', value: v }] }] })) }]),
    card('w_status', [{ type: 'Text', value: 'status' }], { status: { text: V.join(' '), favicon: V[0] } }),
    done({ id: 'w_list', type: 'widget', widget: { type: 'ListView', status: { text: 'list', favicon: V[1] }, children: third(15).map((v) => ({ type: 'ListViewItem', onClickAction: client(v), children: [{ type: 'Text', value: v }] })) } }),
  ];
}

/** Favicons are single URLs per card: every vector gets its own small card. */
function faviconItems(): Record<string, unknown>[] {
  return V.map((v, i) => done({ id: `w_fav${i}`, type: 'widget', widget: { type: 'Card', status: { text: v, favicon: v }, children: [] } }));
}

/** The user turn: text, tags (entity titles, ids, data, groups) and attachments of every kind. */
function userMessage(): Record<string, unknown> {
  return done({
    id: 'msg_user',
    type: 'user_message',
    content: third(0).flatMap((v) => [
      { type: 'input_text', text: v },
      { type: 'input_tag', id: v, text: v, data: { [v]: v }, group: v, interactive: true },
    ]),
    attachments: third(1).flatMap((v, i) => [
      { type: 'file', id: `atc_f${i}`, name: v, mime_type: v },
      { type: 'image', id: `atc_i${i}`, name: v, mime_type: 'image/png', preview_url: v },
    ]),
    quoted_text: V.join('\n'),
    inference_options: {},
  });
}

/** The assistant turn: one Markdown part per vector, each cited by url, file and entity sources. */
function assistantMessage(): Record<string, unknown> {
  return done({
    id: 'msg_assistant',
    type: 'assistant_message',
    content: third(2).map((v) => ({
      type: 'output_text',
      text: v,
      annotations: [
        { type: 'annotation', index: 0, source: { type: 'url', url: v, title: v, description: v, attribution: v, group: v } },
        { type: 'annotation', index: 0, source: { type: 'file', filename: v, title: v, description: v } },
        { type: 'annotation', index: 0, source: { type: 'entity', id: v, title: v, label: v, inline_label: v, interactive: true, data: { v } } },
      ],
    })),
  });
}

/** Other item kinds with free text: tasks, workflows, structured input, generated images. */
function otherItems(): Record<string, unknown>[] {
  return [
    done({
      id: 'wf',
      type: 'workflow',
      workflow: {
        type: 'custom',
        expanded: true,
        summary: { title: V.join(' ') },
        tasks: V.slice(0, 60).map((v) => ({ type: 'custom', title: v, content: v, status_indicator: 'complete' })),
      },
    }),
    done({ id: 'task_search', type: 'task', task: { type: 'web_search', title: V.join(' '), title_query: V.join(' '), queries: [...V], sources: V.map((v) => ({ type: 'url', url: v, title: v })) } }),
    done({ id: 'task_thought', type: 'task', task: { type: 'thought', title: V.join(' '), content: V.join('\n\n') } }),
    done({ id: 'task_file', type: 'task', task: { type: 'file', title: V.join(' '), sources: V.map((v) => ({ type: 'file', filename: v, title: v })) } }),
    done({ id: 'img', type: 'generated_image', image: { id: 'img1', url: V[7] } }),
    done({ id: 'tool', type: 'client_tool_call', status: 'completed', call_id: 'call_1', name: V.join(' '), arguments: { v: V.join(' ') }, output: V.join(' ') }),
  ];
}

describe('XSS corpus through every untrusted field of <chat-kit>', function () {
  this.timeout(FULL ? 600000 : 60000);
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  const startHref = location.href;
  let unloads = 0;
  let clicked: string[] = [];
  const onUnload = (): void => {
    unloads += 1;
  };
  // Capture phase on window runs before anything in the element: record where a click would go,
  // then stop the browser from following it (a real https link would end the test page).
  const onClick = (event: Event): void => {
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor) return;
    clicked.push(anchor.hasAttribute('href') ? anchor.protocol : '(no href)');
    event.preventDefault();
  };

  before(() => {
    expect(V.length, 'corpus size').to.be.at.least(150);
  });

  beforeEach(() => {
    window.__xss = 0;
    window.__xssTrap = () => {
      window.__xss += 1;
    };
    window.alert = () => {
      window.__xss += 1;
    };
    window.confirm = () => {
      window.__xss += 1;
      return false;
    };
    window.prompt = () => {
      window.__xss += 1;
      return null;
    };
    clicked = [];
    unloads = 0;
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('click', onClick, true);
  });


  afterEach(() => {
    window.removeEventListener('beforeunload', onUnload);
    window.removeEventListener('click', onClick, true);
    Object.assign(window, originals);
  });

  /** What every test ends with: nothing ran, nothing navigated, every link clicked was allowed. */
  async function assertNothingHappened(el: ChatKit, what: string): Promise<void> {
    clicked = [];
    // Image errors, autofocus, animations and the like fire within a few frames.
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 60));
    assertInertTree(el, what);
    const links = clickEveryLink(el);
    await nextFrame();
    expect(clicked, `${what}: clicked links`).to.have.length(links);
    for (const protocol of clicked) expect(ALLOWED_NAVIGATION.has(protocol), `${what}: a link to ${protocol}`).to.equal(true);
    expect(window.__xss, `${what}: trap calls`).to.equal(0);
    expect(unloads, `${what}: navigations`).to.equal(0);
    expect(location.href).to.equal(startHref);
  }

  async function turn(f: FakeFetch, events: readonly unknown[], options: Partial<ChatKitOptions> = {}): Promise<ChatKit> {
    f.reply('threads.create', { sse: sse([{ type: 'thread.created', thread: thread('thr_x', V[3]) }, ...events]), chunk: [997, 61, 4093] });
    const el = await mountChat(f, options);
    await el.sendUserMessage({ text: 'go' });
    await settle(el);
    return el;
  }

  it(`user text, tags, attachments, quoted text, assistant Markdown and sources (a third of ${V.length} vectors each)`, async () => {
    const f = fakeFetch();
    const el = await turn(f, [userMessage(), assistantMessage()]);
    const text = deepQueryAll(el, 'ck-message').map((m) => m.shadowRoot?.textContent ?? '').join('\n');
    // Shown as text: the user's own words come back exactly, tags by their title.
    for (const v of [V[0]!, V[20]!, V[60]!]) expect(text).to.contain(v.trim());
    await assertNothingHappened(el, 'messages');
  });

  it(`every widget text, label, option, image, action and CSS value (${V.length} image sources, a third of the corpus per other component)`, async () => {
    const f = fakeFetch();
    const el = await turn(f, widgetItems());
    const actions = recordEvents(el, ['widget-action']);
    // Long lists and tables render a screenful first, then the rest in chunks.
    const count = (): number => composedElements(el).length;
    for (let wait = 0, last = -1, stable = 0; wait < 200 && stable < 3; wait += 1) {
      await nextFrame();
      const now = count();
      stable = now === last ? stable + 1 : 0;
      last = now;
    }
    expect(deepQueryAll(el, 'ck-widget-image')).to.have.length(V.length);
    await assertNothingHappened(el, 'widgets');
    // A button's action leaves with the server's strings untouched, as data.
    const buttons = deepQueryAll<HTMLButtonElement>(el, 'ck-widget-button').map((b) => (b.shadowRoot ?? b).querySelector('button')!);
    expect(buttons).to.have.length(third(5).length);
    for (const button of buttons.slice(0, 40)) button.click();
    await settle(el);
    expect(actions.map((a) => (a.detail as { action: { type: string } }).action.type)).to.deep.equal(third(5).slice(0, 40));
    expect(window.__xss).to.equal(0);
  });

  it(`card status favicons and texts (${V.length} cards)`, async () => {
    const f = fakeFetch();
    const el = await turn(f, faviconItems().slice(0, 40));
    await assertNothingHappened(el, 'favicons');
    for (let start = 40; start < V.length; start += 40) {
      f.reply('threads.add_user_message', { sse: sse(faviconItems().slice(start, start + 40)) });
      await el.sendUserMessage({ text: 'more' });
      await settle(el);
      await assertNothingHappened(el, `favicons from ${start}`);
    }
  });

  it('workflows, tasks, generated images and client tool calls', async () => {
    const f = fakeFetch();
    const el = await turn(f, otherItems());
    await assertNothingHappened(el, 'tasks');
  });

  it(`progress, notices, thread titles, client effects and the error text (${V.length} of each)`, async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    const effects = recordEvents(el, ['chatkit.effect']);
    const sent = el.sendUserMessage({ text: 'go' });
    stream.push(sse([{ type: 'thread.created', thread: thread('thr_x', 'start') }]));
    stream.push(
      sse(
        V.flatMap((v) => [
          { type: 'progress_update', text: v },
          { type: 'notice', level: 'warning', title: v, message: v },
          { type: 'thread.updated', thread: thread('thr_x', v) },
          { type: 'client_effect', name: v, data: { url: v, html: v } },
        ]),
      ),
    );
    const progress = (): string => deepQueryAll(el, '[part="progress"]')[0]?.textContent ?? '';
    for (let wait = 0; wait < 50 && progress() !== V.at(-1); wait += 1) await nextFrame();
    expect(progress(), 'progress line').to.equal(V.at(-1));
    expect(deepQueryAll(el, '[part="notice"]')).to.have.length(V.length);
    await assertNothingHappened(el, 'progress and notices');
    stream.push(sse([{ type: 'error', code: 'custom', message: V.join('\n'), allow_retry: true }]));
    stream.close();
    await sent;
    await settle(el);
    expect(deepQueryAll(el, '[part="error"]')[0]!.textContent).to.contain(V[5]!.trim());
    // Effects reach the page as data; the element acts on none of them.
    expect(effects.map((e) => (e.detail as { name: string }).name)).to.deep.equal([...V]);
    await assertNothingHappened(el, 'stream extras');
  });

  it(`every vector alone as a progress line, a notice title and message, and an error text (${V.length} × 4)`, async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const parts = V.map((v, i) => {
        const one = document.createElement('div');
        host.append(one);
        render(
          html`${progressLine({ text: v })}${noticeBanner({ id: `n${i}`, level: 'danger', title: v, message: v }, en, () => undefined)}${errorBanner(
            { code: 'custom', message: v, allowRetry: true, source: 'stream' },
            en,
            () => undefined,
          )}`,
          one,
        );
        return one;
      });
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 60));
      V.forEach((v, i) => {
        const one = parts[i]!;
        expect(one.querySelector('[part="progress"]')!.textContent).to.equal(v);
        expect(one.querySelector('[part="error"] p')!.textContent).to.equal(v);
        assertInertTree(one, `banner ${JSON.stringify(v)}`);
      });
      expect(window.__xss).to.equal(0);
    } finally {
      host.remove();
    }
  });

  it(`thread titles in the history panel and header (${V.length} threads)`, async () => {
    const f = fakeFetch().reply('threads.list', { json: { data: V.map((v, i) => thread(`thr_${i}`, v)), has_more: false } });
    const el = await mountChat(f, { history: { enabled: true } });
    await el.showHistory();
    await settle(el);
    for (let wait = 0; wait < 50 && !deepQueryAll(el, 'ck-history-panel')[0]?.shadowRoot?.textContent.includes(V.at(-1)!.trim()); wait += 1) await nextFrame();
    expect(deepQueryAll(el, 'ck-history-panel')[0]!.shadowRoot!.textContent).to.contain(V.at(-1)!.trim());
    await assertNothingHappened(el, 'history');
  });

  it(`app options: tools, models, prompts, greeting, placeholder, header, disclaimer, item actions (${V.length} each)`, async () => {
    const f = fakeFetch();
    const el = await mountChat(f, {
      header: { title: { text: V.join(' ') } },
      startScreen: { greeting: V.join(' '), prompts: V.map((v) => ({ label: v, prompt: v })) },
      composer: {
        placeholder: V.join(' '),
        tools: V.map((v, i) => ({ id: `${i}${v}`, label: v, shortLabel: v, placeholderOverride: v, icon: 'search', pinned: i % 2 === 0 })),
        models: V.map((v, i) => ({ id: `${i}${v}`, label: v, description: v })),
      },
      disclaimer: { text: V.join('\n\n') },
      threadItemActions: { custom: V.map((v, i) => ({ id: `${i}`, label: v })) },
    });
    expect(el.shadowRoot!.textContent).to.not.equal(null);
    await assertNothingHappened(el, 'options, closed menus');
    // Open the tool menu and the model picker so their lists render too.
    for (const tag of ['ck-tool-menu', 'ck-model-picker']) {
      const menu = deepQueryAll(el, tag)[0]!;
      menu.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-haspopup], button')!.click();
    }
    await settle(el);
    const menuText = deepQueryAll(el, 'ck-tool-menu')[0]!.shadowRoot!.textContent;
    expect(menuText).to.contain(V[1]!.trim());
    await assertNothingHappened(el, 'options, open menus');
  });

  it(`entity titles, ids, groups and data in the composer tag menu (${V.length} entities)`, async () => {
    const f = fakeFetch();
    const el = await mountChat(f, {
      entities: { onTagSearch: () => Promise.resolve(V.map((v) => ({ id: v, title: v, group: v, interactive: true, data: { v } }))) },
    });
    const input = composerInput(el);
    input.openMention();
    const options = (): number => input.shadowRoot!.querySelectorAll('[role="option"]').length;
    for (let wait = 0; wait < 50 && options() === 0; wait += 1) await nextFrame();
    expect(options()).to.be.greaterThan(0);
    await assertNothingHappened(el, 'tag menu');
  });
});
