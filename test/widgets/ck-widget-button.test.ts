import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  answerActions,
  backdropOf,
  contrastRatio,
  cssOf,
  deferred,
  mountInCard,
  mountWidget,
  parseRgb,
  q,
  resolveColor,
  settleWidget,
} from './helpers.js';

const COLORS = ['primary', 'secondary', 'info', 'discovery', 'success', 'caution', 'warning', 'danger'] as const;
const VARIANTS = ['solid', 'soft', 'outline', 'ghost'] as const;
const ACTION = { type: 'approve', payload: { id: 7 } };

async function button(props: Record<string, unknown>, options?: Parameters<typeof mountInCard>[1]) {
  const item = await mountInCard({ type: 'Button', label: 'Approve', ...props }, options);
  return { item, host: q(item, 'ck-widget-button'), el: q<HTMLButtonElement>(item, 'ck-widget-button button') };
}

const px = (value: string): number => parseFloat(value);

describe('ck-widget-button', () => {
  it('is a real <button type="button"> showing its label', async () => {
    const { el } = await button({ label: '<b>Go</b>' });
    expect(el.type).to.equal('button');
    expect(el.textContent.trim()).to.equal('<b>Go</b>');
    expect(el.querySelector('b') === null, 'no <b> element').to.equal(true);
  });

  describe('appearance', () => {
    it('paints every colour × variant from its control tokens', async () => {
      for (const color of COLORS) {
        for (const variant of VARIANTS) {
          const { el } = await button({ color, variant });
          const token = (part: string) => resolveColor(el, `var(--ck-w-control-${color}-${part})`);
          const label = `${color} ${variant}`;
          if (variant === 'solid') {
            expect(cssOf(el, 'background-color'), label).to.equal(token('solid-bg'));
            expect(cssOf(el, 'color'), label).to.equal(token('solid-text'));
          } else if (variant === 'soft') {
            expect(cssOf(el, 'background-color'), label).to.equal(token('soft-bg'));
            expect(cssOf(el, 'color'), label).to.equal(token('soft-text'));
          } else {
            expect(cssOf(el, 'background-color'), label).to.equal('rgba(0, 0, 0, 0)');
            expect(cssOf(el, 'color'), label).to.equal(token('outline-text'));
            const border = variant === 'outline' ? token('outline-border') : 'rgba(0, 0, 0, 0)';
            expect(cssOf(el, 'border-top-color'), label).to.equal(border);
          }
        }
      }
    });

    it('keeps every colour × variant readable (WCAG 4.5:1) in light and dark', async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const color of COLORS) {
          for (const variant of VARIANTS) {
            const { el } = await button({ color, variant }, { colorScheme });
            const ratio = contrastRatio(parseRgb(cssOf(el, 'color')), parseRgb(backdropOf(el)));
            expect(ratio, `${color} ${variant} in ${colorScheme}: ${ratio.toFixed(2)}`).to.be.at.least(4.5);
          }
        }
      }
    });

    it('style presets: primary is the solid accent (also the default), secondary a neutral outline', async () => {
      const reference = (await button({ color: 'primary', variant: 'solid' })).el;
      for (const props of [{ style: 'primary' }, {}]) {
        const { el } = await button(props);
        expect(cssOf(el, 'background-color')).to.equal(cssOf(reference, 'background-color'));
        expect(cssOf(el, 'color')).to.equal(cssOf(reference, 'color'));
      }
      const secondary = (await button({ style: 'secondary' })).el;
      const outline = (await button({ color: 'secondary', variant: 'outline' })).el;
      expect(cssOf(secondary, 'background-color')).to.equal('rgba(0, 0, 0, 0)');
      expect(cssOf(secondary, 'border-top-color')).to.equal(cssOf(outline, 'border-top-color'));
      expect(cssOf(secondary, 'color')).to.equal(cssOf(outline, 'color'));
      // An explicit colour beats the preset.
      const danger = (await button({ style: 'secondary', color: 'danger', variant: 'solid' })).el;
      expect(cssOf(danger, 'background-color')).to.equal(resolveColor(danger, 'var(--ck-w-control-danger-solid-bg)'));
    });

    it('takes the control height of its size (3xs … 3xl), md by default', async () => {
      const heights: number[] = [];
      for (const size of ['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl']) {
        const { el } = await button({ size });
        const expected = px(resolveLength(el, `var(--ck-w-control-${size}-height)`));
        expect(el.getBoundingClientRect().height, size).to.equal(expected);
        heights.push(expected);
      }
      for (let i = 1; i < heights.length; i += 1) expect(heights[i]).to.be.greaterThan(heights[i - 1]!);
      expect((await button({})).el.getBoundingClientRect().height).to.equal(heights[4]);
    });

    it('is fully rounded as a pill', async () => {
      const plain = (await button({})).el;
      const pill = (await button({ pill: true })).el;
      expect(px(cssOf(pill, 'border-top-left-radius'))).to.be.at.least(pill.getBoundingClientRect().height / 2);
      expect(px(cssOf(plain, 'border-top-left-radius'))).to.be.lessThan(plain.getBoundingClientRect().height / 2);
    });

    it('fills the width with block, and fits its label otherwise', async () => {
      const { host, el } = await button({ block: true });
      const column = host.parentElement!.getBoundingClientRect().width;
      expect(el.getBoundingClientRect().width).to.equal(column);
      expect((await button({})).el.getBoundingClientRect().width).to.be.lessThan(column / 2);
    });

    it('shows start and end icons at the icon size', async () => {
      const { el } = await button({ iconStart: 'check', iconEnd: 'chevron-right' });
      const icons = [...el.querySelectorAll('svg')].map((svg) => svg.getAttribute('data-icon'));
      expect(icons).to.deep.equal(['check', 'chevron-right']);
      expect(el.textContent.trim()).to.equal('Approve');
      const small = (await button({ iconStart: 'check' })).el.querySelector('svg')!.getBoundingClientRect().width;
      const large = (await button({ iconStart: 'check', iconSize: '2xl' })).el.querySelector('svg')!.getBoundingClientRect().width;
      expect(large).to.equal(24);
      expect(small).to.be.lessThan(large);
    });

    it('uniform: a square icon-only button named by its label', async () => {
      const { el } = await button({ label: 'Add item', iconStart: 'plus', uniform: true });
      const box = el.getBoundingClientRect();
      expect(box.width).to.equal(box.height);
      expect(el.getAttribute('aria-label')).to.equal('Add item');
      expect(el.textContent.trim()).to.equal('');
      expect(el.querySelector('svg')!.getAttribute('data-icon')).to.equal('plus');
    });

    it('names an icon-only button after its icon when it has no label', async () => {
      const { el } = await button({ label: undefined, iconStart: 'check-circle' });
      expect(el.getAttribute('aria-label')).to.equal('check circle');
      expect((await button({})).el.hasAttribute('aria-label')).to.equal(false);
    });

    it('passes an accessibility audit in its common shapes', async () => {
      const item = await mountWidget({
        type: 'Card',
        children: [
          { type: 'Button', label: 'Save', iconStart: 'check' },
          { type: 'Button', label: 'Remove', iconStart: 'trash', uniform: true, variant: 'outline' },
          { type: 'Button', iconStart: 'plus' },
          { type: 'Button', label: 'Off', disabled: true },
        ],
      });
      await expect(item).to.be.accessible();
    });

    it('shows a visible focus ring', async () => {
      const { el } = await button({});
      el.focus();
      await sendKeys({ press: 'Shift' });
      expect(el.matches(':focus-visible')).to.equal(true);
      expect(cssOf(el, 'outline-style')).to.equal('solid');
      expect(px(cssOf(el, 'outline-width'))).to.be.at.least(2);
    });
  });

  describe('actions', () => {
    it('reports onClickAction with the protocol defaults on click', async () => {
      const { item, el } = await button({ onClickAction: ACTION });
      const seen = answerActions(item);
      el.click();
      await settleWidget(item);
      expect(seen).to.deep.equal([{ ...ACTION, handler: 'server', loadingBehavior: 'auto', streaming: true }]);
    });

    it('keeps explicit handler, loading behaviour and streaming', async () => {
      const action = { type: 'open', handler: 'client', loadingBehavior: 'none', streaming: false };
      const { item, el } = await button({ onClickAction: action });
      const seen = answerActions(item);
      el.click();
      await settleWidget(item);
      expect(seen).to.deep.equal([action]);
    });

    it('shows its own loading state until the action settles', async () => {
      const { item, el } = await button({ iconStart: 'check', onClickAction: ACTION });
      const pending = deferred();
      answerActions(item, () => pending.promise);
      el.click();
      await settleWidget(item);
      expect(el.disabled).to.equal(true);
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(el.querySelector('.ck-w-button__spinner') !== null, 'a spinner').to.equal(true);
      expect(el.querySelector('svg[data-icon="check"]') === null, 'the spinner replaces the start icon').to.equal(true);
      expect(el.textContent.trim()).to.equal('Approve');

      pending.resolve();
      await settleWidget(item);
      expect(el.disabled).to.equal(false);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(el.querySelector('.ck-w-button__spinner') === null, 'no spinner').to.equal(true);
      expect(el.querySelector('svg[data-icon="check"]') !== null, 'the start icon is back').to.equal(true);
    });

    it('becomes usable again when the action fails, and the item shows the error', async () => {
      const { item, el } = await button({ onClickAction: ACTION });
      const pending = deferred();
      answerActions(item, () => pending.promise);
      el.click();
      await settleWidget(item);
      expect(el.disabled).to.equal(true);
      pending.reject(new Error('Server said no'));
      await settleWidget(item);
      expect(el.disabled).to.equal(false);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(q(item, '[role="alert"]').textContent).to.contain('Server said no');
    });

    it('ignores clicks while loading', async () => {
      const { item, el } = await button({ onClickAction: ACTION });
      const pending = deferred();
      const seen = answerActions(item, () => pending.promise);
      el.click();
      await settleWidget(item);
      el.click();
      el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settleWidget(item);
      expect(seen).to.have.length(1);
      pending.resolve();
    });

    it('does nothing when disabled', async () => {
      const { item, el } = await button({ onClickAction: ACTION, disabled: true });
      const seen = answerActions(item);
      expect(el.disabled).to.equal(true);
      el.click();
      el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settleWidget(item);
      expect(seen).to.have.length(0);
      expect(px(cssOf(el, 'opacity'))).to.be.lessThan(1);
    });

    it('does nothing without an action', async () => {
      const { item, el } = await button({});
      const seen = answerActions(item);
      el.click();
      await settleWidget(item);
      expect(seen).to.have.length(0);
      expect(el.disabled).to.equal(false);
    });

    it('runs from the keyboard: Enter and Space on the focused button', async () => {
      const { item, el } = await button({ onClickAction: ACTION });
      const seen = answerActions(item);
      el.focus();
      await sendKeys({ press: 'Enter' });
      await settleWidget(item);
      expect(seen).to.have.length(1);
      el.focus();
      await sendKeys({ press: 'Space' });
      await settleWidget(item);
      expect(seen).to.have.length(2);
    });

    it('gives focus back after loading when it had it', async () => {
      const { item, el } = await button({ onClickAction: ACTION });
      const pending = deferred();
      answerActions(item, () => pending.promise);
      el.focus();
      await sendKeys({ press: 'Enter' });
      await settleWidget(item);
      expect(el.disabled).to.equal(true);
      pending.resolve();
      await settleWidget(item);
      expect(item.shadowRoot!.activeElement === el, 'the button has focus again').to.equal(true);
    });

    it('is a submit button inside a form, and a plain button outside one', async () => {
      const inForm = await mountWidget({ type: 'Card', asForm: true, children: [{ type: 'Button', label: 'Send', submit: true }] });
      expect(q<HTMLButtonElement>(inForm, 'ck-widget-button button').type).to.equal('submit');
      expect((await button({ submit: true })).el.type).to.equal('button');
    });
  });
});

/** A length expression (e.g. a token) as the computed px value. */
function resolveLength(where: Element, expression: string): string {
  const probe = document.createElement('span');
  probe.style.display = 'block';
  probe.style.width = expression;
  where.appendChild(probe);
  const value = getComputedStyle(probe).width;
  probe.remove();
  return value;
}
