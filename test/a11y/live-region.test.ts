/**
 * Screen-reader announcements while a reply streams: one polite "responding" when it starts and
 * one "done" when it ends, never one per token; the transcript is a `role="log"`.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { en } from '../../src/i18n/index.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { deepQuery, deepQueryAll, mountChat, settle, transcriptText } from '../helpers/mount.js';
import { until } from './helpers.js';

/** Every non-empty text the element's own status region shows, in order. */
function recordAnnouncements(region: Element): string[] {
  const seen: string[] = [];
  new MutationObserver(() => {
    const text = region.textContent.trim();
    if (text !== '' && text !== seen[seen.length - 1]) seen.push(text);
  }).observe(region, { childList: true, subtree: true, characterData: true });
  return seen;
}

describe('live regions', () => {
  it('announces once when a long streamed reply starts and once when it ends', async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    const region = el.shadowRoot!.querySelector('[part="base"] > [role="status"]');
    expect(region?.getAttribute('aria-live')).to.equal('polite');
    const announcements = recordAnnouncements(region!);

    const sse = await (await fetch(new URL('../fixtures/chatkit-server/threads.create.sse', import.meta.url))).text();
    const frames = sse.split('\n\n').filter((frame) => frame.trim() !== '');
    const deltas = frames.filter((frame) => frame.includes('text_delta')).length;
    const ended = oneEvent(el, 'chatkit.response.end');
    void el.sendUserMessage({ text: 'Show me the demo' });
    // One SSE frame per rendered frame, so every token reaches the screen on its own.
    for (const frame of frames) {
      stream.push(`${frame}\n\n`);
      await settle(el);
    }
    stream.close();
    await ended;
    await until(el, () => announcements.length >= 2, 'the end announcement');
    await settle(el);

    expect(deltas, 'a reply of many tokens').to.be.greaterThan(10);
    expect(transcriptText(el)).to.contain('Hello from the ChatKit peer.');
    expect(announcements).to.deep.equal([en.responding, en.responseDone]);
  });

  it('a second reply is announced again (the same text is re-announced)', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse').reply('threads.add_user_message', 'threads.add_user_message.rich.sse');
    const el = await mountChat(f);
    const announcements = recordAnnouncements(el.shadowRoot!.querySelector('[part="base"] > [role="status"]')!);
    for (const text of ['one', 'two']) {
      const ended = oneEvent(el, 'chatkit.response.end');
      await el.sendUserMessage({ text });
      await ended;
      await until(el, () => announcements[announcements.length - 1] === en.responseDone, `the end of reply "${text}"`);
    }
    expect(announcements).to.deep.equal([en.responding, en.responseDone, en.responding, en.responseDone]);
  });

  it('the transcript is a log that does not itself speak every token', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f);
    const ended = oneEvent(el, 'chatkit.response.end');
    await el.sendUserMessage({ text: 'Show me the demo' });
    await ended;
    await settle(el);
    const log = deepQuery(el, '[role="log"]');
    expect(log, 'a role=log').to.not.equal(null);
    expect(log!.getAttribute('aria-label')).to.equal(en.threadLabel);
    // The status region speaks start and end; a live log would also read each streamed token.
    expect(log!.getAttribute('aria-live')).to.equal('off');
    const messagesInLog = deepQueryAll(el, 'ck-message').filter((message) => log!.contains(message)).length;
    expect(messagesInLog).to.equal(deepQueryAll(el, 'ck-message').length);
    expect(messagesInLog).to.be.greaterThan(1);
  });
});
