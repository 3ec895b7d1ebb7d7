/** Heading levels follow the page (`heading-level`), never fixed ranks (chatkit-js #114). */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ChatKit } from '../../src/index.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { deepQuery, settle } from '../helpers/mount.js';
import { headerRoot, until } from './helpers.js';

async function mountWithLevel(level: string | null): Promise<ChatKit> {
  const f = fakeFetch().reply('threads.list', 'threads.list.json');
  const el = await fixture<ChatKit>(
    level === null
      ? html`<chat-kit style="height: 600px; width: 480px"></chat-kit>`
      : html`<chat-kit style="height: 600px; width: 480px" heading-level=${level}></chat-kit>`,
  );
  el.setOptions({ api: { url: '/chatkit', fetch: f.fetch } });
  await settle(el);
  return el;
}

/** `aria-level` of the header title, and of the history date groups once the panel is open. */
async function levels(el: ChatKit): Promise<{ title: string | null; groups: (string | null)[] }> {
  const title = headerRoot(el).querySelector('[part="title"]')?.getAttribute('aria-level') ?? null;
  await el.showHistory();
  await until(el, () => (deepQuery(el, 'ck-history-panel')?.shadowRoot?.querySelectorAll('[part="group-label"]').length ?? 0) > 0, 'date groups');
  const panel = deepQuery(el, 'ck-history-panel')!.shadowRoot!;
  const groups = [...panel.querySelectorAll('[part="group-label"]')].map((label) => label.getAttribute('role') === 'heading' ? label.getAttribute('aria-level') : null);
  return { title, groups };
}

describe('heading levels', () => {
  it('default: the title is a level-2 heading and history dates level 3', async () => {
    const result = await levels(await mountWithLevel(null));
    expect(result.title).to.equal('2');
    expect(result.groups.length).to.be.greaterThan(0);
    expect(new Set(result.groups)).to.deep.equal(new Set(['3']));
  });

  it('heading-level="4" moves the title to 4 and the history dates to 5', async () => {
    const el = await mountWithLevel('4');
    const result = await levels(el);
    expect(result.title).to.equal('4');
    expect(new Set(result.groups)).to.deep.equal(new Set(['5']));
    // While the panel is open the header title names it, at the same level.
    expect(headerRoot(el).querySelector('[part="title"]')?.getAttribute('aria-level')).to.equal('4');
    expect(deepQuery(el, 'ck-history-panel')!.shadowRoot!.querySelector('[part="heading"]')?.getAttribute('aria-level')).to.equal('4');
  });

  it('out-of-range levels are clamped to what ARIA allows', async () => {
    const el = await mountWithLevel('6');
    const result = await levels(el);
    expect(result.title).to.equal('6');
    expect(new Set(result.groups)).to.deep.equal(new Set(['6']));
  });

  it('is accessible with a custom level', async () => {
    const el = await mountWithLevel('3');
    await expect(el).to.be.accessible();
  });
});

describe('heading levels inside the conversation', () => {
  it('Markdown headings in answers and widget titles sit one level below heading-level', async () => {
    // A reply with a Markdown `#` heading and a widget Title.
    const sse = [
      { type: 'thread.created', thread: { id: 'thr_h', created_at: '2026-01-01T00:00:00', status: { type: 'active' }, metadata: {}, items: { data: [], has_more: false } } },
      { type: 'thread.item.done', item: { type: 'user_message', id: 'u1', thread_id: 'thr_h', created_at: '2026-01-01T00:00:00', content: [{ type: 'input_text', text: 'hi' }], attachments: [], inference_options: {} } },
      { type: 'thread.item.done', item: { type: 'assistant_message', id: 'a1', thread_id: 'thr_h', created_at: '2026-01-01T00:00:01', content: [{ type: 'output_text', text: '# Plan\n\ntext', annotations: [] }] } },
      { type: 'thread.item.done', item: { type: 'widget', id: 'w1', thread_id: 'thr_h', created_at: '2026-01-01T00:00:02', widget: { type: 'Card', children: [{ type: 'Title', value: 'Order' }] } } },
    ].map((event) => `data: ${JSON.stringify(event)}\n\n`).join('');
    for (const [level, expected] of [[null, '3'], ['4', '5']] as const) {
      const f = fakeFetch().reply('threads.create', { sse });
      const el = await fixture<ChatKit>(
        level === null
          ? html`<chat-kit style="height: 600px; width: 480px"></chat-kit>`
          : html`<chat-kit style="height: 600px; width: 480px" heading-level=${level}></chat-kit>`,
      );
      el.setOptions({ api: { url: '/chatkit', fetch: f.fetch } });
      await el.sendUserMessage({ text: 'hi' });
      await until(el, () => deepQuery(el, 'ck-widget-title') !== null, 'the widget title');
      const markdownHeading = deepQuery(el, '.md-h1');
      expect(markdownHeading?.getAttribute('aria-level'), `markdown # with heading-level ${String(level)}`).to.equal(expected);
      expect(deepQuery(el, 'ck-widget-title')?.getAttribute('aria-level'), `widget Title with heading-level ${String(level)}`).to.equal(expected);
    }
  });
});

describe('frameTitle', () => {
  it('names the chat as a region landmark when given, and adds no unnamed region otherwise', async () => {
    const f = fakeFetch();
    const el = await fixture<ChatKit>(html`<chat-kit style="height: 600px; width: 480px"></chat-kit>`);
    el.setOptions({ api: { url: '/chatkit', fetch: f.fetch } });
    await settle(el);
    const base = (): Element => el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base().hasAttribute('role')).to.equal(false);
    el.setOptions({ api: { url: '/chatkit', fetch: f.fetch }, frameTitle: 'Support chat' });
    await settle(el);
    expect(base().getAttribute('role')).to.equal('region');
    expect(base().getAttribute('aria-label')).to.equal('Support chat');
    await expect(el).to.be.accessible();
  });
});
