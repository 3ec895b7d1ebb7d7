import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import { mountInCard, q, qa, settleWidget, widgetItem } from './helpers.js';

const transition = (child: unknown) => ({ type: 'Transition', children: child });
const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'Text', value, ...extra });

const layers = (item: CkWidgetItem) => qa(item, 'ck-widget-transition > .ck-w-transition__layer');

/** Replaces the item's widget (as a `widget.root.updated` would) and waits for the render. */
async function update(item: CkWidgetItem, child: unknown): Promise<void> {
  item.item = widgetItem({ type: 'Card', children: [transition(child)] });
  await settleWidget(item);
}

/** Waits until every running animation inside the transition has finished. */
async function animationsDone(item: CkWidgetItem): Promise<void> {
  const el = q(item, 'ck-widget-transition');
  const running = [el, ...el.querySelectorAll('*')].flatMap((node) => node.getAnimations());
  await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
  await settleWidget(item);
}

describe('ck-widget-transition', () => {
  beforeEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('renders its one child', async () => {
    const item = await mountInCard(transition(text('Hello', { key: 'a' })));
    expect(layers(item)).to.have.length(1);
    expect(q(item, 'ck-widget-transition ck-widget-text').textContent.trim()).to.equal('Hello');
  });

  it('renders nothing for a null child', async () => {
    const item = await mountInCard(transition(null));
    expect(layers(item)).to.have.length(0);
    expect(qa(item, '[data-widget-error]')).to.have.length(0);
  });

  it('re-renders in place while the child keeps its key', async () => {
    const item = await mountInCard(transition(text('One', { key: 'same' })));
    const before = q(item, 'ck-widget-transition ck-widget-text');
    await update(item, text('Two', { key: 'same' }));
    expect(layers(item)).to.have.length(1);
    const after = q(item, 'ck-widget-transition ck-widget-text');
    expect(after === before, 'same element').to.equal(true);
    expect(after.textContent.trim()).to.equal('Two');
    expect(q(item, 'ck-widget-transition').getAnimations()).to.have.length(0);
  });

  it('cross-fades to a child with a new key, keeping the old one briefly', async () => {
    const item = await mountInCard(transition(text('Old', { key: 'a' })));
    await update(item, text('New', { key: 'b' }));
    const [old, next] = layers(item);
    expect(layers(item)).to.have.length(2);
    expect(old!.textContent.trim()).to.equal('Old');
    expect(next!.textContent.trim()).to.equal('New');
    // The outgoing child is out of reach while it fades.
    expect(old!.inert).to.equal(true);
    expect(old!.getAttribute('aria-hidden')).to.equal('true');
    expect(next!.inert).to.equal(false);
    expect(old!.getAnimations().length + next!.getAnimations().length).to.be.greaterThan(0);
    // Both occupy the same place (layout position: the incoming one also slides by a transform).
    expect(old!.offsetTop).to.equal(next!.offsetTop);
    expect(old!.offsetLeft).to.equal(next!.offsetLeft);

    await animationsDone(item);
    expect(layers(item).map((l) => l.textContent.trim())).to.deep.equal(['New']);
    expect(layers(item)[0] === next, 'the incoming layer stays').to.equal(true);
  });

  it('treats a different type or id as a new child', async () => {
    const item = await mountInCard(transition(text('Text', { id: 'x' })));
    await update(item, { type: 'Caption', value: 'Caption', id: 'x' });
    // Same id: same identity, so no cross-fade even though the type changed.
    expect(layers(item)).to.have.length(1);
    await update(item, text('Other', { id: 'y' }));
    expect(layers(item)).to.have.length(2);
  });

  it('swaps at once with prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const item = await mountInCard(transition(text('Old', { key: 'a' })));
    await update(item, text('New', { key: 'b' }));
    expect(layers(item).map((l) => l.textContent.trim())).to.deep.equal(['New']);
    const el = q(item, 'ck-widget-transition');
    expect([el, ...el.querySelectorAll('*')].flatMap((n) => n.getAnimations())).to.have.length(0);
  });

  it('fades the child out when it becomes null', async () => {
    const item = await mountInCard(transition(text('Bye', { key: 'a' })));
    await update(item, null);
    expect(layers(item)).to.have.length(1);
    expect(layers(item)[0]!.inert).to.equal(true);
    await animationsDone(item);
    expect(layers(item)).to.have.length(0);
  });
});
