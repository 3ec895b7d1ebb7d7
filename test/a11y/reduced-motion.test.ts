/**
 * `prefers-reduced-motion: reduce` stops what moves on its own (spinners, pulses, skeletons) and
 * makes state changes instant. Each case is checked both ways, so a moving spinner is proven to
 * move first and the assertion under `reduce` cannot pass by accident.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/ck-history-panel.js';
import '../../src/elements/ck-message.js';
import '../../src/elements/ck-workflow.js';
import type { CkMessage } from '../../src/elements/ck-message.js';
import { ThreadItemSchema, type ThreadItem } from '../../src/schemas/index.js';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import { answerActions, deferred, mountWidget, q, settleWidget } from '../widgets/helpers.js';

function item(fields: Record<string, unknown>): ThreadItem {
  return ThreadItemSchema.parse({ id: 'it_1', thread_id: 'thr_1', created_at: '2026-01-01T00:00:00Z', ...fields });
}

/** Longest computed duration in seconds (`0.15s, 0.15s` → 0.15). */
function longest(value: string): number {
  return Math.max(...value.split(',').map((part) => Number.parseFloat(part)));
}

/** An element (and pseudo-element) that moves unless the user asked for less motion. */
interface Moving {
  what: string;
  el: Element;
  pseudo?: string;
  kind: 'animation' | 'transition';
}

/** Whether it still moves: a running animation, or a transition a person could see (> 10 ms). */
function moves(target: Moving): boolean {
  const style = getComputedStyle(target.el, target.pseudo ?? null);
  if (target.kind === 'animation') return style.animationName !== 'none' && longest(style.animationDuration) > 0.01;
  return longest(style.transitionDuration) > 0.01;
}

/** A widget whose action stays pending, clicked, so its own loading spinner shows. */
async function loadingWidget(widget: Record<string, unknown>, click: string): Promise<CkWidgetItem> {
  const widgetItem = await mountWidget(widget);
  answerActions(widgetItem, () => deferred().promise);
  q<HTMLButtonElement>(widgetItem, click).click();
  await settleWidget(widgetItem);
  return widgetItem;
}

const held = { type: 'wait', loadingBehavior: 'self' };

/** Everything that moves on its own, mounted in its moving state. */
async function mountMovingParts(): Promise<Moving[]> {
  const answer = await fixture<CkMessage>(
    html`<ck-message pending .item=${item({ type: 'assistant_message', content: [{ type: 'output_text', text: 'Thinking', annotations: [] }] })}></ck-message>`,
  );
  const tool = await fixture<CkMessage>(
    html`<ck-message .item=${item({ type: 'client_tool_call', status: 'pending', call_id: 'c1', name: 'get_time', arguments: {} })}></ck-message>`,
  );
  const history = await fixture(html`<ck-history-panel loading></ck-history-panel>`);
  const button = await loadingWidget({ type: 'Card', children: [{ type: 'Button', label: 'Approve', iconStart: 'check', onClickAction: held }] }, '.ck-w-button');
  const card = await loadingWidget(
    { type: 'Card', children: [{ type: 'Text', value: 'Trip' }], cancel: { label: 'Not now', action: held } },
    '.ck-w-card__action[data-binding="cancel"]',
  );
  const list = await loadingWidget(
    { type: 'ListView', children: [{ type: 'ListViewItem', onClickAction: held, children: [{ type: 'Text', value: 'Blue' }] }] },
    'ck-widget-list-view-item button',
  );
  const staticWidget = await mountWidget({ type: 'Card', children: [{ type: 'Button', label: 'Go', onClickAction: { type: 'go' } }] });

  const within = (root: Element, selector: string): Element => {
    const found = (root.shadowRoot ?? root).querySelector(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  return [
    { what: 'the pending answer pulse', el: within(answer, '.assistant.pending .part:last-of-type'), pseudo: '::after', kind: 'animation' },
    { what: 'the item spinner', el: within(tool, '.spinner'), kind: 'animation' },
    { what: 'the history skeleton', el: within(history, '.skeleton-row'), kind: 'animation' },
    { what: 'the widget Button spinner', el: within(button, '.ck-w-button__spinner'), kind: 'animation' },
    { what: 'the Card action spinner', el: within(card, '.ck-w-card__spinner'), kind: 'animation' },
    { what: 'the ListViewItem spinner', el: within(list, '.ck-w-list-item__spinner'), kind: 'animation' },
    { what: 'the widget Button hover fade', el: within(staticWidget, '.ck-w-button'), kind: 'transition' },
    { what: 'the widget busy fade', el: within(staticWidget, '.root'), kind: 'transition' },
  ];
}

describe('prefers-reduced-motion', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('everything listed moves by default (so the next test checks something real)', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const parts = await mountMovingParts();
    expect(parts.filter((part) => !moves(part)).map((part) => part.what)).to.deep.equal([]);
  });

  it('under reduce, spinners, pulses and skeletons stand still and transitions are instant', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const parts = await mountMovingParts();
    expect(parts.filter(moves).map((part) => part.what)).to.deep.equal([]);
    // Animations are removed, not sped up: a spinner turning every 0.01 ms would flicker.
    const animated = parts.filter((part) => part.kind === 'animation');
    expect(animated.map((part) => getComputedStyle(part.el, part.pseudo ?? null).animationName)).to.deep.equal(animated.map(() => 'none'));
  });

  it('follows the preference live, without remounting', async () => {
    const parts = await mountMovingParts();
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(parts.filter(moves).map((part) => part.what)).to.deep.equal([]);
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(parts.filter((part) => !moves(part)).map((part) => part.what)).to.deep.equal([]);
  });
});
