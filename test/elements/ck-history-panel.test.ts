import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CkHistoryPanel } from '../../src/elements/ck-history-panel.js';
import { HistoryDeleteEvent, HistoryMoreEvent, HistoryOpenEvent, HistoryRenameEvent, HistoryToggleEvent } from '../../src/events/internal-events.js';
import type { ThreadMetadata } from '../../src/schemas/index.js';
import { loadJsonFixture } from '../helpers/fixtures.js';

type Props = Partial<Pick<CkHistoryPanel, 'threads' | 'hasMore' | 'loading' | 'loaded' | 'error' | 'activeThreadId' | 'showRename' | 'showDelete' | 'locale' | 'now'>>;

/** Local noon, so "today" and "yesterday" do not depend on the machine's time zone. */
const NOW = new Date(2026, 10, 23, 12, 0).getTime();
/** A naive UTC timestamp (as the server writes them) for a local wall-clock time. */
const at = (year: number, month: number, day: number, hour = 9): string => new Date(year, month, day, hour).toISOString().replace('Z', '');

const thread = (id: string, title: string | undefined, created_at = at(2026, 10, 23)): ThreadMetadata => ({
  id,
  title,
  created_at,
  status: { type: 'active' },
  metadata: {},
});

const three = [thread('a', 'Alpha'), thread('b', 'Bravo'), thread('c', 'Charlie')];

/** `before` runs ahead of the first render (to listen for events fired on connecting). */
async function mount(props: Props = {}, height = 400, before?: (el: CkHistoryPanel) => void): Promise<CkHistoryPanel> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="display: flex; flex-direction: column; width: 390px; height: ${height}px"></div>`);
  const el = new CkHistoryPanel();
  Object.assign(el, { now: NOW, loaded: true, hasMore: false, ...props });
  before?.(el);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: CkHistoryPanel): ShadowRoot => el.shadowRoot!;
const q = (el: CkHistoryPanel, selector: string): HTMLElement | null => root(el).querySelector<HTMLElement>(selector);
const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const entryTitles = (el: CkHistoryPanel): string[] => [...root(el).querySelectorAll('.row .title')].map(text);
const entry = (el: CkHistoryPanel, id: string): HTMLButtonElement => (q(el, `.row[data-id="${id}"] .open`) as HTMLButtonElement);
const action = (el: CkHistoryPanel, id: string, name: string): HTMLButtonElement => (q(el, `.row[data-id="${id}"] [data-action="${name}"]`) as HTMLButtonElement);
/** Which entry has focus, as its thread id (or the focused element's class). */
function focused(el: CkHistoryPanel): string {
  const active = root(el).activeElement as HTMLElement | null;
  if (!active) return 'none';
  if (active.classList.contains('open')) return active.closest<HTMLElement>('.row')!.dataset.id!;
  return active.dataset.action ?? active.className;
}

function record<E extends Event>(el: CkHistoryPanel, name: string, onEvent?: (event: E) => void): E[] {
  const seen: E[] = [];
  el.addEventListener(name, (event) => {
    seen.push(event as E);
    onEvent?.(event as E);
  });
  return seen;
}

async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i += 1) await nextFrame();
}

describe('<ck-history-panel>', () => {
  it('lists the captured threads with titles, dates and the open thread marked', async () => {
    type Page = { data: ThreadMetadata[] };
    const first = await loadJsonFixture<Page>('threads.list.json');
    const second = await loadJsonFixture<Page>('threads.list.page2.json');
    // A day after the captures: both fall under "Yesterday" in every time zone.
    const el = await mount({ threads: [...first.data, ...second.data], activeThreadId: 'thr_b46d1d4c', now: Date.UTC(2026, 10, 24, 12) });
    expect(text(q(el, '.heading'))).to.equal('History');
    expect(entryTitles(el)).to.deep.equal(['second thread', 'Renamed thread']);
    expect([...root(el).querySelectorAll('[part="group-label"]')].map(text)).to.deep.equal(['Yesterday']);
    expect(entry(el, 'thr_b46d1d4c').getAttribute('aria-current')).to.equal('true');
    expect(entry(el, 'thr_0ae318cc').hasAttribute('aria-current')).to.equal(false);
    const time = q(el, '.row[data-id="thr_0ae318cc"] time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-11-23T19:12:05.915Z');
    expect(text(time)).to.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('groups by date with localized month labels and shows "New chat" for untitled threads', async () => {
    const el = await mount({
      threads: [
        thread('t1', 'Morning', at(2026, 10, 23, 8)),
        thread('t2', undefined, at(2026, 10, 22)),
        thread('t3', 'Last week', at(2026, 10, 18)),
        thread('t4', 'This month', at(2026, 10, 2)),
        thread('t5', 'October', at(2026, 9, 1)),
        thread('t6', 'Old', at(2025, 11, 5)),
      ],
    });
    expect([...root(el).querySelectorAll('[part="group-label"]')].map(text)).to.deep.equal([
      'Today',
      'Yesterday',
      'Previous 7 days',
      'Previous 30 days',
      'October 2026',
      'December 2025',
    ]);
    expect(entryTitles(el)).to.deep.equal(['Morning', 'New chat', 'Last week', 'This month', 'October', 'Old']);
    el.locale = 'fr';
    await el.updateComplete;
    expect(text(root(el).querySelectorAll('[part="group-label"]')[4]!)).to.equal('octobre 2026');
  });

  it('opens a thread on click and with Enter', async () => {
    const el = await mount({ threads: three });
    const opened = record<HistoryOpenEvent>(el, HistoryOpenEvent.eventName);
    entry(el, 'b').click();
    entry(el, 'c').focus();
    await sendKeys({ press: 'Enter' });
    expect(opened.map((e) => e.detail.threadId)).to.deep.equal(['b', 'c']);
  });

  it('moves between entries with the arrow keys, Home and End, with one tab stop', async () => {
    const el = await mount({
      threads: [...three, thread('d', 'Delta', at(2026, 10, 20))],
      activeThreadId: 'b',
    });
    const tabStops = (): string[] => [...root(el).querySelectorAll<HTMLElement>('.open')].filter((b) => b.tabIndex === 0).map((b) => b.closest<HTMLElement>('.row')!.dataset.id!);
    expect(tabStops()).to.deep.equal(['b']);
    await el.focusInitial();
    expect(focused(el)).to.equal('b');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('c');
    // Across the group boundary.
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('d');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('d');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('a');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal('a');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('d');
    await el.updateComplete;
    expect(tabStops()).to.deep.equal(['d']);
    // Tab reaches the focused row's own actions.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('rename');
  });

  it('focuses the heading on open when the active thread is not listed', async () => {
    const el = await mount({ threads: three, activeThreadId: 'elsewhere' });
    await el.focusInitial();
    expect((root(el).activeElement as HTMLElement | null)?.className).to.equal('heading');
  });

  it('closes with the close button and with Escape', async () => {
    const el = await mount({ threads: three });
    const toggles = record<HistoryToggleEvent>(el, HistoryToggleEvent.eventName);
    q(el, '[part="close-button"]')!.click();
    expect(q(el, '[part="close-button"]')!.getAttribute('aria-label')).to.equal('Close history');
    entry(el, 'a').focus();
    await sendKeys({ press: 'Escape' });
    expect(toggles.map((e) => e.detail.open)).to.deep.equal([false, false]);
  });

  it('renames inline: Enter sends the trimmed title, waits for the result and returns focus', async () => {
    const el = await mount({ threads: three });
    let finish!: () => void;
    const renames = record<HistoryRenameEvent>(el, HistoryRenameEvent.eventName, (event) => {
      event.detail.result = new Promise<void>((resolve) => (finish = resolve));
    });
    action(el, 'b', 'rename').click();
    await el.updateComplete;
    const field = (q(el, '.field') as HTMLInputElement);
    expect(field.value).to.equal('Bravo');
    expect(field.getAttribute('aria-label')).to.equal('Conversation title');
    expect(focused(el)).to.equal('field');
    await sendKeys({ type: '  Better name ' });
    await sendKeys({ press: 'Enter' });
    expect(renames.map((e) => [e.detail.threadId, e.detail.title])).to.deep.equal([['b', 'Better name']]);
    await el.updateComplete;
    expect((q(el, '[data-action="save"]') as HTMLButtonElement).disabled).to.equal(true);
    el.threads = [three[0]!, { ...three[1]!, title: 'Better name' }, three[2]!];
    finish();
    await renames[0]!.detail.result;
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '.field') === null).to.equal(true);
    expect(entryTitles(el)).to.deep.equal(['Alpha', 'Better name', 'Charlie']);
    expect(focused(el)).to.equal('b');
  });

  it('keeps the field with an inline error when renaming fails', async () => {
    const el = await mount({ threads: three });
    record<HistoryRenameEvent>(el, HistoryRenameEvent.eventName, (event) => {
      event.detail.result = Promise.reject(new Error('nope'));
    });
    action(el, 'a', 'rename').click();
    await el.updateComplete;
    await sendKeys({ type: 'Whatever' });
    (q(el, '[data-action="save"]') as HTMLButtonElement).click();
    await frames();
    await el.updateComplete;
    expect((q(el, '.field') as HTMLInputElement).value).to.equal('Whatever');
    expect(q(el, '.field')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text(q(el, '.inline-error'))).to.equal('The conversation could not be renamed.');
    expect(focused(el)).to.equal('field');
  });

  it('does not send an empty title, and Escape cancels without closing the panel', async () => {
    const el = await mount({ threads: three });
    const renames = record<HistoryRenameEvent>(el, HistoryRenameEvent.eventName);
    const toggles = record<HistoryToggleEvent>(el, HistoryToggleEvent.eventName);
    action(el, 'c', 'rename').click();
    await el.updateComplete;
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '   ' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(renames.length).to.equal(0);
    expect(q(el, '.field') !== null).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '.field') === null).to.equal(true);
    expect(entryTitles(el)).to.deep.equal(['Alpha', 'Bravo', 'Charlie']);
    expect(toggles.length).to.equal(0);
    expect(focused(el)).to.equal('c');
  });

  it('asks before deleting; Cancel (focused first) keeps the thread', async () => {
    const el = await mount({ threads: three });
    const deletes = record<HistoryDeleteEvent>(el, HistoryDeleteEvent.eventName);
    action(el, 'b', 'delete').click();
    await el.updateComplete;
    expect(text(q(el, '.question'))).to.equal('Delete “Bravo”?');
    expect(focused(el)).to.equal('cancel');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '.question') === null).to.equal(true);
    expect(deletes.length).to.equal(0);
    expect(focused(el)).to.equal('b');
  });

  it('deletes after confirmation and moves focus to the next entry', async () => {
    const el = await mount({ threads: three });
    const deletes = record<HistoryDeleteEvent>(el, HistoryDeleteEvent.eventName, (event) => {
      event.detail.result = Promise.resolve().then(() => {
        el.threads = el.threads.filter((t) => t.id !== event.detail.threadId);
      });
    });
    action(el, 'b', 'delete').click();
    await el.updateComplete;
    (q(el, '[data-action="confirm-delete"]') as HTMLButtonElement).click();
    await deletes[0]!.detail.result;
    await frames();
    expect(deletes.map((e) => e.detail.threadId)).to.deep.equal(['b']);
    expect(entryTitles(el)).to.deep.equal(['Alpha', 'Charlie']);
    expect(focused(el)).to.equal('c');
    expect(text(q(el, '[role="status"]'))).to.equal('Conversation deleted.');
  });

  it('shows an inline error and keeps the confirmation when deleting fails', async () => {
    const el = await mount({ threads: three });
    record<HistoryDeleteEvent>(el, HistoryDeleteEvent.eventName, (event) => {
      event.detail.result = Promise.reject(new Error('500'));
    });
    action(el, 'a', 'delete').click();
    await el.updateComplete;
    (q(el, '[data-action="confirm-delete"]') as HTMLButtonElement).click();
    await frames();
    expect(text(q(el, '.inline-error'))).to.equal('The conversation could not be deleted.');
    expect(text(q(el, '.question'))).to.equal('Delete “Alpha”?');
    expect(entryTitles(el)).to.deep.equal(['Bravo', 'Charlie']);
    expect(focused(el)).to.equal('confirm-delete');
  });

  it('hides the rename and delete actions when they are turned off', async () => {
    const el = await mount({ threads: three, showRename: false, showDelete: false });
    expect(root(el).querySelectorAll('.action').length).to.equal(0);
    el.showDelete = true;
    await el.updateComplete;
    expect([...root(el).querySelectorAll('.row[data-id="a"] .action')].map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Delete “Alpha”']);
  });

  it('asks for the next page when the end of a short list is visible, and again after it arrived', async () => {
    let more: HistoryMoreEvent[] = [];
    const el = await mount({ threads: three, hasMore: true }, 400, (panel) => (more = record(panel, HistoryMoreEvent.eventName)));
    await frames();
    expect(more.length).to.equal(1);
    el.loading = true;
    await el.updateComplete;
    expect(text(q(el, '.footer-status'))).to.equal('Loading conversations…');
    el.threads = [...three, thread('d', 'Delta')];
    el.loading = false;
    await el.updateComplete;
    await frames();
    expect(more.length).to.equal(2);
    el.hasMore = false;
    await el.updateComplete;
    expect(q(el, '[part="load-more"]') === null).to.equal(true);
  });

  it('pages a long list when scrolled to the end, with a Load more button as well', async () => {
    const many = Array.from({ length: 30 }, (_, i) => thread(`t${i}`, `Thread ${i}`));
    let more: HistoryMoreEvent[] = [];
    const el = await mount({ threads: many, hasMore: true }, 300, (panel) => (more = record(panel, HistoryMoreEvent.eventName)));
    await frames();
    expect(more.length).to.equal(0);
    const loadMore = (q(el, '[part="load-more"]') as HTMLButtonElement);
    expect(text(loadMore)).to.equal('Load more');
    loadMore.click();
    expect(more.length).to.equal(1);
    el.loading = true;
    await el.updateComplete;
    el.loading = false;
    await el.updateComplete;
    const wait = oneEvent(el, HistoryMoreEvent.eventName);
    const body = q(el, '.body')!;
    body.scrollTop = body.scrollHeight;
    await wait;
    expect(more.length).to.equal(2);
  });

  it('shows a skeleton with a status while the first page loads', async () => {
    const el = await mount({ loaded: false, loading: true });
    expect(q(el, '.skeleton') !== null).to.equal(true);
    expect(text(q(el, '[role="status"]'))).to.equal('Loading conversations…');
    expect(q(el, '[part="list"]') === null).to.equal(true);
  });

  it('shows an empty state', async () => {
    const el = await mount({ threads: [] });
    expect(text(q(el, '[part="empty"]'))).to.contain('No conversations yet');
    expect(q(el, '[part="error"]') === null).to.equal(true);
  });

  it('offers Try again when the first page failed', async () => {
    const el = await mount({ loaded: false, error: 'network' });
    const more = record<HistoryMoreEvent>(el, HistoryMoreEvent.eventName);
    const error = q(el, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('Your conversations could not be loaded.');
    (q(el, '[data-action="retry"]') as HTMLButtonElement).click();
    expect(more.length).to.equal(1);
  });

  it('keeps the list when a later page failed, without asking again by itself', async () => {
    let more: HistoryMoreEvent[] = [];
    const el = await mount({ threads: three, hasMore: true, error: 'http' }, 400, (panel) => (more = record(panel, HistoryMoreEvent.eventName)));
    await frames();
    expect(more.length).to.equal(0);
    expect(entryTitles(el)).to.deep.equal(['Alpha', 'Bravo', 'Charlie']);
    expect(text(q(el, '[part="error"]'))).to.contain('More conversations could not be loaded.');
    (q(el, '[data-action="retry"]') as HTMLButtonElement).click();
    expect(more.length).to.equal(1);
  });
});
