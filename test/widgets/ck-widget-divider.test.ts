import { expect } from '@open-wc/testing';
import { cssOf, mountInCard, mountWidget, q } from './helpers.js';

const divider = (item: Parameters<typeof q>[0]) => q(item, 'ck-widget-divider');

describe('ck-widget-divider', () => {
  it('is a 1px separator in the default border colour', async () => {
    const item = await mountInCard({ type: 'Divider' });
    const el = divider(item);
    expect(el.getAttribute('role')).to.equal('separator');
    expect(el.hasAttribute('aria-orientation')).to.equal(false);
    expect(cssOf(el, 'border-top-width')).to.equal('1px');
    expect(cssOf(el, 'border-top-style')).to.equal('solid');
    expect(el.getBoundingClientRect().height).to.equal(1);
    const probe = q(item, 'ck-widget-card');
    probe.style.setProperty('outline-color', 'var(--ck-w-border-default)');
    expect(cssOf(el, 'border-top-color')).to.equal(cssOf(probe, 'outline-color'));
  });

  it('takes colour tokens, thickness and spacing (units above and below)', async () => {
    const item = await mountInCard({ type: 'Divider', color: 'strong', size: 3, spacing: 2 });
    const el = divider(item);
    expect(cssOf(el, 'border-top-width')).to.equal('3px');
    expect(cssOf(el, 'margin-top')).to.equal('8px');
    expect(cssOf(el, 'margin-bottom')).to.equal('8px');
    const probe = q(item, 'ck-widget-card');
    probe.style.setProperty('outline-color', 'var(--ck-w-border-strong)');
    expect(cssOf(el, 'border-top-color')).to.equal(cssOf(probe, 'outline-color'));
    probe.style.setProperty('outline-color', 'var(--ck-w-border-subtle)');
    expect(cssOf(el, 'border-top-color')).not.to.equal(cssOf(probe, 'outline-color'));

    const raw = await mountInCard({ type: 'Divider', color: 'rgb(1, 2, 3)' });
    expect(cssOf(divider(raw), 'border-top-color')).to.equal('rgb(1, 2, 3)');
  });

  it('spans the card content box, or the whole card when flush', async () => {
    for (const padding of [undefined, 6]) {
      const inset = await mountWidget({ type: 'Card', padding, children: [{ type: 'Divider' }] });
      const flush = await mountWidget({ type: 'Card', padding, children: [{ type: 'Divider', flush: true }] });
      const surface = q(flush, '.ck-w-card__surface');
      const border = parseFloat(cssOf(surface, 'border-left-width'));
      const inner = surface.getBoundingClientRect();
      const flushRect = divider(flush).getBoundingClientRect();
      expect(flushRect.left).to.equal(inner.left + border);
      expect(flushRect.right).to.equal(inner.right - border);
      const pad = parseFloat(cssOf(surface, 'padding-left'));
      expect(pad).to.be.greaterThan(0);
      expect(divider(inset).getBoundingClientRect().width).to.equal(flushRect.width - 2 * pad);
    }
  });

  it('extends over the padding of an enclosing padded Box when flush', async () => {
    const item = await mountInCard({ type: 'Col', padding: 3, children: [{ type: 'Divider', flush: true }] });
    const col = q(item, 'ck-widget-box');
    expect(divider(item).getBoundingClientRect().width).to.equal(col.getBoundingClientRect().width);
  });

  it('is vertical inside a Row', async () => {
    const item = await mountInCard({
      type: 'Row',
      align: 'stretch',
      children: [{ type: 'Box', size: 30 }, { type: 'Divider', size: 2, spacing: 1 }, { type: 'Box', size: 30 }],
    });
    const el = divider(item);
    expect(el.getAttribute('aria-orientation')).to.equal('vertical');
    const rect = el.getBoundingClientRect();
    expect(rect.width).to.equal(2);
    expect(rect.height).to.equal(30);
    expect(cssOf(el, 'margin-left')).to.equal('4px');
  });
});
