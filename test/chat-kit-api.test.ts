import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChatKit, ChatKitOptions } from '../src/index.js';
import { fakeFetch } from './helpers/fake-fetch.js';
import { composerEditor, composerInput, deepQuery, deepQueryAll, mountChat, recordEvents, settle, transcriptText, typeAndSend } from './helpers/mount.js';

describe('<chat-kit> options and attributes', () => {
  it('works from attributes alone: api-url, greeting, placeholder, theme, locale', async () => {
    const el = await fixture<ChatKit>(
      html`<chat-kit api-url="/chatkit" greeting="Bonjour !" placeholder="Écrivez…" theme="dark" locale="fr"></chat-kit>`,
    );
    await settle(el);
    expect(deepQuery(el, '[part="greeting"]')!.textContent.trim()).to.equal('Bonjour !');
    expect(composerInput(el).placeholder).to.equal('Écrivez…');
    expect(el.dataset['colorScheme']).to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(deepQuery(el, '[part="base"]')!.getAttribute('lang')).to.equal('fr');
  });

  it('shows greeting and prompts from options; a prompt sends itself', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f, {
      startScreen: { greeting: 'Hi there', prompts: [{ label: 'Demo please', prompt: 'Show me the demo' }] },
    });
    expect(deepQuery(el, '[part="greeting"]')!.textContent.trim()).to.equal('Hi there');
    const prompt = deepQuery<HTMLButtonElement>(el, '[part="prompt"]')!;
    expect(prompt.textContent.trim()).to.equal('Demo please');
    const ended = oneEvent(el, 'chatkit.response.end');
    prompt.click();
    await ended;
    expect(f.callsOf('threads.create')[0]!.body.params).to.deep.equal({
      input: { content: [{ type: 'input_text', text: 'Show me the demo' }], attachments: [], inference_options: {} },
    });
  });

  it('rejects invalid options with a chatkit.error naming the path and keeps the last good ones', async () => {
    const f = fakeFetch();
    const el = await mountChat(f, { composer: { placeholder: 'Good one' } });
    const errors = recordEvents(el, ['chatkit.error']);
    const originalError = console.error;
    console.error = () => undefined;
    try {
      el.setOptions({ api: { url: '/x' }, composer: { tools: [{ label: 'x', icon: 'search' }] } } as unknown as ChatKitOptions);
    } finally {
      console.error = originalError;
    }
    expect(errors).to.have.length(1);
    expect(((errors[0]!.detail as { error: Error }).error).message).to.contain('composer.tools[0].id: required');
    await settle(el);
    expect(composerInput(el).placeholder).to.equal('Good one');
    expect(el.options?.composer?.placeholder).to.equal('Good one');
  });

  it('accepts options through the options property', async () => {
    const f = fakeFetch();
    const el = await fixture<ChatKit>(html`<chat-kit></chat-kit>`);
    el.options = { api: { url: '/chatkit', fetch: f.fetch }, startScreen: { greeting: 'Via property' } };
    await settle(el);
    expect(deepQuery(el, '[part="greeting"]')!.textContent.trim()).to.equal('Via property');
  });

  it('says what is missing when there is no endpoint', async () => {
    const el = await fixture<ChatKit>(html`<chat-kit></chat-kit>`);
    await settle(el);
    expect(deepQuery(el, '.config-error')!.textContent).to.contain('api-url');
    const rejected = await el.sendUserMessage({ text: 'hi' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(String(rejected)).to.contain('no API URL');
  });

  it('fires chatkit.ready once', async () => {
    const wrapper = document.createElement('div');
    const seen = recordEvents(wrapper, ['chatkit.ready']);
    document.body.append(wrapper);
    wrapper.append(document.createElement('chat-kit'));
    await settle(wrapper.firstElementChild!);
    expect(seen).to.have.length(1);
    wrapper.remove();
  });
});

describe('<chat-kit> methods', () => {
  it('sendUserMessage sends text, reply, tool choice and model', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f);
    await el.sendUserMessage({ text: 'Hi', reply: 'quoted bit', toolChoice: { id: 'search' }, model: 'gpt-x' });
    expect(f.callsOf('threads.create')[0]!.body.params).to.deep.equal({
      input: {
        content: [{ type: 'input_text', text: 'Hi' }],
        attachments: [],
        quoted_text: 'quoted bit',
        inference_options: { tool_choice: { id: 'search' }, model: 'gpt-x' },
      },
    });
  });

  it('sendUserMessage sends @-tags with the wire defaults filled in', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f);
    await el.sendUserMessage({ content: [{ type: 'input_text', text: 'Ask ' }, { type: 'input_tag', id: 'u1', text: 'Ada' }] });
    const input = (f.callsOf('threads.create')[0]!.body.params as { input: { content: unknown[] } }).input;
    expect(input.content).to.deep.equal([
      { type: 'input_text', text: 'Ask ' },
      { type: 'input_tag', id: 'u1', text: 'Ada', data: {}, interactive: false },
    ]);
  });

  it('rejects commands while a response streams, and Stop aborts it', async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    const events = recordEvents(el, ['chatkit.response.start', 'chatkit.response.end']);
    const first = el.sendUserMessage({ text: 'first' });
    const call = await stream.called;
    stream.push('data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\n');
    await settle(el);
    const second = await el.sendUserMessage({ text: 'second' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(String(second)).to.contain('already responding');
    const stop = deepQuery<HTMLButtonElement>(el, '[part="stop"]')!;
    expect(stop.getAttribute('aria-label')).to.equal('Stop response');
    stop.click();
    await first;
    expect(call.signal!.aborted).to.equal(true);
    await settle(el);
    expect(deepQuery(el, '[part="stop"]')).to.equal(null);
    expect(events.map((e) => e.name)).to.deep.equal(['chatkit.response.start', 'chatkit.response.end']);
  });

  it('hides Stop when the stream does not allow cancelling', async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    void el.sendUserMessage({ text: 'first' });
    await stream.called;
    stream.push('data: {"type":"stream_options","stream_options":{"allow_cancel":false}}\n\n');
    await settle(el);
    expect(deepQuery(el, '[part="stop"]')).to.equal(null);
    expect(deepQuery<HTMLButtonElement>(el, '[part="send"]')!.disabled).to.equal(true);
    stream.close();
  });

  it('setComposerValue fills the draft without sending', async () => {
    const f = fakeFetch();
    const el = await mountChat(f);
    await el.setComposerValue({ text: 'drafted for you' });
    await settle(el);
    expect(composerInput(el).text).to.equal('drafted for you');
    expect(f.calls).to.have.length(0);
  });

  it('setThreadId loads a thread with load events, and null returns to the start screen', async () => {
    const f = fakeFetch().reply('threads.get_by_id', 'threads.get_by_id.json');
    const el = await mountChat(f);
    const events = recordEvents(el, ['chatkit.thread.load.start', 'chatkit.thread.load.end', 'chatkit.thread.change']);
    await el.setThreadId('thr_b46d1d4c');
    await settle(el);
    expect(f.callsOf('threads.get_by_id')[0]!.body.params).to.deep.equal({ thread_id: 'thr_b46d1d4c' });
    expect(events).to.deep.equal([
      { name: 'chatkit.thread.load.start', detail: { threadId: 'thr_b46d1d4c' } },
      { name: 'chatkit.thread.change', detail: { threadId: 'thr_b46d1d4c' } },
      { name: 'chatkit.thread.load.end', detail: { threadId: 'thr_b46d1d4c' } },
    ]);
    expect(transcriptText(el)).to.contain('Show me the demo');
    await el.setThreadId(null);
    await settle(el);
    expect(deepQuery(el, 'ck-start-screen')).to.exist;
    expect(events.at(-1)).to.deep.equal({ name: 'chatkit.thread.change', detail: { threadId: null } });
  });

  it('initialThread opens that thread on start', async () => {
    const f = fakeFetch().reply('threads.get_by_id', 'threads.get_by_id.json');
    const el = await mountChat(f, { initialThread: 'thr_b46d1d4c' });
    await f.waitForCalls(1);
    await settle(el);
    expect(f.calls[0]!.body.type).to.equal('threads.get_by_id');
  });

  it('sendCustomAction rejects without an active thread', async () => {
    const el = await mountChat(fakeFetch());
    const error = await el.sendCustomAction({ type: 'x' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(error)).to.contain('no active thread');
  });

  it('fetchUpdates re-reads the active thread', async () => {
    const f = fakeFetch().reply('threads.get_by_id', 'threads.get_by_id.json');
    const el = await mountChat(f);
    await el.setThreadId('thr_b46d1d4c');
    await el.fetchUpdates();
    expect(f.callsOf('threads.get_by_id')).to.have.length(2);
  });

  it('focusComposer focuses the textarea', async () => {
    const el = await mountChat(fakeFetch());
    await el.focusComposer();
    // (Compare as a boolean: a failing chai comparison of DOM nodes stalls the runner.)
    expect(composerInput(el).shadowRoot!.activeElement === composerEditor(el)).to.equal(true);
  });
});

describe('<chat-kit> transcript', () => {
  it('shows progress while streaming and clears it at the next item', async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    void el.sendUserMessage({ text: 'hi' });
    await stream.called;
    stream.push('data: {"type":"progress_update","icon":"search","text":"Searching the docs…"}\n\n');
    await settle(el);
    expect(deepQuery(el, '[part="progress"]')!.textContent).to.contain('Searching the docs…');
    stream.push(
      'data: {"type":"thread.created","thread":{"id":"thr_1","created_at":"2026-11-23T19:11:55.571188","status":{"type":"active"},"metadata":{},"items":{"data":[],"has_more":false}}}\n\n' +
        'data: {"type":"thread.item.done","item":{"id":"msg_1","thread_id":"thr_1","created_at":"2026-11-23T19:11:55","type":"assistant_message","content":[{"type":"output_text","text":"Done.","annotations":[]}]}}\n\n',
    );
    stream.close();
    await oneEvent(el, 'chatkit.response.end');
    await settle(el);
    expect(deepQuery(el, '[part="progress"]')).to.equal(null);
    expect(transcriptText(el)).to.contain('Done.');
  });

  it('shows notices as banners that can be dismissed', async () => {
    const f = fakeFetch().reply('threads.create', {
      sse: 'data: {"type":"notice","level":"warning","title":"Heads up","message":"Read **carefully**."}\n\n',
    });
    const el = await mountChat(f);
    await el.sendUserMessage({ text: 'hi' });
    await settle(el);
    const notice = deepQuery(el, '[part="notice"]')!;
    expect(notice.textContent).to.contain('Heads up');
    expect(notice.querySelector('strong:not(.title)')!.textContent).to.equal('carefully');
    notice.querySelector<HTMLButtonElement>('button')!.click();
    await settle(el);
    expect(deepQuery(el, '[part="notice"]')).to.equal(null);
  });

  it('turns chatkit-link:// links into chatkit.deeplink events', async () => {
    const f = fakeFetch().reply('threads.create', {
      sse:
        'data: {"type":"thread.item.done","item":{"id":"msg_1","thread_id":"thr_1","created_at":"2026-11-23T19:11:55","type":"assistant_message","content":[{"type":"output_text","text":"Open [the order](chatkit-link://open_order?id=42).","annotations":[]}]}}\n\n',
    });
    const el = await mountChat(f);
    await el.sendUserMessage({ text: 'hi' });
    await settle(el);
    const link = deepQuery<HTMLAnchorElement>(el, 'a[data-deeplink]')!;
    const deeplink = oneEvent(el, 'chatkit.deeplink');
    link.click();
    expect((await deeplink).detail).to.deep.equal({ name: 'open_order', data: { id: '42' } });
  });

  it('user text is shown as typed, never as Markdown or HTML', async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    await typeAndSend(el, '**not bold** <img src=x onerror="window.__xss=1">');
    await stream.called;
    await settle(el);
    const bubble = deepQuery(el, '.bubble')!;
    expect(bubble.querySelector('strong, img')).to.equal(null);
    expect(bubble.textContent).to.contain('**not bold** <img src=x');
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    stream.close();
  });

  it('Shift+Enter inserts a new line instead of sending', async () => {
    const f = fakeFetch();
    const el = await mountChat(f);
    composerInput(el).text = 'line one';
    composerEditor(el).focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect(f.calls).to.have.length(0);
    expect(composerInput(el).text).to.contain('\n');
  });

  it('the Send button is disabled for an empty draft', async () => {
    const el = await mountChat(fakeFetch());
    expect(deepQuery<HTMLButtonElement>(el, '[part="send"]')!.disabled).to.equal(true);
    expect(deepQueryAll(el, 'ck-message')).to.have.length(0);
  });
});

describe('<chat-kit> accessibility', () => {
  it('is accessible on the start screen', async () => {
    const el = await mountChat(fakeFetch(), { startScreen: { prompts: [{ label: 'Try me', prompt: 'x' }] } });
    await expect(el).to.be.accessible();
  });

  it('is accessible with a conversation, sources and an error', async () => {
    const f = fakeFetch()
      .reply('threads.create', 'threads.create.sse')
      .reply('threads.add_user_message', 'threads.add_user_message.error.sse');
    const el = await mountChat(f);
    await el.sendUserMessage({ text: 'Show me the demo' });
    await el.sendUserMessage({ text: 'error please' });
    await settle(el);
    expect(deepQuery(el, '[role="log"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible in dark mode', async () => {
    const el = await mountChat(fakeFetch(), { theme: 'dark' });
    await expect(el).to.be.accessible();
  });
});
