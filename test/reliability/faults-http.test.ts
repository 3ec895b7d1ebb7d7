/**
 * HTTP errors, empty and malformed bodies, duplicated and out-of-order events, a slow drip and a
 * response that never comes: after each, what a user sees — an error with Retry (when the turn
 * failed), a usable composer, the message kept or the draft restored, no duplicates after Retry.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { fakeFetch, type FakeFetch, type FakeReply } from '../helpers/fake-fetch.js';
import { composerInput, deepQuery, settle, typeAndSend } from '../helpers/mount.js';
import {
  CAPTURE,
  REPLY,
  SENT,
  captureLayout,
  errorBanner,
  expectNoDuplicates,
  expectUsable,
  occurrences,
  pressRetry,
  sendAndWait,
  sharedChat,
  sse,
  userMessages,
} from './faults-helpers.js';

const layout = await captureLayout(CAPTURE);
const STATUSES = [400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503];
const BODIES: Record<string, (status: number) => Pick<FakeReply, 'json' | 'body' | 'headers'>> = {
  'a JSON error body': (status) => ({ json: { error: `server says ${status}` } }),
  'an HTML body': () => ({ body: '<html><body>Bad gateway</body></html>', headers: { 'content-type': 'text/html' } }),
  'an empty body': () => ({ body: '' }),
};

describe('faults: HTTP errors, bad bodies, odd event orders, slow and silent servers', () => {
  const chat = sharedChat();

  /** The first send failed before the server saved anything: draft back, no bubble, Retry re-sends once. */
  async function expectFailedFirstSendThenRetry(f: FakeFetch, message: RegExp): Promise<void> {
    expect(chat.errors, 'one chatkit.error').to.have.length(1);
    expect(chat.errors[0]!.message).to.match(message);
    expect(errorBanner(chat.el), 'error banner').to.exist;
    expect(userMessages(chat.el)).to.deep.equal([]);
    expect(composerInput(chat.el).text).to.equal(SENT);
    await expectUsable(chat.el, false);
    f.reply('threads.create', CAPTURE);
    await pressRetry(chat.el);
    expect(errorBanner(chat.el)).to.equal(null);
    expectNoDuplicates(chat.el, SENT);
    expect(occurrences(chat.el, REPLY)).to.equal(1);
    expect(composerInput(chat.el).text).to.equal('');
    await expectUsable(chat.el);
  }

  for (const status of STATUSES) {
    for (const [bodyName, body] of Object.entries(BODIES)) {
      it(`HTTP ${status} with ${bodyName}`, async () => {
        const f = fakeFetch().replyOnce('threads.create', { status, ...body(status) });
        await chat.fresh(f);
        await sendAndWait(chat.el, SENT);
        await expectFailedFirstSendThenRetry(f, new RegExp(`threads\\.create.*HTTP ${status}`));
      });
    }
  }

  it('a network error (fetch rejects)', async () => {
    const f = fakeFetch().replyOnce('threads.create', { networkError: true });
    await chat.fresh(f);
    await sendAndWait(chat.el, SENT);
    await expectFailedFirstSendThenRetry(f, /network error/);
  });

  it('an empty 200 body', async () => {
    const f = fakeFetch().replyOnce('threads.create', { sse: '' });
    await chat.fresh(f);
    await sendAndWait(chat.el, SENT);
    await expectFailedFirstSendThenRetry(f, /ended without any event/);
  });

  it('a 200 whose every data line is malformed JSON', async () => {
    const f = fakeFetch().replyOnce('threads.create', { sse: 'data: {"type": "thread.created", \n\ndata: not json\n\n' });
    await chat.fresh(f);
    await sendAndWait(chat.el, SENT);
    await expectFailedFirstSendThenRetry(f, /ended without any event/);
  });

  it('malformed data lines inside a good stream are skipped and logged', async () => {
    const payloads = [...layout.payloads];
    payloads.splice(3, 0, '{"type": "thread.item.updated", "item_id":', '<html>', '{"type":"no.such.event"}');
    const f = fakeFetch().replyOnce('threads.create', { sse: sse(payloads), chunk: 61 });
    await chat.fresh(f);
    const logs: string[] = [];
    const onLog = (event: Event): void => {
      logs.push((event as CustomEvent<{ name: string }>).detail.name);
    };
    chat.el.addEventListener('chatkit.log', onLog);
    await sendAndWait(chat.el, SENT);
    chat.el.removeEventListener('chatkit.log', onLog);
    expect(logs.filter((name) => name === 'stream.invalid_event')).to.have.length(3);
    expect(chat.errors).to.deep.equal([]);
    expect(errorBanner(chat.el)).to.equal(null);
    expectNoDuplicates(chat.el, SENT);
    expect(occurrences(chat.el, REPLY)).to.equal(1);
    await expectUsable(chat.el);
  });

  const reorder = (name: string, edit: (payloads: string[]) => string[]): void => {
    it(name, async () => {
      const f = fakeFetch().replyOnce('threads.create', { sse: sse(edit([...layout.payloads])) });
      await chat.fresh(f);
      await sendAndWait(chat.el, SENT);
      expect(chat.errors).to.deep.equal([]);
      expectNoDuplicates(chat.el, SENT);
      await expectUsable(chat.el);
    });
  };
  const indexOf = (payloads: string[], needle: string): number => payloads.findIndex((p) => p.includes(needle));
  reorder('thread.created twice', (p) => [p[0]!, ...p]);
  reorder('the user message done twice', (p) => {
    const i = indexOf(p, '"user_message"');
    return [...p.slice(0, i + 1), p[i]!, ...p.slice(i + 1)];
  });
  reorder('every thread.item.done twice', (p) => p.flatMap((x) => (x.includes('"thread.item.done"') ? [x, x] : [x])));
  reorder('the whole stream twice', (p) => [...p, ...p]);
  reorder('a text delta before its item.added', (p) => {
    const added = indexOf(p, '"assistant_message","content":[]');
    const delta = indexOf(p, '"text_delta"');
    const moved = p[delta]!;
    const rest = p.filter((_, i) => i !== delta);
    return [...rest.slice(0, added), moved, ...rest.slice(added)];
  });
  reorder('the user message done after the reply', (p) => {
    const i = indexOf(p, '"user_message"');
    const user = p[i]!;
    return [...p.filter((_, j) => j !== i), user];
  });

  it('the same turn replayed twice shows the reply once', async () => {
    const f = fakeFetch().replyOnce('threads.create', { sse: sse([...layout.payloads, ...layout.payloads.slice(1)]) });
    await chat.fresh(f);
    await sendAndWait(chat.el, SENT);
    // Deltas carry no sequence numbers, so a replayed delta is appended again: only the
    // final item.done (which replaces the item) makes the text right.
    expect(occurrences(chat.el, REPLY)).to.equal(1);
    expectNoDuplicates(chat.el, SENT);
  });

  it('a slow drip (one byte per read) renders the whole turn', async () => {
    const f = fakeFetch().replyOnce('threads.create', { fixture: CAPTURE, chunk: 1 });
    await chat.fresh(f);
    await sendAndWait(chat.el, SENT);
    expect(chat.errors).to.deep.equal([]);
    expectNoDuplicates(chat.el, SENT);
    expect(occurrences(chat.el, REPLY)).to.equal(1);
    await expectUsable(chat.el);
  });

  it('a response that never comes: Stop ends it, the message stays, the user can send again', async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.create');
    await chat.fresh(f);
    await typeAndSend(chat.el, SENT);
    const call = await stream.called;
    await settle(chat.el);
    const stop = deepQuery(chat.el, 'ck-composer')?.shadowRoot?.querySelector<HTMLButtonElement>('[part="stop"]');
    expect(stop, 'Stop button while waiting').to.exist;
    const ended = oneEvent(chat.el, 'chatkit.response.end');
    stop!.click();
    await ended;
    await settle(chat.el);
    expect(call.signal?.aborted, 'request aborted').to.equal(true);
    expect(stream.stopped).to.equal(true);
    expect(userMessages(chat.el).filter((t) => t.includes(SENT))).to.have.length(1);
    await expectUsable(chat.el);
    f.reply('threads.create', CAPTURE);
    await sendAndWait(chat.el, 'again');
    expect(occurrences(chat.el, REPLY)).to.equal(1);
  });
});
