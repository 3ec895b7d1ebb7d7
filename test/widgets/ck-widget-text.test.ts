import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import { cssOf, mountInCard, mountWidget, q, resolveColor, settleWidget, widgetItem } from './helpers.js';

const LONG = 'The quick brown fox jumps over the lazy dog. '.repeat(12);

async function text(props: Record<string, unknown>, options?: Parameters<typeof mountInCard>[1]) {
  const item = await mountInCard({ type: 'Text', value: 'Hello', ...props }, options);
  return { item, el: q(item, 'ck-widget-text') };
}

const px = (value: string): number => parseFloat(value);

describe('ck-widget-text', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows the value as text, never as markup', async () => {
    const { el } = await text({ value: '<b>bold?</b> <img src=x onerror="alert(1)">' });
    expect(el.textContent).to.equal('<b>bold?</b> <img src=x onerror="alert(1)">');
    expect(el.querySelector('b, img') === null, 'no <b> or <img> element').to.equal(true);
  });

  it('keeps line breaks of the value', async () => {
    const { el } = await text({ value: 'one\ntwo' });
    const { el: single } = await text({ value: 'one two' });
    expect(el.getBoundingClientRect().height).to.be.greaterThan(single.getBoundingClientRect().height * 1.5);
  });

  it('steps font size up the text scale, md by default', async () => {
    const sizes: number[] = [];
    for (const size of ['xs', 'sm', 'md', 'lg', 'xl']) sizes.push(px(cssOf((await text({ size })).el, 'font-size')));
    for (let i = 1; i < sizes.length; i += 1) expect(sizes[i]).to.be.greaterThan(sizes[i - 1]!);
    expect(px(cssOf((await text({})).el, 'font-size'))).to.equal(sizes[2]);
  });

  it('maps weights to 400, 500, 600 and 700', async () => {
    const expected = { normal: '400', medium: '500', semibold: '600', bold: '700' };
    for (const [weight, value] of Object.entries(expected)) {
      expect(cssOf((await text({ weight })).el, 'font-weight'), weight).to.equal(value);
    }
  });

  it('colours text with tokens, palette ramps and raw CSS colours', async () => {
    const plain = await text({});
    const inherited = cssOf(plain.el, 'color');

    const danger = await text({ color: 'danger' });
    const dangerColor = resolveColor(danger.el.parentElement!, 'var(--ck-w-text-danger)');
    expect(cssOf(danger.el, 'color')).to.equal(dangerColor);
    expect(dangerColor).not.to.equal(inherited);

    const ramp = await text({ color: 'blue-500' });
    expect(cssOf(ramp.el, 'color')).to.equal(resolveColor(ramp.el.parentElement!, 'var(--ck-color-blue-500)'));
    expect(cssOf(ramp.el, 'color')).not.to.equal(inherited);

    expect(cssOf((await text({ color: '#00aa77' })).el, 'color')).to.equal('rgb(0, 170, 119)');
    expect(cssOf((await text({ color: 'rgb(1, 2, 3)' })).el, 'color')).to.equal('rgb(1, 2, 3)');
  });

  it('takes {light, dark} colours per colour scheme', async () => {
    const color = { light: '#ff0000', dark: '#00ff00' };
    expect(cssOf((await text({ color }, { colorScheme: 'light' })).el, 'color')).to.equal('rgb(255, 0, 0)');
    expect(cssOf((await text({ color }, { colorScheme: 'dark' })).el, 'color')).to.equal('rgb(0, 255, 0)');
  });

  it('ignores hostile colour strings (the text keeps its normal colour)', async () => {
    const inherited = cssOf((await text({})).el, 'color');
    for (const color of ['red; background: url(https://evil.example/x)', 'url(https://evil.example/x)', 'expression(alert(1))']) {
      const { el } = await text({ color });
      expect(cssOf(el, 'color'), color).to.equal(inherited);
      expect(cssOf(el, 'background-image'), color).to.equal('none');
      expect(el.getAttribute('style') ?? '', color).not.to.contain('evil');
    }
  });

  it('aligns text start, center and end', async () => {
    for (const textAlign of ['start', 'center', 'end']) {
      expect(cssOf((await text({ textAlign })).el, 'text-align')).to.equal(textAlign);
    }
  });

  it('renders italic and line-through', async () => {
    const { el } = await text({ italic: true, lineThrough: true });
    expect(cssOf(el, 'font-style')).to.equal('italic');
    expect(cssOf(el, 'text-decoration-line')).to.equal('line-through');
    const plain = (await text({})).el;
    expect(cssOf(plain, 'font-style')).to.equal('normal');
    expect(cssOf(plain, 'text-decoration-line')).to.equal('none');
  });

  it('truncates to one line with an ellipsis', async () => {
    const { el } = await text({ value: LONG, truncate: true }, { width: 300 });
    const lineHeight = px(cssOf(el, 'line-height'));
    expect(el.getBoundingClientRect().height).to.be.closeTo(lineHeight, 1);
    expect(el.scrollWidth).to.be.greaterThan(el.clientWidth);
    expect(cssOf(el, 'text-overflow')).to.equal('ellipsis');
  });

  it('clamps to maxLines', async () => {
    const free = (await text({ value: LONG }, { width: 300 })).el;
    const { el } = await text({ value: LONG, maxLines: 2 }, { width: 300 });
    const lineHeight = px(cssOf(el, 'line-height'));
    expect(free.getBoundingClientRect().height).to.be.greaterThan(lineHeight * 3);
    expect(el.getBoundingClientRect().height).to.be.closeTo(lineHeight * 2, 1);
  });

  it('reserves minLines of height', async () => {
    const { el } = await text({ value: 'short', minLines: 3 });
    const lineHeight = px(cssOf(el, 'line-height'));
    expect(el.getBoundingClientRect().height).to.be.closeTo(lineHeight * 3, 1);
  });

  it('sets its width (number = px)', async () => {
    expect((await text({ width: 120 })).el.getBoundingClientRect().width).to.equal(120);
    expect((await text({ width: '50%' }, { width: 600 })).el.getBoundingClientRect().width).to.be.lessThan(400);
  });

  it('shows a caret while streaming, and drops it when the stream ends', async () => {
    const item = await mountInCard({ type: 'Text', id: 't1', value: 'Hel', streaming: true });
    const el = q(item, 'ck-widget-text');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(getComputedStyle(el, '::after').content).not.to.equal('none');
    expect(getComputedStyle(el, '::after').animationName).to.equal('ck-w-caret-pulse');

    await update(item, { type: 'Card', children: [{ type: 'Text', id: 't1', value: 'Hello', streaming: false }] });
    expect(q(item, 'ck-widget-text') === el, 'the same element').to.equal(true);
    expect(el.textContent).to.equal('Hello');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(getComputedStyle(el, '::after').content).to.equal('none');
  });

  it('keeps the caret still for users who ask for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el } = await text({ streaming: true });
    expect(getComputedStyle(el, '::after').content).not.to.equal('none');
    expect(getComputedStyle(el, '::after').animationName).to.equal('none');
  });

  it('reads well with the other text components in both schemes (accessibility audit)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const item = await mountWidget(
        {
          type: 'Card',
          children: [
            { type: 'Title', value: 'Order shipped' },
            { type: 'Caption', value: 'Updated 2 hours ago' },
            { type: 'Text', value: 'Body', color: 'tertiary' },
            ...['success', 'warning', 'danger'].map((color) => ({ type: 'Text', value: color, color })),
            { type: 'Markdown', value: 'A [link](https://example.com) and `code`.' },
            ...['secondary', 'success', 'danger', 'warning', 'info', 'discovery'].map((color) => ({ type: 'Badge', label: color, color })),
          ],
        },
        { colorScheme },
      );
      await expect(item, colorScheme).to.be.accessible();
    }
  });

});

async function update(item: CkWidgetItem, widget: Record<string, unknown>): Promise<void> {
  item.item = widgetItem(widget);
  await settleWidget(item);
}
