import { expect } from '@open-wc/testing';
import { cssOf, mountInCard, q, qa } from './helpers.js';

const leaf = (key: string, extra: Record<string, unknown> = {}) => ({ type: 'Box', key, width: 20, height: 10, ...extra });
/** The outer container under test (the first ck-widget-box in the card). */
const outer = (item: Parameters<typeof q>[0]) => q(item, 'ck-widget-card ck-widget-box');

describe('ck-widget-box (Box, Row, Col)', () => {
  it('lays Row out horizontally, centred and spaced; Col vertically; Box by direction (default column)', async () => {
    const cases = [
      [{ type: 'Row' }, 'row', 'center', 8],
      [{ type: 'Col' }, 'column', 'normal', 0],
      [{ type: 'Box' }, 'column', 'normal', 0],
      [{ type: 'Box', direction: 'row' }, 'row', 'normal', 0],
      [{ type: 'Box', direction: 'col' }, 'column', 'normal', 0],
      [{ type: 'Row', gap: 0, align: 'start' }, 'row', 'flex-start', 0],
    ] as const;
    for (const [node, direction, align, gap] of cases) {
      const item = await mountInCard({ ...node, children: [leaf('a'), leaf('b')] });
      const el = outer(item);
      expect(cssOf(el, 'flex-direction'), JSON.stringify(node)).to.equal(direction);
      expect(cssOf(el, 'align-items'), JSON.stringify(node)).to.equal(align);
      const [a, b] = qa(item, 'ck-widget-box[data-axis] > ck-widget-box');
      const ra = a!.getBoundingClientRect();
      const rb = b!.getBoundingClientRect();
      if (direction === 'row') expect(rb.left - ra.right, JSON.stringify(node)).to.equal(gap);
      else expect(rb.top - ra.bottom, JSON.stringify(node)).to.equal(gap);
    }
  });

  it('applies align, justify, wrap and gap (spacing units)', async () => {
    const item = await mountInCard({
      type: 'Row',
      align: 'end',
      justify: 'between',
      wrap: 'wrap',
      gap: 3,
      children: [leaf('a'), leaf('b')],
    });
    const el = outer(item);
    expect(cssOf(el, 'align-items')).to.equal('flex-end');
    expect(cssOf(el, 'justify-content')).to.equal('space-between');
    expect(cssOf(el, 'flex-wrap')).to.equal('wrap');
    expect(cssOf(el, 'column-gap')).to.equal('12px');
    expect(cssOf(el, 'row-gap')).to.equal('12px');
    // `between` pushes the last child to the end.
    expect(qa(item, 'ck-widget-box > ck-widget-box')[1]!.getBoundingClientRect().right).to.equal(el.getBoundingClientRect().right);
  });

  it('applies padding and margin in spacing units, per side', async () => {
    const item = await mountInCard({ type: 'Col', padding: { x: 2, top: 1 }, margin: 3, children: [leaf('a')] });
    const el = outer(item);
    expect(cssOf(el, 'padding-left')).to.equal('8px');
    expect(cssOf(el, 'padding-right')).to.equal('8px');
    expect(cssOf(el, 'padding-top')).to.equal('4px');
    expect(cssOf(el, 'padding-bottom')).to.equal('0px');
    for (const side of ['top', 'right', 'bottom', 'left']) expect(cssOf(el, `margin-${side}`)).to.equal('12px');
  });

  it('applies background, border and radius tokens', async () => {
    const item = await mountInCard({
      type: 'Box',
      background: 'surface-secondary',
      border: { size: 2, color: 'strong', style: 'dashed' },
      radius: 'md',
      children: [leaf('a')],
    });
    const el = outer(item);
    const probe = q(item, 'ck-widget-box > ck-widget-box');
    probe.style.setProperty('background-color', 'var(--ck-w-surface-secondary)');
    probe.style.setProperty('outline-color', 'var(--ck-w-border-strong)');
    probe.style.setProperty('border-top-left-radius', 'var(--ck-w-radius-md)');
    expect(cssOf(el, 'background-color')).to.equal(cssOf(probe, 'background-color'));
    expect(cssOf(el, 'border-top-width')).to.equal('2px');
    expect(cssOf(el, 'border-left-style')).to.equal('dashed');
    expect(cssOf(el, 'border-bottom-color')).to.equal(cssOf(probe, 'outline-color'));
    expect(cssOf(el, 'border-top-left-radius')).to.equal(cssOf(probe, 'border-top-left-radius'));
    expect(cssOf(el, 'border-top-left-radius')).not.to.equal('0px');
  });

  it('sizes itself from width/height, size, min/max bounds and aspectRatio', async () => {
    let item = await mountInCard({ type: 'Box', width: 120, height: 30 });
    expect(outer(item).getBoundingClientRect()).to.include({ width: 120, height: 30 });

    item = await mountInCard({ type: 'Box', size: 24, radius: 'full', background: 'blue-500' });
    expect(outer(item).getBoundingClientRect()).to.include({ width: 24, height: 24 });

    item = await mountInCard({ type: 'Box', width: 100, aspectRatio: 2 });
    expect(outer(item).getBoundingClientRect().height).to.equal(50);

    item = await mountInCard({ type: 'Box', width: 500, maxWidth: 200, minHeight: 40, maxHeight: '60px' });
    const el = outer(item);
    expect(el.getBoundingClientRect()).to.include({ width: 200, height: 40 });
    expect(cssOf(el, 'max-height')).to.equal('60px');

    item = await mountInCard({ type: 'Box', minSize: 30, maxSize: 50, width: 10 });
    expect(outer(item).getBoundingClientRect()).to.include({ width: 30, height: 30 });
    expect(cssOf(outer(item), 'max-width')).to.equal('50px');
    expect(cssOf(outer(item), 'max-height')).to.equal('50px');
  });

  it('grows with flex inside a row', async () => {
    const item = await mountInCard({
      type: 'Row',
      width: 300,
      gap: 0,
      children: [leaf('fixed'), { type: 'Box', key: 'grow', flex: 1, height: 10 }],
    });
    const grow = qa(item, 'ck-widget-box > ck-widget-box')[1]!;
    expect(cssOf(grow, 'flex-grow')).to.equal('1');
    expect(grow.getBoundingClientRect().width).to.equal(280);
  });

  it('ignores unsafe CSS values', async () => {
    const item = await mountInCard({ type: 'Box', background: 'url(https://evil.example/x.png)', width: 'expression(alert(1))', height: 10 });
    const el = outer(item);
    expect(cssOf(el, 'background-image')).to.equal('none');
    expect(el.getAttribute('style') ?? '').not.to.contain('evil');
  });
});
