import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import { cssOf, mountWidget, q, qa, settleWidget, widgetItem } from './helpers.js';

const row = (n: number, extra: Record<string, unknown> = {}) => ({
  type: 'ListViewItem',
  key: `row-${String(n)}`,
  children: [{ type: 'Box', width: 10 * n, height: 16 }],
  ...extra,
});
const rows = (count: number, extra?: Record<string, unknown>) => Array.from({ length: count }, (_, i) => row(i + 1, extra));
const listItems = (item: Parameters<typeof q>[0]) => qa(item, 'ck-widget-list-view [role="list"] > [role="listitem"]');

describe('ck-widget-list-view', () => {
  it('renders its items as a list of list items', async () => {
    const item = await mountWidget({ type: 'ListView', children: rows(3) });
    expect(qa(item, 'ck-widget-list-view [role="list"]')).to.have.length(1);
    const entries = listItems(item);
    expect(entries).to.have.length(3);
    expect(entries.map((e) => e.querySelector('ck-widget-box')?.getBoundingClientRect().width)).to.deep.equal([10, 20, 30]);
    expect(qa(item, '.ck-w-list-view__more')).to.have.length(0);
    expect(qa(item, '[data-widget-error]')).to.have.length(0);
  });

  it('shows a status line above the list', async () => {
    const item = await mountWidget({ type: 'ListView', status: { text: 'Pick a line', icon: 'maps' }, children: rows(1) });
    const status = q(item, 'ck-widget-list-view .ck-w-status');
    expect(status.textContent.trim()).to.equal('Pick a line');
    expect(status.querySelector('svg')?.getAttribute('data-icon')).to.equal('maps');
    expect(status.getBoundingClientRect().bottom).to.be.at.most(q(item, '[role="list"]').getBoundingClientRect().top);
  });

  it('shows `limit` items, then reveals the rest with a keyboard-operable "Show more"', async () => {
    const item = await mountWidget({ type: 'ListView', limit: 2, children: rows(5, { onClickAction: { type: 'pick' } }) });
    expect(listItems(item)).to.have.length(2);
    const more = q<HTMLButtonElement>(item, '.ck-w-list-view__more');
    expect(more.type).to.equal('button');
    expect(more.textContent.replace(/\s+/g, ' ').trim()).to.equal('Show more, 3 more items');

    more.focus();
    await sendKeys({ press: 'Enter' });
    await settleWidget(item);
    await settleWidget(item);

    const entries = listItems(item);
    expect(entries).to.have.length(5);
    expect(qa(item, '.ck-w-list-view__more')).to.have.length(0);
    expect(q(item, 'ck-widget-list-view [role="status"]').textContent.trim()).to.equal('3 more items shown');
    // Focus lands on the first revealed row, not on <body>.
    // (Compared as a boolean: a failing element comparison is too big for the runner to report.)
    expect(item.shadowRoot?.activeElement === entries[2]!.querySelector('button'), 'focus on row 3').to.equal(true);
  });

  it('focuses the first revealed entry itself when rows are not clickable', async () => {
    const item = await mountWidget({ type: 'ListView', limit: 1, children: rows(2) });
    const more = q<HTMLButtonElement>(item, '.ck-w-list-view__more');
    expect(more.textContent).to.contain('1 more item');
    more.focus();
    await sendKeys({ press: 'Space' });
    await settleWidget(item);
    await settleWidget(item);
    expect(listItems(item)).to.have.length(2);
    expect(item.shadowRoot?.activeElement === listItems(item)[1], 'focus on entry 2').to.equal(true);
  });

  it('treats limit "auto" as five and hides the button when everything fits', async () => {
    let item = await mountWidget({ type: 'ListView', limit: 'auto', children: rows(7) });
    expect(listItems(item)).to.have.length(5);
    expect(q(item, '.ck-w-list-view__more').textContent).to.contain('2 more items');

    item = await mountWidget({ type: 'ListView', limit: 3, children: rows(3) });
    expect(listItems(item)).to.have.length(3);
    expect(qa(item, '.ck-w-list-view__more')).to.have.length(0);
  });

  it('forces its colour scheme with theme', async () => {
    const light = await mountWidget({ type: 'ListView', children: rows(1) }, { colorScheme: 'light' });
    const dark = await mountWidget({ type: 'ListView', children: rows(1) }, { colorScheme: 'dark' });
    const forced = await mountWidget({ type: 'ListView', theme: 'dark', children: rows(1) }, { colorScheme: 'light' });
    const bg = (item: Parameters<typeof q>[0]) => cssOf(q(item, '.ck-w-list-view__surface'), 'background-color');
    expect(bg(light)).not.to.equal(bg(dark));
    expect(bg(forced)).to.equal(bg(dark));
    expect(cssOf(q(forced, '.ck-w-list-view__surface'), 'color')).to.equal(cssOf(q(dark, '.ck-w-list-view__surface'), 'color'));
  });

  it('keeps one bad row contained', async () => {
    const item = await mountWidget({ type: 'ListView', children: [row(1), { type: 'ListViewItem', gap: [] }, row(3)] });
    const entries = listItems(item);
    expect(entries).to.have.length(3);
    expect(entries[1]!.querySelector('[data-widget-error]')).to.exist;
    expect(entries[2]!.querySelector('ck-widget-list-view-item')).to.exist;
  });

  describe('long lists', () => {
    const textRows = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ type: 'ListViewItem', key: `r${String(i + 1)}`, children: [{ type: 'Text', value: `Row ${String(i + 1)}` }] }));

    /** Mounts without waiting for the list, and returns it once its first update is done. */
    async function firstUpdate(count: number, extra: Record<string, unknown> = {}) {
      const item = await fixture<CkWidgetItem>(html`<ck-widget-item style="width: 600px" .item=${widgetItem({ type: 'ListView', children: textRows(count), ...extra })}></ck-widget-item>`);
      const list = q<HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> }>(item, 'ck-widget-list-view');
      // Microtasks only: no frame or task (where later chunks run) can come in between.
      for (let i = 0; i < 100 && !list.hasUpdated; i += 1) await Promise.resolve();
      return { item, list };
    }

    it('shows a screenful of rows in the first update and every row once updateComplete resolves', async () => {
      const { item, list } = await firstUpdate(400);
      const first = listItems(item);
      expect(first.length).to.be.within(12, 399);
      await list.updateComplete;
      await settleWidget(item);
      const all = listItems(item);
      expect(all).to.have.length(400);
      expect(all.map((entry) => entry.textContent.trim())).to.deep.equal(textRows(400).map((r) => r.children[0]!.value));
      // The first rows were kept, not rendered again.
      expect(all[0] === first[0], 'the first row is the same element').to.equal(true);
    });

    it('reveals every hidden row of a long list with "Show more", focus on the first revealed one', async () => {
      const { item, list } = await firstUpdate(300, { limit: 2 });
      await list.updateComplete;
      await settleWidget(item);
      expect(listItems(item)).to.have.length(2);
      q(item, '.ck-w-list-view__more').focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      await settleWidget(item);
      const entries = listItems(item);
      expect(entries).to.have.length(300);
      expect(item.shadowRoot?.activeElement === entries[2], 'focus on entry 3').to.equal(true);
    });
  });
});
