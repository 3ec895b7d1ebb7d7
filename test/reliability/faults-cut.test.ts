/**
 * A stream cut at every event boundary and in the middle of every event of a real capture: after
 * each, the element shows an error with Retry, stays usable, keeps the user's message (in the
 * thread once the server saved it, else back in the composer), and Retry completes the turn with
 * nothing duplicated.
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/index.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { composerInput } from '../helpers/mount.js';
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
const userDone = layout.payloads.findIndex((p) => p.includes('"thread.item.done"') && p.includes('"user_message"'));
const created = layout.payloads.findIndex((p) => p.includes('"thread.created"'));

interface Cut {
  name: string;
  offset: number;
  /** Events complete before the cut. */
  complete: number;
}

/**
 * Every boundary always; the middle of every event when a page sets `__CK_FAULTS_ALL__` (the
 * larger run), else of every fourth event plus the first three (thread.created, the user message),
 * to keep `npm test` fast.
 */
const EXHAUSTIVE = (globalThis as { __CK_FAULTS_ALL__?: boolean }).__CK_FAULTS_ALL__ === true;
const cuts: Cut[] = [{ name: 'before the first byte', offset: 0, complete: 0 }];
layout.ends.forEach((end, index) => {
  const start = index === 0 ? 0 : layout.ends[index - 1]!;
  if (EXHAUSTIVE || index < 3 || index % 4 === 0) {
    cuts.push({ name: `in the middle of event ${index}`, offset: Math.floor((start + end) / 2), complete: index });
  }
  cuts.push({ name: `after event ${index}`, offset: end, complete: index + 1 });
});

describe('faults: a stream cut at every boundary and mid-event of threads.create.sse', () => {
  const chat = sharedChat();

  it('the capture has the shape the cases assume', () => {
    expect(created).to.equal(0);
    expect(userDone).to.be.greaterThan(created);
    expect(cuts.filter((cut) => cut.name.startsWith('after'))).to.have.length(layout.payloads.length);
  });

  for (const cut of cuts) {
    const saved = cut.complete > userDone;
    const retried = cut.complete === 0 ? 'threads.create' : saved ? 'threads.retry_after_item' : 'threads.add_user_message';
    it(`cut ${cut.name} (byte ${cut.offset}): ${saved ? 'message kept' : 'draft restored'}, Retry sends ${retried}`, async () => {
      const f = fakeFetch()
        .replyOnce('threads.create', { fixture: CAPTURE, cutAfter: cut.offset })
        .reply('threads.create', CAPTURE)
        .reply('threads.add_user_message', { sse: sse(layout.payloads.slice(created + 1)) })
        .reply('threads.retry_after_item', 'threads.retry_after_item.sse');
      await chat.fresh(f);
      await sendAndWait(chat.el, SENT);

      expect(chat.errors, 'one chatkit.error').to.have.length(1);
      const message = chat.errors[0]!.message;
      expect(message).to.contain('threads.create');
      expect(message).to.match(cut.complete === 0 ? /network error/ : new RegExp(`broke off after ${cut.complete} event`));
      expect(errorBanner(chat.el), 'error banner').to.exist;
      // The banner says what happened to the message: in the thread, or back in the composer.
      expect(errorBanner(chat.el)!.textContent).to.contain(saved ? en.genericError : en.requestFailed);
      if (saved) {
        expect(userMessages(chat.el).filter((t) => t.includes(SENT))).to.have.length(1);
        expect(composerInput(chat.el).text).to.equal('');
      } else {
        expect(userMessages(chat.el)).to.deep.equal([]);
        expect(composerInput(chat.el).text).to.equal(SENT);
      }
      await expectUsable(chat.el, false);

      await pressRetry(chat.el);
      expect(f.callsOf(retried), `Retry sent ${retried}`).to.have.length(retried === 'threads.create' ? 2 : 1);
      expect(errorBanner(chat.el)).to.equal(null);
      expectNoDuplicates(chat.el, SENT);
      expect(occurrences(chat.el, REPLY)).to.equal(1);
      expect(composerInput(chat.el).text).to.equal('');
      await expectUsable(chat.el);
    });
  }
});
