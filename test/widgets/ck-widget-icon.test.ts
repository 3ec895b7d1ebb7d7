import { expect } from '@open-wc/testing';
import { WIDGET_ICON_NAMES } from '../../src/widgets/icon-set.js';
import { cssOf, mountInCard, mountWidget, q, qa, resolveColor } from './helpers.js';

async function icon(props: Record<string, unknown>, options?: Parameters<typeof mountInCard>[1]) {
  const item = await mountInCard({ type: 'Icon', name: 'check', ...props }, options);
  return { item, el: q(item, 'ck-widget-icon') };
}

describe('ck-widget-icon', () => {
  it('draws every widget icon name from the icon set', async () => {
    const item = await mountWidget({ type: 'Card', children: WIDGET_ICON_NAMES.map((name) => ({ type: 'Icon', name })) });
    const svgs = qa(item, 'ck-widget-icon > svg');
    expect(svgs.map((svg) => svg.getAttribute('data-icon'))).to.deep.equal([...WIDGET_ICON_NAMES]);
    for (const svg of svgs) expect(svg.hasAttribute('data-icon-fallback')).to.equal(false);
  });

  it('draws the neutral fallback glyph for unknown names, without writing the name into the page', async () => {
    for (const name of ['lucide:rocket', 'no-such-icon', '__proto__', '"><script>alert(1)</script>']) {
      const { item, el } = await icon({ name });
      const svg = el.querySelector('svg')!;
      expect(svg.hasAttribute('data-icon-fallback'), name).to.equal(true);
      expect(svg.querySelectorAll('path, rect, circle').length, name).to.be.greaterThan(0);
      expect(item.shadowRoot!.innerHTML, name).not.to.contain(name);
    }
  });

  it('is decorative', async () => {
    const { el } = await icon({ name: 'star' });
    expect(el.getAttribute('aria-hidden')).to.equal('true');
    expect(el.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('steps size up the icon scale (xs … 3xl), md (16px) by default', async () => {
    const widths: number[] = [];
    for (const size of ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl']) {
      const { el } = await icon({ size });
      const svg = el.querySelector('svg')!.getBoundingClientRect();
      expect(svg.height, size).to.equal(svg.width);
      widths.push(svg.width);
    }
    for (let i = 1; i < widths.length; i += 1) expect(widths[i]).to.be.greaterThan(widths[i - 1]!);
    expect((await icon({})).el.querySelector('svg')!.getBoundingClientRect().width).to.equal(16);
  });

  it('colours with text tokens, ramps, raw colours and {light, dark}; follows the text by default', async () => {
    const plain = (await icon({})).el;
    const inherited = cssOf(plain.parentElement!, 'color');
    expect(cssOf(plain, 'color')).to.equal(inherited);

    const success = (await icon({ color: 'success' })).el;
    expect(cssOf(success, 'color')).to.equal(resolveColor(success.parentElement!, 'var(--ck-w-text-success)'));
    expect(cssOf(success, 'color')).not.to.equal(inherited);
    const ramp = (await icon({ color: 'blue-500' })).el;
    expect(cssOf(ramp, 'color')).to.equal(resolveColor(ramp.parentElement!, 'var(--ck-color-blue-500)'));
    expect(cssOf((await icon({ color: '#ff8800' })).el, 'color')).to.equal('rgb(255, 136, 0)');
    const themed = { light: 'black', dark: 'white' };
    expect(cssOf((await icon({ color: themed }, { colorScheme: 'light' })).el, 'color')).to.equal('rgb(0, 0, 0)');
    expect(cssOf((await icon({ color: themed }, { colorScheme: 'dark' })).el, 'color')).to.equal('rgb(255, 255, 255)');
    expect(cssOf((await icon({ color: 'red; display: none' })).el, 'color')).to.equal(inherited);
  });

  it('does not shrink in a crowded Row', async () => {
    const item = await mountWidget(
      { type: 'Card', children: [{ type: 'Row', children: [{ type: 'Icon', name: 'info', size: 'xl' }, { type: 'Text', value: 'long '.repeat(60) }] }] },
      { width: 280 },
    );
    expect(q(item, 'ck-widget-icon svg').getBoundingClientRect().width).to.equal(20);
  });
});
