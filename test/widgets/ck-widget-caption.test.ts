import { expect } from '@open-wc/testing';
import { cssOf, mountInCard, q, resolveColor } from './helpers.js';

const LONG = 'Supporting detail that runs on for longer than one line could ever hold. '.repeat(5);

async function caption(props: Record<string, unknown>, options?: Parameters<typeof mountInCard>[1]) {
  const item = await mountInCard({ type: 'Caption', value: 'Updated 2 hours ago', ...props }, options);
  return { item, el: q(item, 'ck-widget-caption') };
}

const px = (value: string): number => parseFloat(value);

describe('ck-widget-caption', () => {
  it('shows its value as text', async () => {
    const { el } = await caption({ value: '<i>x</i>' });
    expect(el.textContent).to.equal('<i>x</i>');
    expect(el.children).to.have.length(0);
  });

  it('steps font size sm < md < lg, md by default, smaller than body text', async () => {
    const sizes: number[] = [];
    for (const size of ['sm', 'md', 'lg']) sizes.push(px(cssOf((await caption({ size })).el, 'font-size')));
    expect(sizes[0]).to.be.lessThan(sizes[1]!);
    expect(sizes[1]).to.be.lessThan(sizes[2]!);
    expect(px(cssOf((await caption({})).el, 'font-size'))).to.equal(sizes[1]);
    const body = q(await mountInCard({ type: 'Text', value: 'x' }), 'ck-widget-text');
    expect(sizes[1]).to.be.lessThan(px(cssOf(body, 'font-size')));
  });

  it('is secondary text by default; a colour prop overrides it; a hostile one falls back', async () => {
    const { el } = await caption({});
    const secondary = resolveColor(el.parentElement!, 'var(--ck-w-text-secondary)');
    const prose = resolveColor(el.parentElement!, 'var(--ck-w-text-prose)');
    expect(cssOf(el, 'color')).to.equal(secondary);
    expect(secondary).not.to.equal(prose);
    expect(cssOf((await caption({ color: 'danger' })).el, 'color')).to.equal(resolveColor(el.parentElement!, 'var(--ck-w-text-danger)'));
    expect(cssOf((await caption({ color: '#123456' })).el, 'color')).to.equal('rgb(18, 52, 86)');
    expect(cssOf((await caption({ color: 'url(x)' })).el, 'color')).to.equal(secondary);
  });

  it('takes {light, dark} colours per scheme', async () => {
    const color = { light: 'rgb(10, 20, 30)', dark: 'rgb(200, 210, 220)' };
    expect(cssOf((await caption({ color }, { colorScheme: 'light' })).el, 'color')).to.equal('rgb(10, 20, 30)');
    expect(cssOf((await caption({ color }, { colorScheme: 'dark' })).el, 'color')).to.equal('rgb(200, 210, 220)');
  });

  it('takes weight and alignment', async () => {
    const { el } = await caption({ weight: 'semibold', textAlign: 'end' });
    expect(cssOf(el, 'font-weight')).to.equal('600');
    expect(cssOf(el, 'text-align')).to.equal('end');
  });

  it('truncates to one line, or clamps to maxLines', async () => {
    const truncated = (await caption({ value: LONG, truncate: true }, { width: 260 })).el;
    const lineHeight = px(cssOf(truncated, 'line-height'));
    expect(truncated.getBoundingClientRect().height).to.be.closeTo(lineHeight, 1);
    expect(truncated.scrollWidth).to.be.greaterThan(truncated.clientWidth);
    const clamped = (await caption({ value: LONG, maxLines: 3 }, { width: 260 })).el;
    expect(clamped.getBoundingClientRect().height).to.be.closeTo(lineHeight * 3, 1);
  });
});
