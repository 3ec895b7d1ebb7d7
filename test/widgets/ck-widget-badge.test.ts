import { expect } from '@open-wc/testing';
import { backdropOf, contrastRatio, cssOf, mountInCard, parseRgb, q, resolveColor } from './helpers.js';

const COLORS = ['secondary', 'success', 'danger', 'warning', 'info', 'discovery'] as const;

async function badge(props: Record<string, unknown>, options?: Parameters<typeof mountInCard>[1]) {
  const item = await mountInCard({ type: 'Badge', label: 'New', ...props }, options);
  return { item, el: q(item, 'ck-widget-badge') };
}

const px = (value: string): number => parseFloat(value);

describe('ck-widget-badge', () => {
  it('shows its label as text', async () => {
    const { el } = await badge({ label: '<b>Beta</b>' });
    expect(el.textContent).to.equal('<b>Beta</b>');
    expect(el.querySelector('b') === null, 'no <b> element').to.equal(true);
  });

  it('is a soft secondary badge by default', async () => {
    const { el } = await badge({});
    expect(cssOf(el, 'background-color')).to.equal(resolveColor(el, 'var(--ck-w-control-secondary-soft-bg)'));
    expect(cssOf(el, 'color')).to.equal(resolveColor(el, 'var(--ck-w-control-secondary-soft-text)'));
  });

  it('paints each colour differently, solid, soft and outline from the control tokens', async () => {
    const solids = new Set<string>();
    for (const color of COLORS) {
      const solid = (await badge({ color, variant: 'solid' })).el;
      expect(cssOf(solid, 'background-color'), color).to.equal(resolveColor(solid, `var(--ck-w-control-${color}-solid-bg)`));
      expect(cssOf(solid, 'color'), color).to.equal(resolveColor(solid, `var(--ck-w-control-${color}-solid-text)`));
      solids.add(cssOf(solid, 'background-color'));

      const soft = (await badge({ color, variant: 'soft' })).el;
      expect(cssOf(soft, 'background-color'), color).to.equal(resolveColor(soft, `var(--ck-w-control-${color}-soft-bg)`));

      const outline = (await badge({ color, variant: 'outline' })).el;
      expect(cssOf(outline, 'background-color'), color).to.equal('rgba(0, 0, 0, 0)');
      expect(cssOf(outline, 'border-top-color'), color).to.equal(resolveColor(outline, `var(--ck-w-control-${color}-outline-border)`));
      expect(cssOf(outline, 'color'), color).to.equal(resolveColor(outline, `var(--ck-w-control-${color}-outline-text)`));
    }
    expect(solids.size).to.equal(COLORS.length);
  });

  it('keeps its label readable (WCAG 4.5:1) in every colour and variant, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const color of COLORS) {
        for (const variant of ['solid', 'soft', 'outline']) {
          const { el } = await badge({ color, variant }, { colorScheme });
          const ratio = contrastRatio(parseRgb(cssOf(el, 'color')), parseRgb(backdropOf(el)));
          expect(ratio, `${color} ${variant} ${colorScheme}`).to.be.at.least(4.5);
        }
      }
    }
  });

  it('grows sm < md < lg, md by default', async () => {
    const heights: number[] = [];
    const fonts: number[] = [];
    for (const size of ['sm', 'md', 'lg']) {
      const { el } = await badge({ size });
      heights.push(el.getBoundingClientRect().height);
      fonts.push(px(cssOf(el, 'font-size')));
    }
    expect(heights[0]).to.be.lessThan(heights[1]!);
    expect(heights[1]).to.be.lessThan(heights[2]!);
    expect(fonts[0]).to.be.lessThan(fonts[2]!);
    expect((await badge({})).el.getBoundingClientRect().height).to.equal(heights[1]);
  });

  it('is fully rounded as a pill', async () => {
    const square = (await badge({})).el;
    const pill = (await badge({ pill: true })).el;
    expect(px(cssOf(pill, 'border-top-left-radius'))).to.be.at.least(pill.getBoundingClientRect().height / 2);
    expect(px(cssOf(square, 'border-top-left-radius'))).to.be.lessThan(square.getBoundingClientRect().height / 2);
  });

  it('fits its label instead of stretching across a column', async () => {
    const { el } = await badge({ label: 'Hi' });
    expect(el.getBoundingClientRect().width).to.be.lessThan(el.parentElement!.getBoundingClientRect().width / 2);
  });
});
