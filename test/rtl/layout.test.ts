/**
 * Right-to-left layout through the public element: the same captured thread mounted in English
 * and in Arabic, compared by geometry (what a reader sees on screen), not by CSS text.
 */
import { expect } from '@open-wc/testing';
import type { ChatKit } from '../../src/index.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { loadJsonFixture } from '../helpers/fixtures.js';
import { deepQuery, mountChat, settle } from '../helpers/mount.js';

interface ThreadJson {
  id: string;
  items: { data: unknown[] };
}

type Dir = 'ltr' | 'rtl';
const LOCALES: readonly [string, Dir][] = [
  ['en', 'ltr'],
  ['ar', 'rtl'],
  ['he', 'rtl'],
];

/** Resolves once `check` holds, re-rendering between tries. */
async function until(el: Element, check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (check()) return;
    await settle(el);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The captured thread (user message, answer, a Card widget, a ListView), with the Card's first
 * icon swapped for a chevron so direction-bearing icons can be checked too.
 */
async function openThread(locale: string): Promise<ChatKit> {
  const captured = await loadJsonFixture<ThreadJson>('threads.get_by_id.json');
  const thread = JSON.parse(JSON.stringify(captured).replace('"name":"lab"', '"name":"chevron-right"')) as ThreadJson;
  const f = fakeFetch()
    .reply('threads.get_by_id', { json: thread })
    .reply('items.list', { json: { data: [...thread.items.data].reverse(), has_more: false } })
    .reply('threads.list', 'threads.list.json');
  const el = await mountChat(f, { locale, history: { enabled: true } });
  await el.setThreadId(thread.id);
  await until(el, () => deepQuery(el, 'ck-widget-box[data-axis="row"]') !== null, 'the widget to render');
  return el;
}

function box(element: Element | null, what: string): DOMRect {
  if (!element) throw new Error(`no ${what}`);
  return element.getBoundingClientRect();
}

const center = (rect: DOMRect): number => rect.left + rect.width / 2;

/** Which side of `outer` the box hugs: the one it is nearer to. */
function side(inner: DOMRect, outer: DOMRect): 'left' | 'right' {
  return inner.left - outer.left < outer.right - inner.right ? 'left' : 'right';
}

const start = (dir: Dir): 'left' | 'right' => (dir === 'rtl' ? 'right' : 'left');
const end = (dir: Dir): 'left' | 'right' => (dir === 'rtl' ? 'left' : 'right');

describe('right-to-left layout', () => {
  for (const [locale, dir] of LOCALES) {
    describe(`locale ${locale} (${dir})`, () => {
      it('sets the direction on the root', async () => {
        const el = await openThread(locale);
        expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal(dir);
        expect(getComputedStyle(deepQuery(el, 'ck-composer')!).direction).to.equal(dir);
      });

      it('the user bubble hugs the end side; an English answer reads left to right in any UI direction', async () => {
        const el = await openThread(locale);
        const host = el.getBoundingClientRect();
        const bubble = box(deepQuery(el, '.user .bubble'), 'user bubble');
        expect(bubble.width).to.be.lessThan(host.width / 2, 'a short message makes a narrow bubble');
        expect(side(bubble, host)).to.equal(end(dir));

        const paragraph = deepQuery(el, '.assistant .ck-markdown p');
        if (!paragraph) throw new Error('no answer paragraph');
        expect(getComputedStyle(paragraph).textAlign).to.equal('start');
        // The captured answer is English: its part is `dir="auto"`, so it reads left to right
        // whatever the UI's direction (an English paragraph right-aligned in an Arabic UI would be
        // wrong); the last, short line starts at the left edge.
        expect(getComputedStyle(paragraph).direction).to.equal('ltr');
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const lines = [...range.getClientRects()];
        const last = lines[lines.length - 1];
        if (!last) throw new Error('the answer has no text');
        const para = paragraph.getBoundingClientRect();
        const gapAtStart = last.left - para.left;
        const gapAtEnd = para.right - last.right;
        expect(gapAtStart).to.be.below(1);
        expect(gapAtEnd).to.be.above(gapAtStart);
      });

      it('the Send button sits at the end of the composer, after the field', async () => {
        const el = await openThread(locale);
        const composer = deepQuery(el, 'ck-composer')!.shadowRoot!;
        const send = box(composer.querySelector('[part="send"]'), 'send button');
        const field = box(composer.querySelector('ck-composer-input'), 'composer field');
        const form = box(composer.querySelector('form'), 'composer form');
        expect(side(send, form)).to.equal(end(dir));
        expect(center(send) < center(field)).to.equal(dir === 'rtl');
      });

      it('the header mirrors: History at the start, New chat at the end', async () => {
        const el = await openThread(locale);
        const header = deepQuery(el, 'ck-header')!;
        const bar = header.getBoundingClientRect();
        expect(side(box(header.shadowRoot!.querySelector('[part="history"]'), 'History button'), bar)).to.equal(start(dir));
        expect(side(box(header.shadowRoot!.querySelector('[part="new-chat"]'), 'New chat button'), bar)).to.equal(end(dir));
      });

      it('a widget Row lays out from the start side, and its chevron points forward', async () => {
        const el = await openThread(locale);
        const row = deepQuery(el, 'ck-widget-box[data-axis="row"]')!;
        const children = [...row.children];
        const first = box(children[0] ?? null, 'first child');
        const last = box(children[children.length - 1] ?? null, 'last child');
        expect(center(first) > center(last)).to.equal(dir === 'rtl');
        expect(side(first, row.getBoundingClientRect())).to.equal(start(dir));

        const chevron = row.querySelector('svg[data-icon="chevron-right"]');
        if (!chevron) throw new Error('no chevron');
        const mirrored = new DOMMatrix(getComputedStyle(chevron).transform).a === -1;
        expect(mirrored).to.equal(dir === 'rtl');
        // A glyph without a direction never mirrors.
        const check = deepQuery(el, 'svg[data-icon="check"]');
        if (!check) throw new Error('no check icon');
        expect(getComputedStyle(check).transform).to.equal('none');
      });

      it('the history panel puts dates at the end of each row and the Back arrow points back', async () => {
        const el = await openThread(locale);
        const header = deepQuery(el, 'ck-header')!;
        header.shadowRoot!.querySelector<HTMLButtonElement>('[part="history"]')!.click();
        const listed = (): boolean => deepQuery(el, 'ck-history-panel')?.shadowRoot?.querySelector('[part~="item"] time') != null;
        await until(el, listed, 'the history list');
        const panel = deepQuery(el, 'ck-history-panel')!.shadowRoot!;
        // A focused row shows its actions in place of the date: look at it at rest.
        (panel.activeElement as HTMLElement | null)?.blur();
        await settle(el);
        const row = panel.querySelector('[part~="item"]');
        const time = box(panel.querySelector('[part~="item"] time'), 'date');
        const title = box(panel.querySelector('[part~="item"] .title'), 'title');
        expect(time.width).to.be.above(0, 'the date is shown');
        expect(side(time, box(row, 'row'))).to.equal(end(dir));
        expect(center(time) < center(title)).to.equal(dir === 'rtl');

        // The History button turned into Back, whose arrow points towards the start.
        const back = header.shadowRoot!.querySelector('[part="history"] svg');
        if (!back) throw new Error('no Back icon');
        const mirrored = new DOMMatrix(getComputedStyle(back).transform).a === -1;
        expect(mirrored).to.equal(dir === 'rtl');
      });
    });
  }
});

describe('text direction of content', () => {
  it('an Arabic answer in an English UI reads right to left (dir="auto" on message text)', async () => {
    const sse = [
      { type: 'thread.created', thread: { id: 'thr_ar', created_at: '2026-01-01T00:00:00', status: { type: 'active' }, metadata: {}, items: { data: [], has_more: false } } },
      { type: 'thread.item.done', item: { type: 'assistant_message', id: 'a1', thread_id: 'thr_ar', created_at: '2026-01-01T00:00:01', content: [{ type: 'output_text', text: 'مرحبا بك في المحادثة', annotations: [] }] } },
    ].map((event) => `data: ${JSON.stringify(event)}\n\n`).join('');
    const f = fakeFetch().reply('threads.create', { sse });
    const el = await mountChat(f, { locale: 'en' });
    await el.sendUserMessage({ text: 'مرحبا' });
    await settle(el);
    const paragraph = deepQuery(el, '.assistant .ck-markdown p');
    expect(paragraph === null).to.equal(false);
    expect(getComputedStyle(paragraph!).direction).to.equal('rtl');
    expect(getComputedStyle(deepQuery(el, '.user .bubble')!).direction).to.equal('rtl');
  });
});
