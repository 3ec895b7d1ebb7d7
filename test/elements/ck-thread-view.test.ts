import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/elements/ck-thread-view.js';
import type { CkItemActions } from '../../src/elements/ck-item-actions.js';
import type { CkThreadView } from '../../src/elements/ck-thread-view.js';
import { ItemFeedbackEvent, LoadOlderEvent } from '../../src/events/internal-events.js';
import { en } from '../../src/i18n/index.js';
import type { ThreadItem } from '../../src/schemas/index.js';
import { createInitialState, threadReducer, visibleItems, type ThreadState } from '../../src/state/index.js';
import { assistantMessage, replayCapture, stateWith, userMessage } from '../state/helpers.js';

const LOREM =
  'The quick brown fox jumps over the lazy dog while the committee reviews the quarterly numbers and drafts a plan for next year.';

/** `count` turns (user question + a paragraph of answer), ids `u<n>` / `a<n>` from `from`. */
function conversation(count: number, from = 0): ThreadItem[] {
  const items: ThreadItem[] = [];
  for (let n = from; n < from + count; n++) {
    items.push(userMessage(`u${n}`, `Question ${n}`), assistantMessage(`a${n}`, `Answer ${n}. ${LOREM}`));
  }
  return items;
}

function threadOf(items: readonly ThreadItem[], extra: Partial<ThreadState> = {}): ThreadState {
  return { ...stateWith(createInitialState(), ...items), ...extra };
}

async function mount(state: ThreadState, props: Partial<Pick<CkThreadView, 'itemActions' | 'autoScroll'>> = {}): Promise<CkThreadView> {
  const el = await fixture<CkThreadView>(
    html`<ck-thread-view style="display: block; height: 320px; width: 390px" .state=${state} .itemActions=${props.itemActions ?? { feedback: false, retry: false, custom: [] }} .autoScroll=${props.autoScroll ?? true}></ck-thread-view>`,
  );
  await layout(el);
  return el;
}

/** Waits until nested elements rendered and the ResizeObserver reacted (two frames). */
async function layout(el: CkThreadView): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
}

async function setState(el: CkThreadView, state: ThreadState): Promise<void> {
  el.state = state;
  await layout(el);
}

async function scrollTo(el: CkThreadView, top: number): Promise<void> {
  el.scrollTop = top;
  await nextFrame();
  await nextFrame();
}

function distanceFromBottom(el: CkThreadView): number {
  return el.scrollHeight - el.scrollTop - el.clientHeight;
}

function actionBars(el: CkThreadView): CkItemActions[] {
  return [...el.shadowRoot!.querySelectorAll('ck-item-actions')];
}

function jumpButton(el: CkThreadView): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part="jump"]');
}

function messageTop(el: CkThreadView, id: string): number {
  const message = [...el.shadowRoot!.querySelectorAll<HTMLElement>('ck-message')].find((m) => m.dataset['itemId'] === id);
  if (!message) throw new Error(`no message ${id}`);
  return message.getBoundingClientRect().top;
}

describe('<ck-thread-view>', () => {
  describe('item actions', () => {
    it('puts actions after the last item of a finished response (assistant message and widgets)', async () => {
      const state = await replayCapture(createInitialState(), 'threads.create.sse');
      const el = await mount(state);
      const bars = actionBars(el);
      expect(bars.length).to.equal(1);
      const last = visibleItems(state).at(-1)!;
      expect(last.type).to.equal('widget');
      expect((bars[0]!.previousElementSibling as HTMLElement | null)?.dataset['itemId']).to.equal(last.id);
      expect(bars[0]!.latest).to.equal(true);
      expect(bars[0]!.turn?.itemIds).to.deep.equal(visibleItems(state).slice(1).map((item) => item.id));
      expect(bars[0]!.getAttribute('part')).to.equal('item-actions');
    });

    it('hides the last turn’s actions while it is responding, but keeps older ones', async () => {
      const done = threadOf(conversation(2));
      const el = await mount(done);
      expect(actionBars(el).map((bar) => bar.turn?.userMessageId)).to.deep.equal(['u0', 'u1']);
      await setState(el, threadReducer(done, { type: 'request.start', kind: 'send' }));
      expect(actionBars(el).map((bar) => bar.turn?.userMessageId)).to.deep.equal(['u0']);
    });

    it('gives no actions to a turn without an assistant message or widget', async () => {
      const el = await mount(threadOf([...conversation(1), userMessage('u9', 'Unanswered')]));
      expect(actionBars(el).map((bar) => bar.turn?.userMessageId)).to.deep.equal(['u0']);
    });

    it('passes feedback, custom actions to every bar and retry to the last one only', async () => {
      const custom = [{ id: 'share', label: 'Share', icon: 'external-link' }];
      const el = await mount(threadOf(conversation(3)), { itemActions: { feedback: true, retry: true, custom } });
      const bars = actionBars(el);
      expect(bars.map((bar) => bar.feedback)).to.deep.equal([true, true, true]);
      expect(bars.map((bar) => bar.retry)).to.deep.equal([false, false, true]);
      expect(bars.map((bar) => bar.latest)).to.deep.equal([false, false, true]);
      expect(bars.map((bar) => bar.custom.map((action) => action.id).join())).to.deep.equal(['share', 'share', 'share']);
      const retryButtons = bars.map((bar) => bar.shadowRoot!.querySelectorAll('[data-action="retry"]').length);
      expect(retryButtons).to.deep.equal([0, 0, 1]);
    });

    it('offers no retry for an optimistic message the server never saved', async () => {
      const state = threadOf(conversation(1));
      const el = await mount({ ...state, optimistic: new Set(['u0']) }, { itemActions: { feedback: false, retry: true, custom: [] } });
      expect(actionBars(el)[0]?.retry).to.equal(false);
    });

    it('shows the stored feedback as pressed and reports thumbs with the turn’s item ids', async () => {
      const state = threadOf([userMessage('u0', 'Hi'), assistantMessage('a0', 'One'), assistantMessage('b0', 'Two'), ...conversation(1, 1)]);
      const el = await mount({ ...state, feedback: new Map([['b0', 'negative']]) }, { itemActions: { feedback: true, retry: false, custom: [] } });
      const [first, second] = actionBars(el);
      const pressed = (bar: CkItemActions | undefined) =>
        [...bar!.shadowRoot!.querySelectorAll('[aria-pressed]')].map((b) => `${b.getAttribute('data-action')}=${b.getAttribute('aria-pressed')}`);
      expect(pressed(first)).to.deep.equal(['feedback-positive=false', 'feedback-negative=true']);
      expect(pressed(second)).to.deep.equal(['feedback-positive=false', 'feedback-negative=false']);

      const seen: string[] = [];
      el.addEventListener(ItemFeedbackEvent.eventName, (e) => seen.push(`${e.detail.kind}:${e.detail.itemIds.join(',')}`));
      second!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="feedback-positive"]')!.click();
      first!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="feedback-positive"]')!.click();
      expect(seen).to.deep.equal(['positive:a1', 'positive:a0,b0']);
    });
  });

  describe('scrolling', () => {
    it('opens at the end and follows new output while the reader is at the bottom', async () => {
      const state = threadOf(conversation(10));
      const el = await mount(state);
      expect(el.scrollHeight).to.be.greaterThan(el.clientHeight * 2);
      expect(distanceFromBottom(el)).to.be.lessThan(2);
      await setState(el, stateWith(state, ...conversation(1, 10)));
      expect(distanceFromBottom(el)).to.be.lessThan(2);
      expect(jumpButton(el)).to.equal(null);
    });

    it('follows an answer that grows while it streams, and stays put once the reader scrolls up', async () => {
      const items = conversation(6);
      const el = await mount(threadOf(items));
      let text = `Answer 5. ${LOREM}`;
      const grow = async (): Promise<void> => {
        text += ` ${LOREM}`;
        await setState(el, stateWith(el.state, assistantMessage('a5', text)));
      };
      for (let i = 0; i < 4; i++) {
        const before = el.scrollHeight;
        await grow();
        expect(el.scrollHeight).to.be.greaterThan(before);
        expect(distanceFromBottom(el)).to.be.lessThan(2);
      }
      await scrollTo(el, 0);
      await grow();
      expect(el.scrollTop).to.be.lessThan(2);
      expect(jumpButton(el)).not.to.equal(null);
    });

    it('shows "Jump to latest" when output arrives while scrolled up, and jumps back on press', async () => {
      const state = threadOf(conversation(10));
      const el = await mount(state);
      await scrollTo(el, 100);
      const reading = messageTop(el, 'a1');
      await setState(el, stateWith(state, ...conversation(1, 10)));
      // What the reader was looking at stays put.
      expect(Math.abs(messageTop(el, 'a1') - reading)).to.be.lessThan(2);
      expect(distanceFromBottom(el)).to.be.greaterThan(80);
      const jump = jumpButton(el);
      expect(jump?.textContent.trim()).to.equal(en.jumpToLatest);
      expect(jump?.getBoundingClientRect().bottom ?? 0).to.be.at.most(el.getBoundingClientRect().bottom);
      await expect(el).to.be.accessible();

      jump!.click();
      await waitUntil(() => distanceFromBottom(el) < 2, 'did not reach the end');
      await el.updateComplete;
      expect(jumpButton(el)).to.equal(null);
      // Following again: the next output keeps the end in view.
      await setState(el, stateWith(el.state, ...conversation(1, 11)));
      expect(distanceFromBottom(el)).to.be.lessThan(2);
    });

    it('with autoScroll off, never follows output even at the bottom', async () => {
      const state = threadOf(conversation(10));
      const el = await mount(state, { autoScroll: false });
      expect(distanceFromBottom(el)).to.be.lessThan(2);
      const reading = messageTop(el, 'a9');
      await setState(el, stateWith(state, ...conversation(2, 10)));
      expect(Math.abs(messageTop(el, 'a9') - reading)).to.be.lessThan(2);
      expect(distanceFromBottom(el)).to.be.greaterThan(80);
      await waitUntil(() => jumpButton(el) !== null, 'no jump button');
    });

    it('scrollToEnd() goes to the end even with autoScroll off', async () => {
      const el = await mount(threadOf(conversation(10)), { autoScroll: false });
      await scrollTo(el, 0);
      el.scrollToEnd();
      await layout(el);
      expect(distanceFromBottom(el)).to.be.lessThan(2);
    });
  });

  describe('older items', () => {
    for (const start of [0, 40]) {
    it(`asks for older items once near the top (at ${start}px), shows loading, and keeps the reader’s place`, async () => {
      const state = threadOf(conversation(10, 10), { hasMoreBefore: true, beforeCursor: 'u10' });
      const el = await mount(state);
      const requests: LoadOlderEvent[] = [];
      let finish: () => void = () => undefined;
      el.addEventListener(LoadOlderEvent.eventName, (e) => {
        requests.push(e);
        e.detail.result = new Promise<void>((resolve) => {
          finish = resolve;
        });
      });
      expect(requests.length).to.equal(0);

      await scrollTo(el, start);
      expect(requests.length).to.equal(1);
      expect(requests[0]!.composed).to.equal(true);
      const loading = { ...el.state, loadingOlder: true };
      await setState(el, loading);
      expect(el.shadowRoot!.querySelector('[part="older"]')?.textContent.trim()).to.equal(en.loadingOlder);
      // More scrolling at the top while the page loads asks for nothing more.
      await scrollTo(el, 0);
      await scrollTo(el, start);
      expect(requests.length).to.equal(1);

      const before = messageTop(el, 'u10');
      const page = { data: conversation(10, 0).reverse(), has_more: true, after: 'u0' };
      await setState(el, { ...threadReducer(loading, { type: 'items.prepended', page }), loadingOlder: false });
      finish();
      await layout(el);
      expect(visibleItems(el.state)[0]?.id).to.equal('u0');
      expect(Math.abs(messageTop(el, 'u10') - before)).to.be.lessThan(2);
      expect(el.scrollTop).to.be.greaterThan(LOREM.length);
      expect(requests.length).to.equal(1);
    });
    }

    it('loads more on its own while the first page does not fill the viewport', async () => {
      const requests: number[] = [];
      const el = await fixture<CkThreadView>(
        html`<ck-thread-view
          style="display: block; height: 320px; width: 390px"
          @ck-load-older=${() => requests.push(1)}
          .state=${threadOf(conversation(1), { hasMoreBefore: true, beforeCursor: 'u0' })}
        ></ck-thread-view>`,
      );
      await layout(el);
      expect(el.scrollHeight).to.be.at.most(el.clientHeight);
      expect(requests.length).to.equal(1);
    });

    it('has a "Load earlier messages" button, and it shows a failed load', async () => {
      const el = await mount(threadOf(conversation(10), { hasMoreBefore: true, beforeCursor: 'u0' }));
      let calls = 0;
      el.addEventListener(LoadOlderEvent.eventName, (e) => {
        calls += 1;
        e.detail.result = Promise.reject(new Error('offline'));
      });
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.older-button');
      expect(button?.textContent.trim()).to.equal(en.loadOlder);
      button!.click();
      await layout(el);
      expect(calls).to.equal(1);
      expect(el.shadowRoot!.querySelector('[part="older"]')?.textContent).to.contain(en.loadOlderFailed);
      // A failure stops automatic loading at the top; the button still works.
      await scrollTo(el, 0);
      expect(calls).to.equal(1);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.older-button')!.click();
      expect(calls).to.equal(2);
    });

    it('shows no older row when nothing older exists', async () => {
      const el = await mount(threadOf(conversation(2)));
      expect(el.shadowRoot!.querySelector('[part="older"]')).to.equal(null);
    });
  });
});
