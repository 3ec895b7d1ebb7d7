import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { inertContext, type ActionSource, type WidgetContext } from '../../src/widgets/context.js';
import type { ActionConfig } from '../../src/schemas/index.js';
import { renderNode } from '../../src/widgets/render.js';
import { answerActions, cssOf, deferred, mountInCard, mountWidget, q, qa, settleWidget } from './helpers.js';

const box = (extra: Record<string, unknown> = {}) => ({ type: 'Box', height: 20, ...extra });
const surfaceOf = (item: Parameters<typeof q>[0]) => q(item, 'ck-widget-card .ck-w-card__surface');

describe('ck-widget-card', () => {
  it('renders its children inside the card surface, stacked vertically', async () => {
    const item = await mountWidget({ type: 'Card', children: [box({ key: 'a' }), box({ key: 'b' })] });
    const boxes = qa(item, 'ck-widget-card .ck-w-card__surface ck-widget-box');
    expect(boxes).to.have.length(2);
    expect(boxes[1]!.getBoundingClientRect().top).to.be.greaterThan(boxes[0]!.getBoundingClientRect().bottom - 1);
    expect(qa(item, '[data-widget-error]')).to.have.length(0);
  });

  it('caps its width by size: sm < md (the default) < lg < full', async () => {
    const widths: Record<string, number> = {};
    for (const size of ['sm', 'md', 'lg', 'full', undefined] as const) {
      const item = await mountWidget({ type: 'Card', size, children: [box()] }, { width: 900 });
      widths[size ?? 'default'] = surfaceOf(item).getBoundingClientRect().width;
    }
    expect(widths['sm']).to.be.lessThan(widths['md']!);
    expect(widths['md']).to.be.lessThan(widths['lg']!);
    expect(widths['lg']).to.be.lessThan(widths['full']!);
    expect(widths['full']).to.equal(900);
    expect(widths['default']).to.equal(widths['md']);
  });

  it('maps padding in spacing units, per side', async () => {
    let item = await mountWidget({ type: 'Card', padding: 2, children: [box()] });
    expect(cssOf(surfaceOf(item), 'padding-top')).to.equal('8px');
    expect(cssOf(surfaceOf(item), 'padding-left')).to.equal('8px');
    item = await mountWidget({ type: 'Card', padding: { x: 1, y: 3 }, children: [box()] });
    expect(cssOf(surfaceOf(item), 'padding-left')).to.equal('4px');
    expect(cssOf(surfaceOf(item), 'padding-right')).to.equal('4px');
    expect(cssOf(surfaceOf(item), 'padding-top')).to.equal('12px');
    expect(cssOf(surfaceOf(item), 'padding-bottom')).to.equal('12px');
  });

  it('paints the elevated surface by default, and a background token or colour when given', async () => {
    const plain = await mountWidget({ type: 'Card', children: [box()] });
    const probe = q(plain, 'ck-widget-card');
    probe.style.background = 'var(--ck-w-surface-elevated)';
    const elevated = cssOf(probe, 'background-color');
    expect(cssOf(surfaceOf(plain), 'background-color')).to.equal(elevated);

    const tinted = await mountWidget({ type: 'Card', background: 'surface-tertiary', children: [box()] });
    const tintedProbe = q(tinted, 'ck-widget-card');
    tintedProbe.style.background = 'var(--ck-w-surface-tertiary)';
    expect(cssOf(surfaceOf(tinted), 'background-color')).to.equal(cssOf(tintedProbe, 'background-color'));
    expect(cssOf(surfaceOf(tinted), 'background-color')).not.to.equal(elevated);

    const raw = await mountWidget({ type: 'Card', background: '#102030', children: [box()] });
    expect(cssOf(surfaceOf(raw), 'background-color')).to.equal('rgb(16, 32, 48)');
  });

  it('draws a border from a number, a Border or per-side Borders', async () => {
    let item = await mountWidget({ type: 'Card', border: 3, children: [box()] });
    for (const side of ['top', 'right', 'bottom', 'left']) expect(cssOf(surfaceOf(item), `border-${side}-width`)).to.equal('3px');

    item = await mountWidget({ type: 'Card', border: { size: 2, style: 'dashed', color: '#ff0000' }, children: [box()] });
    expect(cssOf(surfaceOf(item), 'border-left-style')).to.equal('dashed');
    expect(cssOf(surfaceOf(item), 'border-left-color')).to.equal('rgb(255, 0, 0)');

    item = await mountWidget({ type: 'Card', border: { top: { size: 4, style: 'dotted' } }, children: [box()] });
    expect(cssOf(surfaceOf(item), 'border-top-width')).to.equal('4px');
    expect(cssOf(surfaceOf(item), 'border-top-style')).to.equal('dotted');
    // Unnamed sides keep the card's own subtle border.
    expect(cssOf(surfaceOf(item), 'border-bottom-width')).to.equal('1px');
  });

  it('shows a status line with an icon above the card', async () => {
    const item = await mountWidget({ type: 'Card', status: { text: 'Working on it', icon: 'sparkle' }, children: [box()] });
    const status = q(item, 'ck-widget-card .ck-w-status');
    expect(status.textContent.trim()).to.equal('Working on it');
    const icon = q(item, '.ck-w-status svg');
    expect(icon.getAttribute('data-icon')).to.equal('sparkle');
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(status.getBoundingClientRect().bottom).to.be.at.most(surfaceOf(item).getBoundingClientRect().top);
  });

  it('shows a favicon in the status line (framed on request), and no image for an unsafe URL', async () => {
    let item = await mountWidget({
      type: 'Card',
      status: { text: 'example.com', favicon: 'https://example.com/favicon.ico', frame: true },
      children: [box()],
    });
    const img = q<HTMLImageElement>(item, '.ck-w-status img');
    expect(img.getAttribute('src')).to.equal('https://example.com/favicon.ico');
    expect(img.getAttribute('alt')).to.equal('');
    expect(cssOf(img, 'border-top-width')).to.equal('1px');

    item = await mountWidget({ type: 'Card', status: { text: 'plain', favicon: 'https://example.com/f.png' }, children: [box()] });
    expect(cssOf(q(item, '.ck-w-status img'), 'border-top-width')).to.equal('0px');

    item = await mountWidget({ type: 'Card', status: { text: 'Evil', favicon: 'javascript:alert(1)' }, children: [box()] });
    expect(qa(item, '.ck-w-status img')).to.have.length(0);
    expect(q(item, '.ck-w-status').textContent.trim()).to.equal('Evil');
  });

  it('forces its colour scheme with theme, whatever the surrounding scheme', async () => {
    const lightPlain = await mountWidget({ type: 'Card', children: [box()] }, { colorScheme: 'light' });
    const darkPlain = await mountWidget({ type: 'Card', children: [box()] }, { colorScheme: 'dark' });
    const forcedDark = await mountWidget({ type: 'Card', theme: 'dark', children: [box()] }, { colorScheme: 'light' });
    const forcedLight = await mountWidget({ type: 'Card', theme: 'light', children: [box()] }, { colorScheme: 'dark' });
    const bg = (item: Parameters<typeof q>[0]) => cssOf(surfaceOf(item), 'background-color');
    const fg = (item: Parameters<typeof q>[0]) => cssOf(surfaceOf(item), 'color');
    expect(bg(lightPlain)).not.to.equal(bg(darkPlain));
    expect(bg(forcedDark)).to.equal(bg(darkPlain));
    expect(fg(forcedDark)).to.equal(fg(darkPlain));
    expect(bg(forcedLight)).to.equal(bg(lightPlain));
    expect(fg(forcedLight)).to.equal(fg(lightPlain));
    expect(cssOf(surfaceOf(forcedDark), 'color-scheme')).to.equal('dark');
    // light-dark() values inside the card follow the forced scheme too.
    const themed = await mountWidget(
      { type: 'Card', theme: 'dark', children: [box({ background: { light: '#ffffff', dark: '#000000' } })] },
      { colorScheme: 'light' },
    );
    expect(cssOf(q(themed, 'ck-widget-box'), 'background-color')).to.equal('rgb(0, 0, 0)');
  });

  describe('confirm and cancel', () => {
    const card = (extra: Record<string, unknown> = {}) => ({
      type: 'Card',
      children: [box()],
      confirm: { label: 'Book it', action: { type: 'trip.book', payload: { id: 7 } } },
      cancel: { label: 'Not now', action: { type: 'trip.cancel' } },
      ...extra,
    });

    it('renders cancel (start) and confirm (end) as footer buttons', async () => {
      const item = await mountWidget(card());
      const buttons = qa<HTMLButtonElement>(item, '.ck-w-card__footer button');
      expect(buttons.map((b) => b.textContent.trim())).to.deep.equal(['Not now', 'Book it']);
      expect(buttons.every((b) => b.type === 'button')).to.equal(true);
      expect(buttons[0]!.getBoundingClientRect().left).to.be.lessThan(buttons[1]!.getBoundingClientRect().left);
      // Confirm is the primary (filled) one.
      expect(cssOf(buttons[1]!, 'background-color')).not.to.equal(cssOf(buttons[0]!, 'background-color'));
    });

    it('reports the action with the confirm/cancel binding and the clicked button', async () => {
      const calls: { action: ActionConfig; source: ActionSource }[] = [];
      const ctx: WidgetContext = {
        ...inertContext,
        itemId: 'msg_1',
        action: (action, source) => {
          calls.push({ action, source });
          return Promise.resolve();
        },
        log: () => undefined,
      };
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      render(renderNode(card(), ctx), host);
      const el = host.querySelector('ck-widget-card')!;
      await el.updateComplete;
      const [cancel, confirm] = [...host.querySelectorAll<HTMLButtonElement>('.ck-w-card__footer button')];
      confirm!.click();
      cancel!.click();
      expect(calls.map((c) => [c.action.type, c.source.binding])).to.deep.equal([
        ['trip.book', 'confirm'],
        ['trip.cancel', 'cancel'],
      ]);
      expect(calls[0]!.source.element === confirm, 'element is the confirm button').to.equal(true);
      expect(calls[0]!.action.payload).to.deep.equal({ id: 7 });
    });

    it('fires confirm through the item with server defaults and makes the whole widget inert until handled', async () => {
      const item = await mountWidget(card());
      const pending = deferred();
      const actions = answerActions(item, () => pending.promise);
      q<HTMLButtonElement>(item, '.ck-w-card__action[data-binding="confirm"]').click();
      await settleWidget(item);
      expect(actions).to.deep.equal([
        { type: 'trip.book', payload: { id: 7 }, handler: 'server', loadingBehavior: 'auto', streaming: true },
      ]);
      const root = q(item, '.root');
      expect(root.inert).to.equal(true);
      expect(root.getAttribute('aria-busy')).to.equal('true');
      pending.resolve();
      await pending.promise;
      await settleWidget(item);
      expect(root.inert).to.equal(false);
      expect(root.getAttribute('aria-busy')).to.equal('false');
    });

    it('shows a spinner on the button itself for loadingBehavior "self"', async () => {
      const item = await mountWidget(
        card({ cancel: { label: 'Not now', action: { type: 'trip.cancel', loadingBehavior: 'self' } } }),
      );
      const pending = deferred();
      answerActions(item, () => pending.promise);
      q<HTMLButtonElement>(item, '.ck-w-card__action[data-binding="cancel"]').click();
      await settleWidget(item);
      const cancel = q(item, '.ck-w-card__action[data-binding="cancel"]');
      expect(cancel.getAttribute('aria-busy')).to.equal('true');
      expect(cancel.querySelector('.ck-w-card__spinner')).to.exist;
      expect(q(item, '.root').inert).to.equal(false);
      pending.resolve();
      await pending.promise;
      await settleWidget(item);
      expect(cancel.getAttribute('aria-busy')).to.equal('false');
      expect(cancel.querySelector('.ck-w-card__spinner')).to.equal(null);
    });

    it('stays usable after a failed action, with the error shown next to it', async () => {
      const item = await mountWidget(card());
      let fail = true;
      const actions = answerActions(item, () => (fail ? Promise.reject(new Error('Booking failed')) : Promise.resolve()));
      q<HTMLButtonElement>(item, '.ck-w-card__action[data-binding="confirm"]').click();
      await settleWidget(item);
      await settleWidget(item);
      expect(q(item, '.ck-w-error').textContent).to.contain('Booking failed');
      expect(q(item, '.root').inert).to.equal(false);
      fail = false;
      q<HTMLButtonElement>(item, '.ck-w-card__action[data-binding="confirm"]').click();
      await settleWidget(item);
      expect(actions).to.have.length(2);
    });

    it('collapses the body once confirm completed when collapsed is set, behind a details toggle', async () => {
      const item = await mountWidget(card({ collapsed: true }));
      answerActions(item);
      const body = q(item, '.ck-w-card__body');
      expect(body.hidden).to.equal(false);
      expect(qa(item, '.ck-w-card__toggle')).to.have.length(0);
      q<HTMLButtonElement>(item, '.ck-w-card__action[data-binding="confirm"]').click();
      await settleWidget(item);
      await settleWidget(item);
      expect(body.hidden).to.equal(true);
      expect(body.getBoundingClientRect().height).to.equal(0);
      expect(qa(item, '.ck-w-card__footer')).to.have.length(0);
      const toggle = q<HTMLButtonElement>(item, '.ck-w-card__toggle');
      expect(toggle.textContent.trim()).to.equal('Show details');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(body.id);
      toggle.click();
      await settleWidget(item);
      expect(body.hidden).to.equal(false);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent.trim()).to.equal('Hide details');
    });

    it('keeps the body open after confirm when collapsed is not set, and after cancel', async () => {
      const item = await mountWidget(card());
      answerActions(item);
      q<HTMLButtonElement>(item, '.ck-w-card__action[data-binding="confirm"]').click();
      await settleWidget(item);
      await settleWidget(item);
      expect(q(item, '.ck-w-card__body').hidden).to.equal(false);

      const collapsible = await mountWidget(card({ collapsed: true }));
      answerActions(collapsible);
      q<HTMLButtonElement>(collapsible, '.ck-w-card__action[data-binding="cancel"]').click();
      await settleWidget(collapsible);
      await settleWidget(collapsible);
      expect(q(collapsible, '.ck-w-card__body').hidden).to.equal(false);
    });
  });

  it('wraps the body in a non-navigating, novalidate form when asForm is set', async () => {
    const item = await mountWidget({ type: 'Card', asForm: true, children: [box()] });
    const form = q<HTMLFormElement>(item, 'ck-widget-card form.ck-w-card__body');
    expect(form.noValidate).to.equal(true);
    expect(form.querySelector('ck-widget-box')).to.exist;
    const submit = new SubmitEvent('submit', { cancelable: true, bubbles: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).to.equal(true);

    const plain = await mountInCard(box());
    expect(qa(plain, 'ck-widget-card form')).to.have.length(0);
  });
});
