import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/elements/ck-thread-view.js';
import type { CkItemActions } from '../../src/elements/ck-item-actions.js';
import type { CkMessage } from '../../src/elements/ck-message.js';
import type { CkThreadView, ThreadItemActionsConfig } from '../../src/elements/ck-thread-view.js';
import { TranscriptWindow, WINDOW_CHUNK, WINDOW_INITIAL } from '../../src/elements/thread-window.js';
import { LoadOlderEvent } from '../../src/events/internal-events.js';
import { en } from '../../src/i18n/index.js';
import type { Thread, ThreadItem } from '../../src/schemas/index.js';
import { createInitialState, threadReducer, visibleItems, type ThreadState } from '../../src/state/index.js';
import { assistantMessage, userMessage } from '../state/helpers.js';

const LOREM = 'The quick brown fox jumps over the lazy dog while the committee reviews the quarterly numbers.';

/** `count` turns (user question + a paragraph of answer), ids `u<n>` / `a<n>` from `from`. */
function conversation(count: number, from = 0): ThreadItem[] {
  const items: ThreadItem[] = [];
  for (let n = from; n < from + count; n++) {
    items.push(userMessage(`u${n}`, `Question ${n}`), assistantMessage(`a${n}`, `Answer ${n}. ${LOREM}`));
  }
  return items;
}

/** A loaded thread (one `thread.loaded`, as the session does; not one reducer step per item). */
function loaded(id: string, items: readonly ThreadItem[], extra: Partial<ThreadState> = {}): ThreadState {
  const thread: Thread = {
    id,
    title: id,
    created_at: '2026-01-01T00:00:00',
    status: { type: 'active' },
    metadata: {},
    items: { data: [...items], has_more: false },
  };
  return { ...threadReducer(createInitialState(), { type: 'thread.loaded', thread }), ...extra };
}

/** 5,000 items: 2,500 turns. */
const LONG = conversation(2500);

async function mount(state: ThreadState, itemActions?: ThreadItemActionsConfig): Promise<CkThreadView> {
  const el = await fixture<CkThreadView>(
    html`<ck-thread-view
      style="display: block; height: 320px; width: 390px"
      .state=${state}
      .itemActions=${itemActions ?? { feedback: false, retry: false, custom: [] }}
    ></ck-thread-view>`,
  );
  await layout(el);
  return el;
}

/** Waits until nested elements rendered and the ResizeObserver (and a reveal it asked for) ran. */
async function layout(el: CkThreadView): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  await nextFrame();
}

async function setState(el: CkThreadView, state: ThreadState): Promise<void> {
  el.state = state;
  await layout(el);
}

async function scrollTo(el: CkThreadView, top: number): Promise<void> {
  el.scrollTop = top;
  await layout(el);
}

function messages(el: CkThreadView): CkMessage[] {
  return [...el.shadowRoot!.querySelectorAll('ck-message')];
}

function shownIds(el: CkThreadView): string[] {
  return messages(el).map((message) => message.dataset['itemId'] ?? '');
}

function idsOf(items: readonly ThreadItem[]): string[] {
  return items.map((item) => item.id);
}

function messageTop(el: CkThreadView, id: string): number {
  const message = messages(el).find((m) => m.dataset['itemId'] === id);
  if (!message) throw new Error(`no message ${id}`);
  return message.getBoundingClientRect().top;
}

/** The first message whose top is inside the viewport: what the reader is looking at. */
function firstInView(el: CkThreadView): string {
  const top = el.getBoundingClientRect().top;
  const message = messages(el).find((m) => m.getBoundingClientRect().top >= top);
  if (!message) throw new Error('nothing in view');
  return message.dataset['itemId'] ?? '';
}

function distanceFromBottom(el: CkThreadView): number {
  return el.scrollHeight - el.scrollTop - el.clientHeight;
}

function olderButton(el: CkThreadView): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('.older-button');
}

/** Records `ck-load-older` requests, answering each with a promise that never settles. */
function recordLoadOlder(el: CkThreadView): LoadOlderEvent[] {
  const requests: LoadOlderEvent[] = [];
  el.addEventListener(LoadOlderEvent.eventName, (e) => {
    requests.push(e);
    e.detail.result = new Promise<void>(() => undefined);
  });
  return requests;
}

/** Counts `update()` calls (Lit's render + commit) of an element from now on. */
function countUpdates(element: CkMessage | CkItemActions): () => number {
  let calls = 0;
  const target = element as unknown as { update(changed: unknown): void };
  const original = target.update.bind(target);
  target.update = (changed: unknown) => {
    calls += 1;
    original(changed);
  };
  return () => calls;
}

function textDelta(itemId: string, delta: string): Parameters<typeof threadReducer>[1] {
  return {
    type: 'stream.event',
    event: { type: 'thread.item.updated', item_id: itemId, update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta } },
  };
}

describe('<ck-thread-view> windowed rendering', () => {
  it('opens a 5,000-item thread at its end with only the newest items rendered', async () => {
    const el = await mount(loaded('t1', LONG));
    expect(messages(el).length).to.be.at.most(WINDOW_INITIAL);
    expect(shownIds(el)).to.deep.equal(idsOf(LONG.slice(-messages(el).length)));
    expect(distanceFromBottom(el)).to.be.lessThan(2);
    // Older loaded items are a button away, even when the server has nothing older.
    expect(olderButton(el)?.textContent.trim()).to.equal(en.loadOlder);
  });

  it('reveals the next chunk at the top, keeping the reader’s place, and asks the server only when all are shown', async () => {
    const items = conversation(50);
    const el = await mount(loaded('t1', items, { hasMoreBefore: true, beforeCursor: 'u0' }));
    const requests = recordLoadOlder(el);
    expect(shownIds(el)).to.deep.equal(idsOf(items.slice(-WINDOW_INITIAL)));

    el.scrollTop = 0;
    // The same frame the scroll is handled in: what is on screen before any reveal.
    const reading = firstInView(el);
    const before = messageTop(el, reading);
    await layout(el);
    expect(shownIds(el)).to.deep.equal(idsOf(items.slice(-(WINDOW_INITIAL + WINDOW_CHUNK))));
    expect(Math.abs(messageTop(el, reading) - before)).to.be.lessThan(2);
    expect(el.scrollTop).to.be.greaterThan(0);
    expect(requests.length).to.equal(0);

    // The rest of what is loaded (20 items), then the server.
    await scrollTo(el, 0);
    expect(shownIds(el)).to.deep.equal(idsOf(items));
    expect(requests.length).to.equal(0);
    await scrollTo(el, 0);
    expect(requests.length).to.equal(1);
  });

  it('"Load earlier messages" reveals loaded items before it asks the server', async () => {
    const items = conversation(30);
    const el = await mount(loaded('t1', items, { hasMoreBefore: true, beforeCursor: 'u0' }));
    const requests = recordLoadOlder(el);
    const reading = firstInView(el);
    const before = messageTop(el, reading);
    olderButton(el)!.click();
    await layout(el);
    expect(shownIds(el)).to.deep.equal(idsOf(items));
    expect(Math.abs(messageTop(el, reading) - before)).to.be.lessThan(2);
    expect(requests.length).to.equal(0);
    olderButton(el)!.click();
    expect(requests.length).to.equal(1);
  });

  it('shows a prepended page at once when everything loaded was shown, only its newest chunk', async () => {
    const el = await mount(loaded('t1', conversation(10, 100), { hasMoreBefore: true, beforeCursor: 'u100' }));
    recordLoadOlder(el);
    await scrollTo(el, 0);
    const reading = firstInView(el);
    const before = messageTop(el, reading);
    const page = { data: conversation(100).reverse(), has_more: false };
    await setState(el, threadReducer(el.state, { type: 'items.prepended', page }));
    const all = visibleItems(el.state);
    expect(all.length).to.equal(220);
    // 20 shown before, a chunk of the 200 new ones now, the rest behind the button.
    expect(shownIds(el)).to.deep.equal(idsOf(all.slice(-(20 + WINDOW_CHUNK))));
    expect(Math.abs(messageTop(el, reading) - before)).to.be.lessThan(2);
    expect(olderButton(el)).to.not.equal(null);
  });

  it('renders new items at the end while older ones stay hidden', async () => {
    const el = await mount(loaded('t1', LONG));
    const count = messages(el).length;
    await setState(el, threadReducer(el.state, { type: 'stream.event', event: { type: 'thread.item.done', item: userMessage('new', 'Hello') } }));
    expect(messages(el).length).to.equal(count + 1);
    expect(shownIds(el).at(-1)).to.equal('new');
    expect(distanceFromBottom(el)).to.be.lessThan(2);
  });

  it('streaming into the last item of a 5,000-item thread updates only that message', async () => {
    const custom = [{ id: 'share', label: 'Share' }];
    let state = threadReducer(loaded('t1', LONG), { type: 'request.start', kind: 'send' });
    state = threadReducer(state, { type: 'stream.event', event: { type: 'thread.item.added', item: assistantMessage('z', '') } });
    const el = await mount(state, { feedback: true, retry: true, custom });
    const shown = messages(el);
    const last = shown.at(-1)!;
    expect(last.dataset['itemId']).to.equal('z');
    const others = shown.slice(0, -1).map((message) => ({ message, updates: countUpdates(message) }));
    const bars = [...el.shadowRoot!.querySelectorAll('ck-item-actions')].map(countUpdates);
    expect(bars.length).to.be.greaterThan(0);
    const lastUpdates = countUpdates(last);

    for (let i = 0; i < 50; i++) {
      state = threadReducer(state, textDelta('z', `word${i} `));
      el.state = state;
      // `<chat-kit>` resolves its options again every frame: equal actions in a new object.
      el.itemActions = { feedback: true, retry: true, custom: [...custom] };
      await el.updateComplete;
      await nextFrame();
    }
    expect(last.shadowRoot!.textContent).to.contain('word49');
    expect(lastUpdates()).to.equal(50);
    expect(others.filter(({ updates }) => updates() > 0).map(({ message }) => message.dataset['itemId'])).to.deep.equal([]);
    expect(bars.map((updates) => updates())).to.deep.equal(bars.map(() => 0));
    // The very same elements: nothing was re-created either.
    expect(messages(el).slice(0, -1)).to.deep.equal(others.map(({ message }) => message));
  });

  it('shrinks back to the newest items when the reader returns to the end', async () => {
    const el = await mount(loaded('t1', LONG));
    for (let i = 0; i < 3; i++) await scrollTo(el, 0);
    const revealed = messages(el).length;
    expect(revealed).to.be.greaterThan(WINDOW_INITIAL + WINDOW_CHUNK);

    el.scrollToEnd();
    await layout(el);
    await setState(el, threadReducer(el.state, { type: 'stream.event', event: { type: 'thread.item.done', item: userMessage('new', 'Hi') } }));
    expect(messages(el).length).to.be.lessThan(revealed);
    expect(messages(el).length).to.be.at.least(WINDOW_INITIAL);
    expect(shownIds(el).at(-1)).to.equal('new');
    expect(distanceFromBottom(el)).to.be.lessThan(2);
    // The kept part fills the viewport: nothing is revealed again at once.
    expect(el.scrollHeight).to.be.greaterThan(el.clientHeight * 2);
  });

  it('keeps what the reader revealed while they read above the end', async () => {
    const el = await mount(loaded('t1', LONG));
    for (let i = 0; i < 3; i++) await scrollTo(el, 0);
    const revealed = shownIds(el);
    const reading = firstInView(el);
    const before = messageTop(el, reading);
    await setState(el, threadReducer(el.state, { type: 'stream.event', event: { type: 'thread.item.done', item: userMessage('new', 'Hi') } }));
    expect(shownIds(el)).to.deep.equal([...revealed, 'new']);
    expect(Math.abs(messageTop(el, reading) - before)).to.be.lessThan(2);
  });

  it('switching threads resets the window', async () => {
    const el = await mount(loaded('t1', LONG));
    await scrollTo(el, 0);
    expect(messages(el).length).to.be.greaterThan(WINDOW_INITIAL);

    const other = conversation(2500, 5000);
    await setState(el, loaded('t2', other));
    expect(shownIds(el)).to.deep.equal(idsOf(other.slice(-WINDOW_INITIAL)));
    expect(distanceFromBottom(el)).to.be.lessThan(2);

    await setState(el, loaded('t1', LONG));
    expect(shownIds(el)).to.deep.equal(idsOf(LONG.slice(-WINDOW_INITIAL)));
  });

  it('renders every item of a thread shorter than the window, with no older row', async () => {
    const items = conversation(WINDOW_INITIAL / 2 - 1);
    const el = await mount(loaded('t1', items));
    expect(shownIds(el)).to.deep.equal(idsOf(items));
    expect(el.shadowRoot!.querySelector('[part="older"]')).to.equal(null);
  });

  it('gives a turn cut by the window its actions over all of its items', async () => {
    // One answer of 50 items: the window starts inside it.
    const items = [userMessage('u0', 'Q'), ...Array.from({ length: 50 }, (_, i) => assistantMessage(`a${i}`, `Part ${i}`))];
    const el = await mount(loaded('t1', items));
    expect(shownIds(el)[0]).to.not.equal('u0');
    const bar = el.shadowRoot!.querySelector<CkItemActions>('ck-item-actions');
    expect(bar?.turn?.userMessageId).to.equal('u0');
    expect(bar?.turn?.itemIds).to.deep.equal(idsOf(items.slice(1)));
  });

  it('revealItem() renders a hidden item and resolves with its message', async () => {
    const el = await mount(loaded('t1', LONG));
    expect(shownIds(el)).to.not.include('u2470');
    const message = await el.revealItem('u2470');
    expect(message?.dataset['itemId']).to.equal('u2470');
    expect(message?.isConnected).to.equal(true);
    expect(shownIds(el)[0]).to.equal('u2470');
    expect(await el.revealItem('missing')).to.equal(null);
  });
});

describe('TranscriptWindow', () => {
  const items = conversation(50);

  it('starts at the newest items and keeps its first item across appends and prepends', () => {
    const win = new TranscriptWindow();
    const start = win.view(items).start;
    expect(start).to.equal(items.length - WINDOW_INITIAL);
    const first = items[start]!.id;
    const appended = [...items, userMessage('x', 'More')];
    expect(win.view(appended).items[0]?.id).to.equal(first);
    const prepended = [...conversation(5, 100), ...appended];
    expect(win.view(prepended).items[0]?.id).to.equal(first);
    expect(win.view(prepended).items.at(-1)?.id).to.equal('x');
  });

  it('keeps as many items when its first item goes away', () => {
    const win = new TranscriptWindow();
    const shown = win.view(items).items.length;
    const first = win.view(items).items[0]!.id;
    const without = items.filter((item) => item.id !== first);
    expect(win.view(without).items.length).to.equal(shown);
  });

  it('returns the same view for the same items, and reuses unchanged turns', () => {
    const win = new TranscriptWindow();
    const view = win.view(items);
    expect(win.view(items)).to.equal(view);
    const grown = [...items.slice(0, -1), assistantMessage(items.at(-1)!.id, 'Changed')];
    const next = win.view(grown);
    expect(next.turns.slice(0, -1)).to.deep.equal(view.turns.slice(0, -1));
    expect(next.turns.slice(0, -1).every((turn, i) => turn === view.turns[i])).to.equal(true);
    expect(next.turns.at(-1)).to.not.equal(view.turns.at(-1));
  });
});
