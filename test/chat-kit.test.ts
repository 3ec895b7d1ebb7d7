import { expect, oneEvent } from '@open-wc/testing';
import type { ChatKit } from '../src/index.js';
import { fakeFetch } from './helpers/fake-fetch.js';
import { composerInput, deepQuery, deepQueryAll, mountChat, recordEvents, settle, transcriptText, typeAndSend } from './helpers/mount.js';

const LIFECYCLE = [
  'chatkit.response.start',
  'chatkit.response.end',
  'chatkit.thread.change',
  'chatkit.effect',
  'chatkit.error',
] as const;

async function sendAndWait(el: ChatKit, text: string): Promise<void> {
  const ended = oneEvent(el, 'chatkit.response.end');
  await typeAndSend(el, text);
  await ended;
  await settle(el);
}

describe('<chat-kit> end to end with a replayed server', () => {
  it('sends the typed message as threads.create and shows the streamed reply', async () => {
    const f = fakeFetch().reply('threads.create', { fixture: 'threads.create.sse', chunk: { random: [1, 97], seed: 7 } });
    const el = await mountChat(f);
    const events = recordEvents(el, LIFECYCLE);
    await sendAndWait(el, 'Show me the demo');

    const body = f.callsOf('threads.create')[0]!.body;
    expect(body.params).to.deep.equal({
      input: { content: [{ type: 'input_text', text: 'Show me the demo' }], attachments: [], inference_options: {} },
    });
    expect(body.metadata).to.deep.equal({});

    const text = transcriptText(el);
    expect(text).to.contain('Show me the demo');
    expect(text).to.contain('Hello from the ChatKit peer.');
    // The header shows the title the server set with thread.updated.
    expect(deepQuery(el, '[part="title"]')!.textContent.trim()).to.equal('Show me the demo');
    expect(events.map((e) => e.name)).to.deep.equal([
      'chatkit.response.start',
      'chatkit.thread.change',
      'chatkit.response.end',
    ]);
    expect(events[1]!.detail).to.deep.equal({ threadId: 'thr_b46d1d4c' });
    // The optimistic bubble was reconciled, not duplicated.
    expect(deepQueryAll(el, 'ck-message').filter((m) => m.shadowRoot?.querySelector('.user')).length).to.equal(1);
  });

  it('renders assistant Markdown as elements, with sources from annotations', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f);
    await sendAndWait(el, 'Show me the demo');
    const assistant = deepQueryAll(el, 'ck-message').find((m) => m.shadowRoot?.querySelector('.assistant'))!;
    const root = assistant.shadowRoot!;
    expect(root.querySelector('strong, em, a, p')).to.exist;
    const sources = [...root.querySelectorAll('.sources li')].map((li) => li.textContent.trim());
    expect(sources.length).to.be.greaterThan(0);
    for (const link of root.querySelectorAll('a[href]')) expect(link.getAttribute('href')).not.to.match(/^\s*javascript:/i);
  });

  it('continues the thread with threads.add_user_message and the Accept-Language of the locale', async () => {
    const f = fakeFetch()
      .reply('threads.create', 'threads.create.sse')
      .reply('threads.add_user_message', 'threads.add_user_message.rich.sse');
    const el = await mountChat(f, { locale: 'fr-FR' });
    await sendAndWait(el, 'Show me the demo');
    await sendAndWait(el, 'more please');
    const call = f.callsOf('threads.add_user_message')[0]!;
    expect(call.body.params!['thread_id']).to.equal('thr_b46d1d4c');
    expect(call.headers['accept-language']).to.equal('fr-FR');
  });

  it('forwards client effects as chatkit.effect', async () => {
    const f = fakeFetch()
      .reply('threads.create', 'threads.create.sse')
      .reply('threads.custom_action', 'threads.custom_action.approve.sse');
    const el = await mountChat(f);
    await sendAndWait(el, 'Show me the demo');
    const effect = oneEvent(el, 'chatkit.effect');
    await el.sendCustomAction({ type: 'demo.approve', payload: { order_id: 'ord_42' } }, 'msg_a3011ec4');
    const event = await effect;
    expect(event.detail).to.deep.equal({ name: 'toast', data: { text: 'Approved order', level: 'success' } });
    expect(f.callsOf('threads.custom_action')[0]!.body.params).to.deep.equal({
      thread_id: 'thr_b46d1d4c',
      item_id: 'msg_a3011ec4',
      action: { type: 'demo.approve', payload: { order_id: 'ord_42' } },
    });
  });

  it('shows an in-band error with Retry, and Retry sends threads.retry_after_item', async () => {
    const f = fakeFetch()
      .reply('threads.create', 'threads.create.sse')
      .reply('threads.add_user_message', 'threads.add_user_message.error.sse')
      .reply('threads.retry_after_item', 'threads.retry_after_item.sse');
    const el = await mountChat(f);
    await sendAndWait(el, 'Show me the demo');
    await sendAndWait(el, 'error please');
    const banner = deepQuery(el, '[part="error"]')!;
    expect(banner.textContent).to.contain('Demo failure requested by the user.');
    const retry = banner.querySelector('button')!;
    expect(retry.textContent.trim()).to.equal('Retry');
    const ended = oneEvent(el, 'chatkit.response.end');
    retry.click();
    await ended;
    await settle(el);
    expect(f.callsOf('threads.retry_after_item')[0]!.body.params).to.deep.equal({
      thread_id: 'thr_b46d1d4c',
      item_id: 'msg_71dd2a11',
    });
    expect(deepQuery(el, '[part="error"]')).to.equal(null);
  });

  it('shows a generic, localized text for stream.error', async () => {
    const f = fakeFetch()
      .reply('threads.create', 'threads.create.sse')
      .reply('threads.add_user_message', 'threads.add_user_message.crash.sse');
    const el = await mountChat(f);
    await sendAndWait(el, 'Show me the demo');
    await sendAndWait(el, 'crash please');
    expect(deepQuery(el, '[part="error"]')!.textContent).to.contain('An error occurred when generating a response.');
  });

  it('keeps the draft and offers Retry when the request fails', async () => {
    const f = fakeFetch().replyOnce('threads.create', { json: { error: 'boom' }, status: 500 });
    const el = await mountChat(f);
    const errors = recordEvents(el, ['chatkit.error']);
    await sendAndWait(el, 'my precious draft');
    expect(composerInput(el).text).to.equal('my precious draft');
    expect(transcriptText(el)).not.to.contain('my precious draft'); // no orphan bubble
    expect(errors).to.have.length(1);
    const banner = deepQuery(el, '[part="error"]')!;
    expect(banner.textContent).to.contain('Your draft was kept');

    f.reply('threads.create', 'threads.create.sse');
    const ended = oneEvent(el, 'chatkit.response.end');
    banner.querySelector('button')!.click();
    await ended;
    await settle(el);
    expect(f.callsOf('threads.create')).to.have.length(2);
    expect(f.callsOf('threads.create')[1]!.body.params).to.deep.include({
      input: { content: [{ type: 'input_text', text: 'my precious draft' }], attachments: [], inference_options: {} },
    });
    expect(composerInput(el).text).to.equal('');
  });

  it('treats an empty 200 stream as a failed turn', async () => {
    const f = fakeFetch()
      .reply('threads.create', 'threads.create.sse')
      .reply('threads.add_user_message', 'error.add_message_unknown_thread.sse');
    const el = await mountChat(f);
    await sendAndWait(el, 'Show me the demo');
    await sendAndWait(el, 'second');
    expect(deepQuery(el, '[part="error"]')).to.exist;
    expect(composerInput(el).text).to.equal('second');
  });
});
