import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { answerActions, cssOf, deferred, mountWidget, q, qa, settleWidget } from './helpers.js';

const list = (...children: Record<string, unknown>[]) => ({ type: 'ListView', children });
const swatch = { type: 'Box', size: 20, background: 'blue-500' };
const clickable = (extra: Record<string, unknown> = {}) => ({
  type: 'ListViewItem',
  children: [swatch, { type: 'Box', width: 40, height: 10 }],
  onClickAction: { type: 'line.select', payload: { id: 'blue' } },
  ...extra,
});

describe('ck-widget-list-view-item', () => {
  it('is a plain row without an action', async () => {
    const item = await mountWidget(list({ type: 'ListViewItem', children: [swatch, swatch] }));
    expect(qa(item, 'ck-widget-list-view-item button')).to.have.length(0);
    const rowEl = q(item, 'ck-widget-list-view-item .ck-w-list-item__row');
    const [a, b] = qa(item, 'ck-widget-list-view-item ck-widget-box');
    expect(cssOf(rowEl, 'flex-direction')).to.equal('row');
    expect(b!.getBoundingClientRect().left).to.be.greaterThan(a!.getBoundingClientRect().right - 1);
  });

  it('lays children out with gap (spacing units) and align (default centre)', async () => {
    let item = await mountWidget(list({ type: 'ListViewItem', gap: 5, children: [swatch, swatch] }));
    const rowEl = q(item, '.ck-w-list-item__row');
    expect(cssOf(rowEl, 'column-gap')).to.equal('20px');
    expect(cssOf(rowEl, 'align-items')).to.equal('center');
    const [a, b] = qa(item, 'ck-widget-box');
    expect(b!.getBoundingClientRect().left - a!.getBoundingClientRect().right).to.equal(20);

    item = await mountWidget(list({ type: 'ListViewItem', align: 'start', children: [swatch] }));
    expect(cssOf(q(item, '.ck-w-list-item__row'), 'align-items')).to.equal('flex-start');
  });

  it('is one full-width button when clickable, firing onClickAction with its payload on click', async () => {
    const item = await mountWidget(list(clickable()));
    const button = q<HTMLButtonElement>(item, 'ck-widget-list-view-item button');
    expect(button.type).to.equal('button');
    expect(button.querySelectorAll('ck-widget-box')).to.have.length(2);
    expect(button.getBoundingClientRect().width).to.equal(q(item, '[role="listitem"]').getBoundingClientRect().width);
    const actions = answerActions(item);
    button.click();
    expect(actions).to.deep.equal([
      { type: 'line.select', payload: { id: 'blue' }, handler: 'server', loadingBehavior: 'auto', streaming: true },
    ]);
  });

  it('fires on Enter and Space from the keyboard', async () => {
    const item = await mountWidget(list(clickable()));
    const actions = answerActions(item);
    q<HTMLButtonElement>(item, 'ck-widget-list-view-item button').focus();
    await sendKeys({ press: 'Enter' });
    await settleWidget(item);
    await sendKeys({ press: 'Space' });
    await settleWidget(item);
    expect(actions.map((a) => a.payload)).to.deep.equal([{ id: 'blue' }, { id: 'blue' }]);
  });

  it('shows its own spinner and aria-busy while the action runs, then clears', async () => {
    const item = await mountWidget(list(clickable()));
    const pending = deferred();
    const actions = answerActions(item, () => pending.promise);
    const button = q<HTMLButtonElement>(item, 'ck-widget-list-view-item button');
    expect(button.getAttribute('aria-busy')).to.equal('false');
    button.click();
    await settleWidget(item);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.querySelector('.ck-w-list-item__spinner')).to.exist;
    // Self loading: the rest of the widget stays interactive.
    expect(q(item, '.root').inert).to.equal(false);
    // A second click while busy does not fire again.
    button.click();
    expect(actions).to.have.length(1);
    pending.resolve();
    await pending.promise;
    await settleWidget(item);
    expect(button.getAttribute('aria-busy')).to.equal('false');
    expect(button.querySelector('.ck-w-list-item__spinner')).to.equal(null);
  });

  it('becomes usable again after a failed action', async () => {
    const item = await mountWidget(list(clickable()));
    const actions = answerActions(item, () => Promise.reject(new Error('Could not pick')));
    const button = q<HTMLButtonElement>(item, 'ck-widget-list-view-item button');
    button.click();
    await settleWidget(item);
    await settleWidget(item);
    expect(button.getAttribute('aria-busy')).to.equal('false');
    expect(q(item, '.ck-w-error').textContent).to.contain('Could not pick');
    button.click();
    expect(actions).to.have.length(2);
  });

  it('has a hover background and a visible focus ring', async () => {
    const item = await mountWidget(list(clickable()));
    const button = q<HTMLButtonElement>(item, 'ck-widget-list-view-item button');
    const idle = cssOf(button, 'background-color');
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width - 10), Math.round(box.top + box.height / 2)] });
    try {
      for (const animation of button.getAnimations()) animation.finish();
      expect(cssOf(button, 'background-color')).not.to.equal(idle);
    } finally {
      await resetMouse();
    }
    button.focus();
    await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies
    expect(cssOf(button, 'outline-style')).to.equal('solid');
  });
});
