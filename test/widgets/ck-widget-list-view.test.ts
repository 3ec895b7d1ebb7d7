import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cssOf, mountWidget, q, qa, settleWidget } from './helpers.js';

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
});
