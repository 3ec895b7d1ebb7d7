/**
 * Issue #6 through the public `<chat-kit>` element: the history panel, thread status and the
 * header's app buttons, replayed against server captures.
 */
import { expect } from '@open-wc/testing';
import type { ChatKit } from '../src/index.js';
import type { CkHistoryPanel } from '../src/elements/ck-history-panel.js';
import { fakeFetch, type FakeFetch } from './helpers/fake-fetch.js';
import { loadJsonFixture } from './helpers/fixtures.js';
import { composerInput, deepQuery, mountChat, recordEvents, settle, transcriptText } from './helpers/mount.js';

interface ThreadJson {
  id: string;
  title?: string | null;
  status: { type: string; reason?: string };
  items: { data: { id: string }[]; has_more: boolean };
  [key: string]: unknown;
}

const THREAD_ID = 'thr_b46d1d4c';

/** Resolves once `check` holds, re-rendering between tries; fails with `what` after ~300 frames. */
async function until(el: Element, check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (check()) return;
    await settle(el);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The captured thread, optionally with another status. */
async function capturedThread(status?: ThreadJson['status']): Promise<ThreadJson> {
  const thread = await loadJsonFixture<ThreadJson>('threads.get_by_id.json');
  return status ? { ...thread, status } : thread;
}

/** The newest-first `items.list` page the element asks for when it opens `thread`. */
function newestFirst(thread: ThreadJson): { data: unknown[]; has_more: boolean } {
  return { data: [...thread.items.data].reverse(), has_more: false };
}

/** Routes `threads.get_by_id` and `items.list` to `thread`. */
function serveThread(f: FakeFetch, thread: ThreadJson): FakeFetch {
  return f.reply('threads.get_by_id', { json: thread }).reply('items.list', { json: newestFirst(thread) });
}

/** A one-entry history listing the captured thread (metadata only). */
async function listOfCapturedThread(): Promise<unknown> {
  const thread = await capturedThread();
  return { data: [{ ...thread, items: { data: [], has_more: false } }], has_more: false };
}

function header(el: ChatKit): ShadowRoot {
  return deepQuery(el, 'ck-header')!.shadowRoot!;
}

function panel(el: ChatKit): CkHistoryPanel | null {
  return el.shadowRoot!.querySelector('ck-history-panel');
}

function panelRoot(el: ChatKit): ShadowRoot {
  const found = panel(el);
  if (!found?.shadowRoot) throw new Error('the history panel is not open');
  return found.shadowRoot;
}

/** Titles of the listed conversations, as shown. */
function entryTitles(el: ChatKit): string[] {
  return [...panelRoot(el).querySelectorAll('[part~="item"] .title')].map((title) => title.textContent.trim());
}

function entryButton(el: ChatKit, threadId: string, selector: string): HTMLButtonElement | null {
  return panelRoot(el).querySelector<HTMLButtonElement>(`[data-id="${threadId}"] ${selector}`);
}

describe('<chat-kit> thread history', () => {
  it('the header History button opens the panel, which lists threads.list pages', async () => {
    const f = fakeFetch()
      .reply('threads.list', 'threads.list.json')
      .reply((call) => call.body.type === 'threads.list' && call.body.params?.['after'] !== undefined, 'threads.list.page2.json');
    const el = await mountChat(f);
    const button = header(el).querySelector<HTMLButtonElement>('[part="history"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await settle(el);
    expect(panel(el)).to.exist;
    expect(deepQuery(el, 'ck-composer')).to.equal(null);
    expect(f.callsOf('threads.list')[0]!.body.params).to.deep.equal({ limit: 20, order: 'desc' });
    // The first page says there is more and the short list leaves room: the next page follows.
    await until(el, () => entryTitles(el).length === 2, 'both pages');
    expect(entryTitles(el)).to.deep.equal(['second thread', 'Renamed thread']);
    expect(f.callsOf('threads.list')[1]!.body.params).to.deep.equal({ limit: 20, order: 'desc', after: 'thr_0ae318cc' });
    expect(header(el).querySelector('[part="history"]')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('showHistory() and hideHistory() open and close the panel', async () => {
    const f = fakeFetch().reply('threads.list', { json: await listOfCapturedThread() });
    const el = await mountChat(f);
    const seen = recordEvents(el, ['chatkit.history.open', 'chatkit.history.close']);
    await el.showHistory();
    await settle(el);
    expect(panel(el)).to.exist;
    expect(f.callsOf('threads.list')).to.have.length(1);
    expect(seen.map((event) => event.name)).to.deep.equal(['chatkit.history.open']);
    await el.hideHistory();
    await settle(el);
    expect(panel(el)).to.equal(null);
    // The ChatKit JS events (onHistoryOpen / onHistoryClose in @openai/chatkit-react).
    expect(seen.map((event) => event.name)).to.deep.equal(['chatkit.history.open', 'chatkit.history.close']);
    expect(deepQuery(el, 'ck-start-screen')).to.exist;
    expect(deepQuery(el, 'ck-composer')).to.exist;
  });

  it('choosing an entry loads that thread, closes the panel and fires the load events', async () => {
    const f = serveThread(fakeFetch().reply('threads.list', { json: await listOfCapturedThread() }), await capturedThread());
    const el = await mountChat(f);
    await el.showHistory();
    await until(el, () => entryButton(el, THREAD_ID, '.open') !== null, 'the entry');
    const events = recordEvents(el, ['chatkit.thread.load.start', 'chatkit.thread.load.end', 'chatkit.thread.change']);
    entryButton(el, THREAD_ID, '.open')!.click();
    await until(el, () => events.length === 3, 'the load events');
    await settle(el);

    expect(f.callsOf('threads.get_by_id')[0]!.body.params).to.deep.equal({ thread_id: THREAD_ID });
    expect(f.callsOf('items.list')[0]!.body.params).to.deep.equal({ thread_id: THREAD_ID, order: 'desc', limit: 20 });
    expect(events).to.deep.equal([
      { name: 'chatkit.thread.load.start', detail: { threadId: THREAD_ID } },
      { name: 'chatkit.thread.change', detail: { threadId: THREAD_ID } },
      { name: 'chatkit.thread.load.end', detail: { threadId: THREAD_ID } },
    ]);
    expect(panel(el)).to.equal(null);
    expect(el.activeThreadId).to.equal(THREAD_ID);
    expect(transcriptText(el)).to.contain('Hello from the ChatKit peer.');
    expect(deepQuery(el, '[part="title"]')!.textContent.trim()).to.equal('Show me the demo');
  });

  it('renames a thread through the panel with threads.update', async () => {
    const f = fakeFetch().reply('threads.list', { json: await listOfCapturedThread() }).reply('threads.update', 'threads.update.json');
    const el = await mountChat(f);
    await el.showHistory();
    await until(el, () => entryButton(el, THREAD_ID, '[data-action="rename"]') !== null, 'the entry');
    entryButton(el, THREAD_ID, '[data-action="rename"]')!.click();
    await settle(el);
    const field = panelRoot(el).querySelector<HTMLInputElement>('[part="rename-field"]')!;
    expect(field.value).to.equal('Show me the demo');
    field.value = 'Renamed thread';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    panelRoot(el).querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    await until(el, () => panelRoot(el).querySelector('[part="rename-field"]') === null, 'the rename to finish');

    expect(f.callsOf('threads.update')).to.have.length(1);
    expect(f.callsOf('threads.update')[0]!.body.params).to.deep.equal({ thread_id: THREAD_ID, title: 'Renamed thread' });
    expect(entryTitles(el)).to.deep.equal(['Renamed thread']);
  });

  it('deleting the open thread sends threads.delete and goes back to the new-thread view', async () => {
    const f = serveThread(fakeFetch(), await capturedThread())
      .reply('threads.list', { json: await listOfCapturedThread() })
      .reply('threads.delete', 'threads.delete.json');
    const el = await mountChat(f);
    await el.setThreadId(THREAD_ID);
    const changes = recordEvents(el, ['chatkit.thread.change']);
    await el.showHistory();
    await until(el, () => entryButton(el, THREAD_ID, '[data-action="delete"]') !== null, 'the entry');
    entryButton(el, THREAD_ID, '[data-action="delete"]')!.click();
    await settle(el);
    // Nothing is deleted before the user confirms.
    expect(f.callsOf('threads.delete')).to.have.length(0);
    panelRoot(el).querySelector<HTMLButtonElement>('[data-action="confirm-delete"]')!.click();
    await until(el, () => el.activeThreadId === null, 'the thread to be left');
    await settle(el);

    expect(f.callsOf('threads.delete')[0]!.body.params).to.deep.equal({ thread_id: THREAD_ID });
    expect(changes).to.deep.equal([{ name: 'chatkit.thread.change', detail: { threadId: null } }]);
    expect(panelRoot(el).querySelector('[data-id]')).to.equal(null);
    await el.hideHistory();
    await settle(el);
    expect(deepQuery(el, 'ck-start-screen')).to.exist;
    expect(transcriptText(el)).to.equal('');
  });

  it('history.enabled: false removes the History button and showHistory() rejects', async () => {
    const f = fakeFetch();
    const el = await mountChat(f, { history: { enabled: false } });
    expect(header(el).querySelector('[part="history"]')).to.equal(null);
    const error = await el.showHistory().then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(error)).to.contain('history is disabled');
    await settle(el);
    expect(panel(el)).to.equal(null);
    expect(f.callsOf('threads.list')).to.have.length(0);
  });

  it('showRename: false and showDelete: false hide those actions', async () => {
    const list = await listOfCapturedThread();
    const f = fakeFetch().reply('threads.list', { json: list });
    const el = await mountChat(f, { history: { showRename: false } });
    await el.showHistory();
    await until(el, () => entryButton(el, THREAD_ID, '.open') !== null, 'the entry');
    expect(entryButton(el, THREAD_ID, '[data-action="rename"]')).to.equal(null);
    expect(entryButton(el, THREAD_ID, '[data-action="delete"]')).to.exist;

    const g = fakeFetch().reply('threads.list', { json: list });
    const other = await mountChat(g, { history: { showDelete: false } });
    await other.showHistory();
    await until(other, () => entryButton(other, THREAD_ID, '.open') !== null, 'the entry');
    expect(entryButton(other, THREAD_ID, '[data-action="delete"]')).to.equal(null);
    expect(entryButton(other, THREAD_ID, '[data-action="rename"]')).to.exist;
  });
});

describe('<chat-kit> thread status', () => {
  it('a locked thread disables the composer and shows the reason as its placeholder', async () => {
    const thread = await capturedThread({ type: 'locked', reason: 'Read-only while the agent is away.' });
    const el = await mountChat(serveThread(fakeFetch(), thread));
    await el.setThreadId(THREAD_ID);
    await settle(el);
    const composer = deepQuery<HTMLElement & { disabled: boolean }>(el, 'ck-composer')!;
    expect(composer.disabled).to.equal(true);
    expect(composerInput(el).placeholder).to.equal('Read-only while the agent is away.');
    expect(deepQuery<HTMLButtonElement>(el, '[part="send"]')!.disabled).to.equal(true);
    expect(deepQuery(el, '[part="editor"]')!.getAttribute('contenteditable')).to.equal('false');
  });

  it('a closed thread replaces the composer with the reason', async () => {
    const thread = await capturedThread({ type: 'closed', reason: 'This conversation has ended.' });
    const el = await mountChat(serveThread(fakeFetch(), thread));
    await el.setThreadId(THREAD_ID);
    await settle(el);
    expect(deepQuery(el, 'ck-composer')).to.equal(null);
    expect(deepQuery(el, '[part="closed"]')!.textContent.trim()).to.equal('This conversation has ended.');
    // The transcript is still there to read.
    expect(transcriptText(el)).to.contain('Show me the demo');
  });
});

describe('<chat-kit> header actions', () => {
  it('header.leftAction renders a button with its label that calls onClick', async () => {
    let clicks = 0;
    const el = await mountChat(fakeFetch(), {
      header: {
        leftAction: {
          icon: 'sidebar-left',
          label: 'Menu',
          onClick: () => {
            clicks += 1;
          },
        },
      },
    });
    const button = header(el).querySelector<HTMLButtonElement>('[part="left-action"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Menu');
    expect(button.querySelector('svg')).to.exist;
    expect(clicks).to.equal(0);
    button.click();
    expect(clicks).to.equal(1);
  });
});
