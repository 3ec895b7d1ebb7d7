import { expect, fixture, html } from '@open-wc/testing';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import { cssOf, mountInCard, mountWidget, q, qa, settleWidget, widgetItem } from './helpers.js';

const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'Text', value, ...extra });
const cell = (value: string, props: Record<string, unknown> = {}) => ({ type: 'Table.Cell', children: [text(value)], ...props });
const row = (cells: unknown[], props: Record<string, unknown> = {}) => ({ type: 'Table.Row', children: cells, ...props });
const table = (rows: unknown[]) => ({ type: 'Table', children: rows });
const rect = (el: Element) => el.getBoundingClientRect();
const cellText = (el: Element) => el.textContent.trim();

describe('ck-widget-table', () => {
  it('renders header rows as column headers in a <thead> and the rest as body rows', async () => {
    const item = await mountInCard(
      table([
        row([cell('Item'), cell('Qty')], { header: true }),
        row([cell('Mug'), cell('2')]),
        row([cell('Plate'), cell('4')]),
      ]),
    );
    const el = q<HTMLTableElement>(item, 'ck-widget-table table');
    expect(el.tHead?.rows).to.have.length(1);
    const headers = [...el.tHead!.rows[0]!.cells];
    expect(headers.map((c) => c.tagName)).to.deep.equal(['TH', 'TH']);
    expect(headers.map((c) => c.getAttribute('scope'))).to.deep.equal(['col', 'col']);
    expect(headers.map(cellText)).to.deep.equal(['Item', 'Qty']);
    const body = [...el.tBodies[0]!.rows];
    expect(body.map((r) => [...r.cells].map(cellText))).to.deep.equal([
      ['Mug', '2'],
      ['Plate', '4'],
    ]);
    expect(body.flatMap((r) => [...r.cells].map((c) => c.tagName))).to.deep.equal(['TD', 'TD', 'TD', 'TD']);
    // Body rows stack below the header.
    expect(rect(body[0]!).top).to.be.at.least(rect(el.tHead!).bottom - 0.5);
    expect(qa(item, '[data-widget-error]')).to.have.length(0);
  });

  it('spans columns and rows like an HTML table', async () => {
    const item = await mountInCard(
      table([
        row([cell('A', { width: 100 }), cell('B', { width: 120 }), cell('C')], { header: true }),
        row([cell('wide', { colSpan: 2 }), cell('tall', { rowSpan: 2 })]),
        row([cell('x'), cell('y')]),
      ]),
    );
    const [head, spanning, last] = qa<HTMLTableRowElement>(item, 'ck-widget-table tr');
    const [a, b, c] = [...head!.cells];
    const [wide, tall] = [...spanning!.cells];
    expect(wide!.colSpan).to.equal(2);
    expect(tall!.rowSpan).to.equal(2);
    // The colSpan=2 cell covers exactly columns A and B.
    expect(rect(wide!).left).to.be.closeTo(rect(a!).left, 0.5);
    expect(rect(wide!).right).to.be.closeTo(rect(b!).right, 0.5);
    // The rowSpan=2 cell sits in column C and reaches the bottom of the next row.
    expect(rect(tall!).left).to.be.closeTo(rect(c!).left, 0.5);
    expect(rect(tall!).bottom).to.be.closeTo(rect(last!).bottom, 0.5);
    // That next row's two cells fill columns A and B.
    const [x, y] = [...last!.cells];
    expect(rect(x!).left).to.be.closeTo(rect(a!).left, 0.5);
    expect(rect(y!).right).to.be.closeTo(rect(b!).right, 0.5);
  });

  it('marks a spanning header cell as a column group header', async () => {
    const item = await mountInCard(table([row([cell('Both', { colSpan: 2 })], { header: true }), row([cell('1'), cell('2')])]));
    expect(q(item, 'th').getAttribute('scope')).to.equal('colgroup');
  });

  it('aligns cell content horizontally and vertically', async () => {
    const item = await mountInCard(
      table([
        row([
          { type: 'Table.Cell', children: [{ type: 'Box', height: 80, width: 10 }] },
          cell('end', { align: 'end', vAlign: 'start' }),
          cell('mid', { align: 'center', vAlign: 'end' }),
          cell('plain'),
        ]),
      ]),
    );
    const [, end, mid, plain] = qa(item, 'td');
    expect(cssOf(end!, 'text-align')).to.equal('end');
    expect(cssOf(end!, 'vertical-align')).to.equal('top');
    expect(cssOf(mid!, 'vertical-align')).to.equal('bottom');
    const endText = end!.querySelector('ck-widget-text')!;
    const midText = mid!.querySelector('ck-widget-text')!;
    const plainText = plain!.querySelector('ck-widget-text')!;
    const content = (td: Element) => {
      const r = rect(td);
      const s = getComputedStyle(td);
      return { left: r.left + parseFloat(s.paddingLeft), right: r.right - parseFloat(s.paddingRight), top: r.top + parseFloat(s.paddingTop), bottom: r.bottom - parseFloat(s.paddingBottom) };
    };
    // align end: the text hugs the right edge; vAlign start: the top of a tall row.
    expect(rect(endText).right).to.be.closeTo(content(end!).right, 1);
    expect(rect(endText).top).to.be.closeTo(content(end!).top, 1);
    // align center: centred; vAlign end: at the bottom.
    const midBox = content(mid!);
    expect((rect(midText).left + rect(midText).right) / 2).to.be.closeTo((midBox.left + midBox.right) / 2, 1);
    expect(rect(midText).bottom).to.be.closeTo(midBox.bottom, 1);
    // Default: start-aligned, vertically centred.
    expect(rect(plainText).left).to.be.closeTo(content(plain!).left, 1);
    const plainBox = content(plain!);
    expect((rect(plainText).top + rect(plainText).bottom) / 2).to.be.closeTo((plainBox.top + plainBox.bottom) / 2, 1);
  });

  it('sizes cells with width and colSize, and pads them with spacing units', async () => {
    const item = await mountInCard(
      table([row([cell('fixed', { width: 150, padding: 0 }), cell('small', { colSize: 'xs', padding: 0 }), cell('large', { colSize: 'xl', padding: 0 }), cell('padded', { padding: { x: 2, y: 3 } })])]),
      { width: 800 },
    );
    const [fixed, small, large, padded] = qa(item, 'td');
    expect(rect(fixed!).width).to.be.closeTo(150, 0.5);
    expect(rect(small!).width).to.be.lessThan(rect(large!).width);
    expect(cssOf(padded!, 'padding-left')).to.equal('8px');
    expect(cssOf(padded!, 'padding-right')).to.equal('8px');
    expect(cssOf(padded!, 'padding-top')).to.equal('12px');
    expect(cssOf(padded!, 'padding-bottom')).to.equal('12px');
  });

  it('scrolls horizontally inside the card when too wide, and becomes focusable then', async () => {
    const columns = Array.from({ length: 8 }, (_, i) => cell(`Column ${String(i + 1)}`, { colSize: 'lg' }));
    const item = await mountInCard(table([row(columns, { header: true }), row(columns)]), { width: 400 });
    const scroller = q(item, 'ck-widget-table');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(rect(scroller).right).to.be.at.most(rect(q(item, 'ck-widget-card')).right);
    expect(scroller.tabIndex).to.equal(0);
    // Words stay whole instead of breaking letter by letter.
    expect(qa(item, 'th ck-widget-text').every((t) => rect(t).height < 30)).to.equal(true);

    const narrow = await mountInCard(table([row([cell('a'), cell('b')])]), { width: 400 });
    expect(q(narrow, 'ck-widget-table').hasAttribute('tabindex')).to.equal(false);
  });

  it('contains a bad row or cell without dropping its siblings', async () => {
    const item = await mountInCard(
      table([row([cell('ok'), { type: 'Table.Cell', colSpan: 'two' }]), { type: 'Table.Row', header: 'yes' }, row([cell('after')])]),
    );
    const errors = qa(item, 'ck-widget-table [data-widget-error]').map((e) => e.dataset.widgetError);
    expect(errors).to.have.length(2);
    expect(errors[0]).to.contain('Table.Cell');
    expect(errors[1]).to.contain('Table.Row');
    expect(qa(item, 'td').map(cellText).filter((t) => t === 'ok' || t === 'after')).to.deep.equal(['ok', 'after']);
    // The bad row's fallback spans the whole table.
    expect(q<HTMLTableCellElement>(item, 'tr.ck-w-table__misplaced > td').colSpan).to.equal(2);
  });

  it('shows a contained fallback for a Table.Row or Table.Cell outside a Table', async () => {
    const item = await mountWidget({ type: 'Card', children: [row([cell('lost')]), cell('alone'), text('sibling')] });
    const errors = qa(item, '[data-widget-error]');
    expect(errors.map((e) => e.dataset.widgetError)).to.deep.equal(['Table.Row: belongs in a Table', 'Table.Cell: belongs in a Table']);
    expect(errors.every((e) => e.getAttribute('role') === 'note')).to.equal(true);
    expect(qa(item, 'table')).to.have.length(0);
    expect(q(item, 'ck-widget-text').textContent.trim()).to.equal('sibling');
  });

  it('is accessible, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const item = await mountInCard(table([row([cell('Item'), cell('Qty')], { header: true }), row([cell('Mug'), cell('2')])]), { colorScheme });
      await expect(item).to.be.accessible();
    }
  });

  it('shows the first rows of a long table in its first update and every row once updateComplete resolves', async () => {
    const rows = [row([cell('Item'), cell('Qty')], { header: true }), ...Array.from({ length: 200 }, (_, i) => row([cell(`Item ${String(i + 1)}`), cell(String(i))]))];
    const item = await fixture<CkWidgetItem>(html`<ck-widget-item style="width: 600px" .item=${widgetItem(table(rows))}></ck-widget-item>`);
    const el = q<HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> }>(item, 'ck-widget-table');
    // Microtasks only: no frame or task (where later chunks run) can come in between.
    for (let i = 0; i < 100 && !el.hasUpdated; i += 1) await Promise.resolve();
    const first = qa(item, 'ck-widget-table tbody tr').length;
    expect(first).to.be.within(10, 199);
    await el.updateComplete;
    await settleWidget(item);
    const tableEl = q<HTMLTableElement>(item, 'ck-widget-table table');
    expect(tableEl.tHead?.rows).to.have.length(1);
    const body = [...tableEl.tBodies[0]!.rows];
    expect(body).to.have.length(200);
    expect(body.map((r) => cellText(r.cells[0]!))).to.deep.equal(rows.slice(1).map((_, i) => `Item ${String(i + 1)}`));
  });
});
