import { expect } from '@open-wc/testing';
import { cssOf, mountInCard, q, resolveColor } from './helpers.js';

const LONG = 'A headline that keeps going well past the width of the card it sits in. '.repeat(4);

async function title(props: Record<string, unknown>, options?: Parameters<typeof mountInCard>[1]) {
  const item = await mountInCard({ type: 'Title', value: 'Quarterly report', ...props }, options);
  return { item, el: q(item, 'ck-widget-title') };
}

const px = (value: string): number => parseFloat(value);

describe('ck-widget-title', () => {
  it('is a level-3 heading by role, not a fixed <h*> element', async () => {
    const { item, el } = await title({});
    expect(el.getAttribute('role')).to.equal('heading');
    expect(el.getAttribute('aria-level')).to.equal('3');
    expect(el.textContent).to.equal('Quarterly report');
    expect(item.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6') === null, 'no <h*> element').to.equal(true);
  });

  it('shows markup in the value as text', async () => {
    const { el } = await title({ value: '<h1>x</h1>' });
    expect(el.textContent).to.equal('<h1>x</h1>');
    expect(el.children).to.have.length(0);
  });

  it('steps font size up the title scale (sm … 5xl), md by default', async () => {
    const sizes: number[] = [];
    for (const size of ['sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl']) {
      sizes.push(px(cssOf((await title({ size })).el, 'font-size')));
    }
    for (let i = 1; i < sizes.length; i += 1) expect(sizes[i]).to.be.greaterThan(sizes[i - 1]!);
    expect(px(cssOf((await title({})).el, 'font-size'))).to.equal(sizes[1]);
  });

  it('is semibold by default, and takes other weights', async () => {
    expect(cssOf((await title({})).el, 'font-weight')).to.equal('600');
    expect(cssOf((await title({ weight: 'bold' })).el, 'font-weight')).to.equal('700');
    expect(cssOf((await title({ weight: 'normal' })).el, 'font-weight')).to.equal('400');
  });

  it('colours with tokens, ramps, raw colours and {light, dark}; ignores hostile strings', async () => {
    const inherited = cssOf((await title({})).el, 'color');
    const success = (await title({ color: 'success' })).el;
    expect(cssOf(success, 'color')).to.equal(resolveColor(success.parentElement!, 'var(--ck-w-text-success)'));
    expect(cssOf(success, 'color')).not.to.equal(inherited);
    const ramp = (await title({ color: 'purple-700' })).el;
    expect(cssOf(ramp, 'color')).to.equal(resolveColor(ramp.parentElement!, 'var(--ck-color-purple-700)'));
    expect(cssOf((await title({ color: 'hsl(0 100% 50%)' })).el, 'color')).to.equal('rgb(255, 0, 0)');
    const themed = { light: '#112233', dark: '#ddeeff' };
    expect(cssOf((await title({ color: themed }, { colorScheme: 'light' })).el, 'color')).to.equal('rgb(17, 34, 51)');
    expect(cssOf((await title({ color: themed }, { colorScheme: 'dark' })).el, 'color')).to.equal('rgb(221, 238, 255)');
    expect(cssOf((await title({ color: 'red;position:fixed' })).el, 'color')).to.equal(inherited);
  });

  it('aligns text', async () => {
    expect(cssOf((await title({ textAlign: 'center' })).el, 'text-align')).to.equal('center');
    expect(cssOf((await title({ textAlign: 'end' })).el, 'text-align')).to.equal('end');
  });

  it('truncates to one line, or clamps to maxLines', async () => {
    const truncated = (await title({ value: LONG, truncate: true }, { width: 300 })).el;
    const lineHeight = px(cssOf(truncated, 'line-height'));
    expect(truncated.getBoundingClientRect().height).to.be.closeTo(lineHeight, 1);
    expect(cssOf(truncated, 'text-overflow')).to.equal('ellipsis');

    const clamped = (await title({ value: LONG, maxLines: 2 }, { width: 300 })).el;
    expect(clamped.getBoundingClientRect().height).to.be.closeTo(lineHeight * 2, 1);
    const free = (await title({ value: LONG }, { width: 300 })).el;
    expect(free.getBoundingClientRect().height).to.be.greaterThan(lineHeight * 3);
  });
});
