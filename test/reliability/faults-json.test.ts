/**
 * Faults in the JSON requests and the non-send streaming requests, through the real element:
 * `threads.get_by_id` (the `initialThread` option and `setThreadId`), `items.list` (opening a
 * thread and loading older items), `threads.list` (the history panel) with malformed, failed
 * and empty replies; HTTP errors for `threads.add_user_message`, `threads.retry_after_item` and
 * `threads.custom_action`. After each: a contained error where the user looks, with Retry where
 * the element offers one, `chatkit.error` with a message naming the request, a usable element,
 * and a Retry that works without duplicating anything.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { ChatKit } from '../../src/index.js';
import { en } from '../../src/i18n/index.js';
import { fakeFetch, type FakeFetch, type FakeReply } from '../helpers/fake-fetch.js';
import { loadFixture, loadJsonFixture, sseCapturePayloads } from '../helpers/fixtures.js';
import { composerInput, deepQuery, deepQueryAll, mountChat, settle, transcriptText } from '../helpers/mount.js';
import { errorBanner, expectUsable, itemIds, occurrences, pressRetry, sendAndWait, sse, userMessages } from './faults-helpers.js';

interface ThreadJson {
  id: string;
  items: { data: { id: string; type: string }[]; has_more: boolean };
  [key: string]: unknown;
}

const THREAD_ID = 'thr_b46d1d4c';
const thread = await loadJsonFixture<ThreadJson>('threads.get_by_id.json');
/** Text of the captured thread's assistant answer: seen once the thread is shown. */
const SHOWN = 'Hello from the ChatKit peer.';
const CARD = 'msg_a3011ec4';
/** The in-band error turn without its error: what a send that went through streams. */
const savedTurn = sse(sseCapturePayloads(await loadFixture('threads.add_user_message.error.sse')).filter((payload) => !payload.includes('"type":"error"')));

const JSON_TYPE = { 'content-type': 'application/json' };
/** What a JSON request may get back instead of its answer. */
const BAD_JSON_REPLIES: Record<string, FakeReply> = {
  'malformed JSON': { body: '{"id": "thr_b46d1d4c", "items": {', headers: JSON_TYPE },
  'HTTP 500 with a JSON body': { status: 500, json: { error: 'boom' } },
  'an empty 200 body': { body: '', headers: JSON_TYPE },
};
const HTTP_FAILURES: FakeReply[] = [
  { status: 400, json: { error: 'invalid request' } },
  { status: 404, json: { error: 'Thread not found' } },
  { status: 429, body: '' },
  { status: 500, json: { error: 'boom' } },
  { status: 503, body: '<html>unavailable</html>', headers: { 'content-type': 'text/html' } },
];

/** Resolves once `check` holds, re-rendering between tries; fails with `what` after ~300 frames. */
async function until(el: Element, check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (check()) return;
    await settle(el);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** `chatkit.error` messages, from now on. */
function errorsOf(el: ChatKit): string[] {
  const seen: string[] = [];
  el.addEventListener('chatkit.error', (event) => {
    seen.push((event as CustomEvent<{ error: Error }>).detail.error.message);
  });
  return seen;
}

/** Messages of `chatkit.log` entries named `error`, from now on. */
function errorLogsOf(el: ChatKit): string[] {
  const seen: string[] = [];
  el.addEventListener('chatkit.log', (event) => {
    const detail = (event as CustomEvent<{ name: string; data?: { message?: string } }>).detail;
    if (detail.name === 'error') seen.push(detail.data?.message ?? '');
  });
  return seen;
}

const newestFirst = (items: ThreadJson['items']['data']): unknown => ({ data: [...items].reverse(), has_more: false });

/** Routes `threads.get_by_id` and `items.list` to the captured thread. */
function serveThread(f: FakeFetch): FakeFetch {
  return f.reply('threads.get_by_id', { json: thread }).reply('items.list', { json: newestFirst(thread.items.data) });
}

function expectUniqueIds(el: ChatKit): void {
  const ids = itemIds(el);
  expect(ids.length).to.be.greaterThan(0);
  expect(new Set(ids).size, `duplicate item ids: ${ids.join(', ')}`).to.equal(ids.length);
}

function threadError(el: ChatKit): HTMLElement | null {
  return deepQuery<HTMLElement>(el, '[part="thread-error"][role="alert"]');
}

function buttonIn(root: Element | ShadowRoot, label: string): HTMLButtonElement {
  const found = deepQueryAll<HTMLButtonElement>(root as Element, 'button').find((b) => b.textContent.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** The captured thread split in two pages; the older page fails once with `reply`. */
function olderItemsFailing(reply: FakeReply): { items: ThreadJson['items']['data']; older: ThreadJson['items']['data']; f: FakeFetch } {
  const items = thread.items.data;
  const older = items.slice(0, 2);
  const newer = items.slice(2);
  const f = fakeFetch()
    .reply('threads.get_by_id', { json: { ...thread, items: { data: older, has_more: true, after: older[1]!.id } } })
    .reply((call) => call.body.type === 'items.list' && call.body.params?.['after'] === undefined, {
      json: { data: [...newer].reverse(), has_more: true, after: newer[0]!.id },
    })
    .reply((call) => call.body.type === 'items.list' && call.body.params?.['after'] !== undefined, { json: { data: [...older].reverse(), has_more: false } })
    .replyOnce((call) => call.body.type === 'items.list' && call.body.params?.['after'] !== undefined, reply);
  return { items, older, f };
}

/** Opens the thread and gets the older page asked for (on its own near the top, else by the button). */
async function openAndLoadOlder(el: ChatKit): Promise<() => ShadowRoot> {
  await el.setThreadId(THREAD_ID);
  const view = (): ShadowRoot => deepQuery(el, 'ck-thread-view')?.shadowRoot ?? (document.createDocumentFragment() as unknown as ShadowRoot);
  await until(el, () => view().querySelector('.older-button, .older-error') !== null, 'the older row');
  if (!view().querySelector('.older-error')) view().querySelector<HTMLButtonElement>('.older-button')!.click();
  await until(el, () => view().querySelector('.older-error') !== null, 'the older-items failure');
  return view;
}

describe('faults: JSON requests and non-send streams', () => {
  describe('threads.get_by_id fails', () => {
    for (const [name, reply] of Object.entries(BAD_JSON_REPLIES)) {
      for (const via of ['setThreadId', 'initialThread'] as const) {
        it(`${name} (via ${via}): the load error shows with Retry, chatkit.error fires, Retry shows the thread once`, async () => {
          const f = serveThread(fakeFetch()).replyOnce('threads.get_by_id', reply);
          let el: ChatKit;
          let errors: string[];
          if (via === 'setThreadId') {
            el = await mountChat(f);
            errors = errorsOf(el);
            const outcome = await el.setThreadId(THREAD_ID).then(
              () => 'resolved',
              (error: unknown) => String(error),
            );
            expect(outcome).to.match(/threads\.get_by_id/);
          } else {
            const early: string[] = [];
            const onError = (event: Event): void => {
              early.push((event as CustomEvent<{ error: Error }>).detail.error.message);
            };
            document.addEventListener('chatkit.error', onError, true);
            try {
              el = await mountChat(f, { initialThread: THREAD_ID });
              await until(el, () => threadError(el) !== null, 'the load error');
            } finally {
              document.removeEventListener('chatkit.error', onError, true);
            }
            errors = early;
          }
          await settle(el);
          expect(errors, 'chatkit.error').to.have.length(1);
          expect(errors[0]).to.match(/threads\.get_by_id/);
          const alert = threadError(el);
          expect(alert, 'a visible load error').to.exist;
          expect(alert!.textContent).to.contain(en.loadFailed);
          await expectUsable(el);

          buttonIn(alert!, en.retry).click();
          await until(el, () => transcriptText(el).includes(SHOWN), 'the thread after Retry');
          expect(threadError(el)).to.equal(null);
          expect(f.callsOf('threads.get_by_id')).to.have.length(2);
          expect(occurrences(el, SHOWN)).to.equal(1);
          expectUniqueIds(el);
          expect(errors).to.have.length(1);
          await expectUsable(el);
        });
      }
    }
  });

  describe('items.list fails', () => {
    for (const [name, reply] of Object.entries(BAD_JSON_REPLIES)) {
      it(`${name} while opening a thread: the embedded page shows, chatkit.error fires`, async () => {
        const f = serveThread(fakeFetch()).replyOnce('items.list', reply);
        const el = await mountChat(f);
        const errors = errorsOf(el);
        await el.setThreadId(THREAD_ID);
        await settle(el);
        expect(transcriptText(el)).to.contain(SHOWN);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(/items\.list/);
        expect(threadError(el)).to.equal(null);
        expectUniqueIds(el);
        await expectUsable(el);
      });

      it(`${name} loading older items: the failure shows by "Load earlier messages", which then works`, async () => {
        const { items, older, f } = olderItemsFailing(reply);
        const el = await mountChat(f);
        const logs = errorLogsOf(el);
        const view = await openAndLoadOlder(el);
        expect(view().querySelector('.older-error')!.textContent).to.contain(en.loadOlderFailed);
        // Heard only as chatkit.log today (see the skipped test below).
        expect(logs.some((message) => /items\.list/.test(message)), 'chatkit.log names items.list').to.equal(true);
        await expectUsable(el);

        view().querySelector<HTMLButtonElement>('.older-button')!.click();
        await until(el, () => itemIds(el).includes(older[0]!.id), 'the older items');
        expect(view().querySelector('.older-error')).to.equal(null);
        expect(itemIds(el)).to.deep.equal(items.map((item) => item.id));
        expect(occurrences(el, SHOWN)).to.equal(1);
      });
    }

    it('a failed older-items load fires chatkit.error naming items.list', async () => {
      const { f } = olderItemsFailing({ status: 500, json: { error: 'boom' } });
      const el = await mountChat(f);
      const errors = errorsOf(el);
      await openAndLoadOlder(el);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/items\.list/);
    });
  });

  describe('threads.list fails (history panel)', () => {
    async function failedHistory(reply: FakeReply): Promise<{ el: ChatKit; f: FakeFetch; errors: string[]; panel: () => ShadowRoot }> {
      const f = fakeFetch().reply('threads.list', 'threads.list.json').replyOnce('threads.list', reply);
      f.reply((call) => call.body.type === 'threads.list' && call.body.params?.['after'] !== undefined, 'threads.list.page2.json');
      const el = await mountChat(f);
      const errors = errorsOf(el);
      await el.showHistory();
      const panel = (): ShadowRoot => el.shadowRoot!.querySelector('ck-history-panel')!.shadowRoot!;
      await until(el, () => panel().querySelector('[part="error"][role="alert"]') !== null, 'the history error');
      return { el, f, errors, panel };
    }

    for (const [name, reply] of Object.entries(BAD_JSON_REPLIES)) {
      it(`${name}: the panel says so with Try again, which lists the threads`, async () => {
        const { el, f, panel } = await failedHistory(reply);
        expect(panel().querySelector('[part="error"]')!.textContent).to.contain(en.historyLoadFailed);
        panel().querySelector<HTMLButtonElement>('[data-action="retry"]')!.click();
        await until(el, () => panel().querySelectorAll('[part~="item"] .title').length === 2, 'the listed threads');
        expect(panel().querySelector('[part="error"]')).to.equal(null);
        const titles = [...panel().querySelectorAll('[part~="item"] .title')].map((t) => t.textContent.trim());
        expect(new Set(titles).size).to.equal(titles.length);
        expect(f.callsOf('threads.list').filter((call) => call.body.params?.['after'] === undefined)).to.have.length(2);
      });
    }

    it('a failed history load fires chatkit.error naming threads.list', async () => {
      const { errors } = await failedHistory({ status: 500, json: { error: 'boom' } });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/threads\.list/);
    });
  });

  describe('HTTP errors of streaming requests on an open thread', () => {
    const SENT = 'error please';

    async function openThread(f: FakeFetch): Promise<{ el: ChatKit; errors: string[] }> {
      const el = await mountChat(serveThread(f));
      await el.setThreadId(THREAD_ID);
      await settle(el);
      return { el, errors: errorsOf(el) };
    }

    for (const failure of HTTP_FAILURES) {
      it(`threads.add_user_message → HTTP ${failure.status}: draft restored, error shown, sending again works once`, async () => {
        const f = fakeFetch().replyOnce('threads.add_user_message', failure);
        const { el, errors } = await openThread(f);
        const before = itemIds(el);
        await sendAndWait(el, SENT);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(new RegExp(`threads\\.add_user_message.*HTTP ${failure.status}`));
        expect(errorBanner(el), 'error banner').to.exist;
        expect(itemIds(el)).to.deep.equal(before);
        expect(composerInput(el).text).to.equal(SENT);
        await expectUsable(el, false);

        // The restored draft, sent again with Send.
        f.reply('threads.add_user_message', { sse: savedTurn });
        const ended = oneEvent(el, 'chatkit.response.end');
        deepQuery(el, 'ck-composer')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!.click();
        await ended;
        await settle(el);
        expect(f.callsOf('threads.add_user_message')).to.have.length(2);
        expect(f.callsOf('threads.retry_after_item')).to.have.length(0);
        expect(errorBanner(el)).to.equal(null);
        expect(userMessages(el).filter((text) => text.includes(SENT))).to.have.length(1);
        expectUniqueIds(el);
        expect(composerInput(el).text).to.equal('');
        await expectUsable(el);
      });

      it(`threads.add_user_message → HTTP ${failure.status}: Retry re-sends the restored draft once`, async () => {
        const f = fakeFetch().replyOnce('threads.add_user_message', failure);
        const { el } = await openThread(f);
        await sendAndWait(el, SENT);
        f.reply('threads.add_user_message', { sse: savedTurn });
        await pressRetry(el);
        expect(f.callsOf('threads.retry_after_item'), 'the previous turn is left alone').to.have.length(0);
        expect(f.callsOf('threads.add_user_message')).to.have.length(2);
        expect(occurrences(el, SHOWN)).to.equal(1);
        expect(errorBanner(el)).to.equal(null);
        expect(userMessages(el).filter((text) => text.includes(SENT))).to.have.length(1);
        expectUniqueIds(el);
        expect(composerInput(el).text).to.equal('');
      });

      it(`threads.retry_after_item → HTTP ${failure.status}: the error stays retryable, Retry answers once`, async () => {
        const f = fakeFetch().reply('threads.add_user_message', 'threads.add_user_message.error.sse');
        const { el, errors } = await openThread(f);
        await sendAndWait(el, SENT);
        expect(errorBanner(el), 'the in-band error').to.exist;
        expect(errors).to.have.length(1);

        f.replyOnce('threads.retry_after_item', failure);
        await pressRetry(el);
        expect(errors).to.have.length(2);
        expect(errors[1]).to.match(new RegExp(`threads\\.retry_after_item.*HTTP ${failure.status}`));
        expect(errorBanner(el), 'error banner after the failed retry').to.exist;
        expect(userMessages(el).filter((text) => text.includes(SENT))).to.have.length(1);
        await expectUsable(el, false);

        f.reply('threads.retry_after_item', 'threads.retry_after_item.sse');
        await pressRetry(el);
        const retries = f.callsOf('threads.retry_after_item');
        expect(retries).to.have.length(2);
        expect(retries[1]!.body.params).to.deep.equal(retries[0]!.body.params);
        expect(errorBanner(el)).to.equal(null);
        expect(userMessages(el).filter((text) => text.includes(SENT))).to.have.length(1);
        expectUniqueIds(el);
        await expectUsable(el);
      });

      it(`threads.custom_action (widget button) → HTTP ${failure.status}: the widget says so, clicking again works once`, async () => {
        const f = fakeFetch().replyOnce('threads.custom_action', failure);
        const { el, errors } = await openThread(f);
        const card = (): HTMLElement => {
          const found = deepQueryAll<HTMLElement & { item: { id: string } | null }>(el, 'ck-widget-item').find((w) => w.item?.id === CARD);
          if (!found) throw new Error('no order card');
          return found;
        };
        const ended = oneEvent(el, 'chatkit.response.end');
        buttonIn(card().shadowRoot!, 'Approve').click();
        await ended;
        await settle(el);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(new RegExp(`threads\\.custom_action.*HTTP ${failure.status}`));
        const shown = card().shadowRoot!.querySelector('[part="error"][role="alert"]') ?? errorBanner(el);
        expect(shown, 'a visible error').to.exist;
        await expectUsable(el);

        f.reply('threads.custom_action', 'threads.custom_action.approve.sse');
        const again = oneEvent(el, 'chatkit.response.end');
        buttonIn(card().shadowRoot!, 'Approve').click();
        await again;
        await settle(el);
        expect(f.callsOf('threads.custom_action')).to.have.length(2);
        expect(card().shadowRoot!.textContent).to.contain('Approved ord_42');
        expect(card().shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(errorBanner(el)).to.equal(null);
        expectUniqueIds(el);
        await expectUsable(el);
      });
    }
  });
});
