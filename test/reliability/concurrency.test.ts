/**
 * Issue #10, concurrency: what `<chat-kit>` does when the user (or the page) acts while a
 * response streams — a second send, widget actions, `setOptions`, a thread switch, many
 * `setThreadId` calls. Streams are held open with the fake fetch's `replyStream`, so every step
 * happens mid-stream by construction, not by timing. (Removal mid-stream: `concurrency-removal`.)
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { ChatKit } from '../../src/index.js';
import { en } from '../../src/i18n/index.js';
import { fakeFetch, type FakeFetch, type FakeStreamHandle } from '../helpers/fake-fetch.js';
import { loadFixture, loadJsonFixture } from '../helpers/fixtures.js';
import { composerEditor, composerInput, deepQuery, deepQueryAll, mountChat, recordEvents, settle, transcriptText } from '../helpers/mount.js';

const THREAD_ID = 'thr_b46d1d4c';
const CHATKIT_EVENTS = [
  'chatkit.response.start',
  'chatkit.response.end',
  'chatkit.thread.change',
  'chatkit.thread.load.start',
  'chatkit.thread.load.end',
  'chatkit.error',
] as const;

/** Resolves once `check` holds, re-rendering between tries; fails with `what` after ~300 frames. */
async function until(el: Element, check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (check()) return;
    await settle(el);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The SSE frames of a capture, each with its blank-line terminator. */
async function frames(name: string): Promise<string[]> {
  return (await loadFixture(name))
    .split('\n\n')
    .filter((frame) => frame.trim() !== '')
    .map((frame) => `${frame}\n\n`);
}

/** The user messages shown, in order, as read ("You: …" is how a user message reads). */
function userMessages(el: ChatKit): string[] {
  return deepQueryAll<HTMLElement>(el, 'ck-message')
    .map((message) => message.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '')
    .filter((text) => text.includes('You:'))
    .map((text) => text.slice(text.indexOf('You:') + 'You:'.length).trim());
}

/** Ids of the widget items shown. */
function widgetIds(el: ChatKit): string[] {
  return deepQueryAll<HTMLElement & { item: { id: string } | null }>(el, 'ck-widget-item').map((w) => w.item?.id ?? '');
}

/** The last item of `threads.add_user_message.rich.sse` (a ListView widget). */
const RICH_LAST = 'msg_9e9e144e';

function title(el: ChatKit): string {
  return deepQuery(el, '[part="title"]')?.textContent.trim() ?? '';
}

/** Types `text` into the composer (as a user would) without sending it. */
async function type(el: ChatKit, text: string): Promise<void> {
  const input = composerInput(el);
  input.focus();
  input.text = text;
  composerEditor(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
}

function pressEnter(el: ChatKit): void {
  composerEditor(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
}

/** Finishes a held stream with the rest of `all` and waits for the response to end. */
async function finish(el: ChatKit, stream: FakeStreamHandle, rest: string[]): Promise<void> {
  const ended = oneEvent(el, 'chatkit.response.end');
  for (const frame of rest) stream.push(frame);
  stream.close();
  await ended;
  await settle(el);
}

describe('<chat-kit> concurrency: rapid double send', () => {
  /** A new chat whose first send is held open; `send` does the double send. */
  async function doubleSend(send: (el: ChatKit) => Promise<void> | void): Promise<{ el: ChatKit; f: FakeFetch }> {
    const f = fakeFetch();
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    await send(el);
    await stream.called;
    await settle(el);
    const all = await frames('threads.create.sse');
    await finish(el, stream, all);
    return { el, f };
  }

  it('Enter twice in one tick sends one request and shows the message once', async () => {
    const { el, f } = await doubleSend(async (chat) => {
      await type(chat, 'Show me the demo');
      pressEnter(chat);
      pressEnter(chat);
    });
    expect(f.callsOf('threads.create')).to.have.length(1);
    expect(f.calls).to.have.length(1);
    expect(userMessages(el)).to.deep.equal(['Show me the demo']);
    expect(transcriptText(el)).to.contain('Hello from the ChatKit peer.');
  });

  it('Enter twice in one tick: the sent text does not come back as a draft', async () => {
    const { el } = await doubleSend(async (chat) => {
      await type(chat, 'Show me the demo');
      pressEnter(chat);
      pressEnter(chat);
    });
    expect(userMessages(el)).to.deep.equal(['Show me the demo']);
    expect(composerInput(el).text).to.equal('');
  });

  it('clicking Send twice in one tick sends one request', async () => {
    const { el, f } = await doubleSend(async (chat) => {
      await type(chat, 'Show me the demo');
      const send = deepQuery<HTMLButtonElement>(chat, '[part="send"]')!;
      expect(send.disabled).to.equal(false);
      send.click();
      send.click();
    });
    expect(f.calls).to.have.length(1);
    expect(userMessages(el)).to.deep.equal(['Show me the demo']);
  });

  it('two sendUserMessage() calls in one tick: the second rejects with "already responding" and sends nothing', async () => {
    let second: unknown = null;
    const { el, f } = await doubleSend((chat) => {
      void chat.sendUserMessage({ text: 'Show me the demo' });
      chat.sendUserMessage({ text: 'and again' }).catch((error: unknown) => (second = error));
    });
    expect(String(second)).to.contain('already responding');
    expect(f.calls).to.have.length(1);
    expect(f.calls[0]!.body.params!['input']).to.deep.include({ content: [{ type: 'input_text', text: 'Show me the demo' }] });
    expect(userMessages(el)).to.deep.equal(['Show me the demo']);
    expect(transcriptText(el)).not.to.contain('and again');
  });

  it('Enter while a response streams sends nothing and keeps the new draft', async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    void el.sendUserMessage({ text: 'Show me the demo' });
    await stream.called;
    await settle(el);
    await type(el, 'next question');
    pressEnter(el);
    await settle(el);
    expect(f.calls).to.have.length(1);
    expect(composerInput(el).text).to.equal('next question');
    await finish(el, stream, await frames('threads.create.sse'));
    expect(userMessages(el)).to.deep.equal(['Show me the demo']);
    expect(composerInput(el).text).to.equal('next question');
  });
});

describe('<chat-kit> concurrency: widget actions during a stream', () => {
  /** The demo thread, then a second turn held open after its first `count` frames. */
  async function midStream(f: FakeFetch, options = {}): Promise<{ el: ChatKit; stream: FakeStreamHandle; rest: string[] }> {
    f.reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f, options);
    await el.sendUserMessage({ text: 'Show me the demo' });
    await settle(el);
    const stream = f.replyStream('threads.add_user_message');
    void el.sendUserMessage({ text: 'more please' });
    await stream.called;
    const all = await frames('threads.add_user_message.rich.sse');
    for (const frame of all.slice(0, 6)) stream.push(frame);
    await until(el, () => transcriptText(el).includes('Hello'), 'the first delta');
    return { el, stream, rest: all.slice(6) };
  }

  function widget(el: ChatKit, id: string): HTMLElement {
    const item = deepQueryAll<HTMLElement & { item: { id: string } | null }>(el, 'ck-widget-item').find((w) => w.item?.id === id);
    if (!item) throw new Error(`no widget item ${id}`);
    return item;
  }

  function button(root: HTMLElement, label: string): HTMLButtonElement {
    const found = deepQueryAll<HTMLButtonElement>(root, 'button').find((b) => b.textContent.trim() === label);
    if (!found) throw new Error(`no button "${label}"`);
    return found;
  }

  const CARD = 'msg_a3011ec4';

  it('a streaming server action is refused with a visible message, nothing is sent, the stream completes; clicking again afterwards sends it once', async () => {
    const f = fakeFetch().reply('threads.custom_action', 'threads.custom_action.approve.sse');
    const { el, stream, rest } = await midStream(f);
    const card = widget(el, CARD);
    button(card, 'Approve').click();
    await until(el, () => card.shadowRoot!.querySelector('[part="error"]') !== null, 'the refusal');
    expect(card.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    // Said in the user's language (the log keeps the reference's "ignored – already responding").
    expect(card.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(en.busy);
    expect(f.callsOf('threads.custom_action')).to.have.length(0);
    expect(stream.stopped).to.equal(false);

    await finish(el, stream, rest);
    expect(widgetIds(el)).to.include(RICH_LAST);
    expect(userMessages(el)).to.have.length(2);

    const ended = oneEvent(el, 'chatkit.response.end');
    button(widget(el, CARD), 'Approve').click();
    await ended;
    await settle(el);
    expect(f.callsOf('threads.custom_action')).to.have.length(1);
    expect(widget(el, CARD).shadowRoot!.textContent).to.contain('Approved ord_42');
    expect(widget(el, CARD).shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('a streaming: false action is sent and applied while the stream runs, which then completes unchanged', async () => {
    const f = fakeFetch().reply('threads.sync_custom_action', 'threads.sync_custom_action.counter.json');
    const { el, stream, rest } = await midStream(f);
    button(widget(el, CARD), 'Clicked 0x').click();
    await until(el, () => widget(el, CARD).shadowRoot!.textContent.includes('Counter bumped'), 'the replaced item');
    expect(f.callsOf('threads.sync_custom_action')).to.have.length(1);
    expect(stream.stopped).to.equal(false);
    await finish(el, stream, rest);
    expect(widgetIds(el)).to.include(RICH_LAST);
    expect(widget(el, CARD).shadowRoot!.textContent).to.contain('Counter bumped');
    expect(f.callsOf('threads.add_user_message')).to.have.length(1);
  });

  it('a client action runs widgets.onAction once during the stream and sends nothing', async () => {
    const calls: unknown[] = [];
    const f = fakeFetch();
    const { el, stream, rest } = await midStream(f, {
      widgets: {
        onAction: (action: unknown) => {
          calls.push(action);
          return Promise.resolve();
        },
      },
    });
    button(widget(el, CARD), 'Open docs').click();
    await settle(el);
    expect(calls).to.deep.equal([{ type: 'demo.open_url', payload: { url: 'https://example.com/docs' } }]);
    await finish(el, stream, rest);
    expect(f.calls.map((call) => call.body.type)).to.deep.equal(['threads.create', 'threads.add_user_message']);
  });

  it('sendCustomAction() during a stream rejects with "already responding"', async () => {
    const f = fakeFetch();
    const { el, stream, rest } = await midStream(f);
    let error: unknown = null;
    await el.sendCustomAction({ type: 'demo.approve' }).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('already responding');
    await finish(el, stream, rest);
    expect(f.callsOf('threads.custom_action')).to.have.length(0);
  });
});

describe('<chat-kit> concurrency: setOptions during a stream', () => {
  it('the stream continues and completes; the new theme, locale and placeholder apply; the next request uses the new URL', async () => {
    const f = fakeFetch().reply('threads.add_user_message', 'threads.add_user_message.rich.sse');
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    const events = recordEvents(el, CHATKIT_EVENTS);
    void el.sendUserMessage({ text: 'Show me the demo' });
    const call = await stream.called;
    const all = await frames('threads.create.sse');
    for (const frame of all.slice(0, 12)) stream.push(frame);
    await until(el, () => transcriptText(el).includes('Hello'), 'the first delta');

    el.setOptions({
      api: { url: '/chatkit-v2', fetch: f.fetch, domainKey: 'domain_pk_test' },
      theme: 'dark',
      locale: 'fr-FR',
      composer: { placeholder: 'Posez une question' },
    });
    await settle(el);
    expect(call.signal!.aborted).to.equal(false);
    await finish(el, stream, all.slice(12));

    expect(transcriptText(el)).to.contain('Hello from the ChatKit peer.');
    expect(events.filter((e) => e.name === 'chatkit.error')).to.deep.equal([]);
    expect(events.map((e) => e.name).filter((n) => n.startsWith('chatkit.response'))).to.deep.equal(['chatkit.response.start', 'chatkit.response.end']);
    expect(el.dataset['colorScheme']).to.equal('dark');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr-FR');
    expect(composerInput(el).placeholder).to.equal('Posez une question');

    const ended = oneEvent(el, 'chatkit.response.end');
    await el.sendUserMessage({ text: 'more please' });
    await ended;
    const next = f.callsOf('threads.add_user_message')[0]!;
    expect(new URL(next.url, location.href).pathname).to.equal('/chatkit-v2');
    expect(next.headers['accept-language']).to.equal('fr-FR');
    expect(new URL(call.url, location.href).pathname).to.equal('/chatkit');
  });
});

interface ThreadJson {
  id: string;
  title: string;
  items: { data: { id: string; thread_id: string }[]; has_more: boolean };
  [key: string]: unknown;
}

/** The captured thread under another id and title. */
async function threadNamed(id: string, name: string): Promise<ThreadJson> {
  const captured = await loadJsonFixture<ThreadJson>('threads.get_by_id.json');
  return {
    ...captured,
    id,
    title: name,
    items: { ...captured.items, data: captured.items.data.map((item) => ({ ...item, thread_id: id })) },
  };
}

describe('<chat-kit> concurrency: thread switch during a stream', () => {
  it('choosing another thread in the history panel aborts the stream; its late events never reach the new thread', async () => {
    const other = await threadNamed('thr_other', 'Other thread');
    const f = fakeFetch()
      .reply('threads.list', { json: { data: [{ ...other, items: { data: [], has_more: false } }], has_more: false } })
      .reply('threads.get_by_id', { json: other })
      .reply('items.list', { json: { data: [...other.items.data].reverse(), has_more: false } });
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    const events = recordEvents(el, CHATKIT_EVENTS);
    void el.sendUserMessage({ text: 'Show me the demo' });
    const call = await stream.called;
    const all = await frames('threads.create.sse');
    for (const frame of all.slice(0, 5)) stream.push(frame);
    await until(el, () => title(el) === 'Show me the demo', 'the first frames');

    await el.showHistory();
    const panel = (): ShadowRoot | null => el.shadowRoot!.querySelector('ck-history-panel')?.shadowRoot ?? null;
    await until(el, () => panel()?.querySelector('[data-id="thr_other"] .open') != null, 'the history entry');
    panel()!.querySelector<HTMLButtonElement>('[data-id="thr_other"] .open')!.click();
    await until(el, () => el.activeThreadId === 'thr_other' && title(el) === 'Other thread', 'the other thread');
    expect(call.signal!.aborted).to.equal(true);
    expect(stream.stopped).to.equal(true);
    const shown = transcriptText(el);

    for (const frame of all.slice(5)) stream.push(frame);
    await settle(el);
    await settle(el);
    expect(title(el)).to.equal('Other thread');
    expect(transcriptText(el)).to.equal(shown);
    expect(deepQuery(el, '[part="stop"]')).to.equal(null);
    expect(events.filter((e) => e.name === 'chatkit.response.end')).to.have.length(1);
    expect(events.filter((e) => e.name === 'chatkit.thread.change').map((e) => e.detail)).to.deep.equal([
      { threadId: THREAD_ID },
      { threadId: 'thr_other' },
    ]);
    expect(events.filter((e) => e.name === 'chatkit.error')).to.deep.equal([]);
  });

  it('setThreadId(null) during a stream aborts it and shows the start screen', async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    void el.sendUserMessage({ text: 'Show me the demo' });
    const call = await stream.called;
    const all = await frames('threads.create.sse');
    for (const frame of all.slice(0, 8)) stream.push(frame);
    await until(el, () => title(el) === 'Show me the demo', 'the first frames');
    await el.setThreadId(null);
    for (const frame of all.slice(8)) stream.push(frame);
    await settle(el);
    await settle(el);
    expect(call.signal!.aborted).to.equal(true);
    expect(el.activeThreadId).to.equal(null);
    expect(deepQuery(el, 'ck-start-screen')).to.exist;
    expect(deepQueryAll(el, 'ck-message')).to.have.length(0);
  });

  it('setThreadId called many times quickly: the last wins, even when earlier replies arrive later', async () => {
    const names = ['thr_1', 'thr_2', 'thr_3', 'thr_4', 'thr_5'];
    const threads = new Map(await Promise.all(names.map(async (id) => [id, await threadNamed(id, `Thread ${id}`)] as const)));
    const f = fakeFetch();
    names.forEach((id, index) => {
      const thread = threads.get(id)!;
      const mine = (type: string) => (call: { body: { type?: string; params?: Record<string, unknown> } }) =>
        call.body.type === type && call.body.params?.['thread_id'] === id;
      // A fetch that ignores abort, and the older the call the later its reply.
      f.reply(mine('threads.get_by_id'), { json: thread, responseDelay: (names.length - index) * 15, ignoreAbort: true });
      f.reply(mine('items.list'), { json: { data: [...thread.items.data].reverse(), has_more: false } });
    });
    const el = await mountChat(f);
    const events = recordEvents(el, CHATKIT_EVENTS);
    const loads = names.map((id) => el.setThreadId(id));
    await Promise.all(loads);
    await settle(el);

    expect(el.activeThreadId).to.equal('thr_5');
    expect(title(el)).to.equal('Thread thr_5');
    const gets = f.callsOf('threads.get_by_id');
    expect(gets.at(-1)!.body.params).to.deep.equal({ thread_id: 'thr_5' });
    expect(gets.slice(0, -1).every((call) => call.signal!.aborted)).to.equal(true);
    expect(f.callsOf('items.list').map((call) => call.body.params!['thread_id'])).to.deep.equal(['thr_5']);
    expect(events.filter((e) => e.name === 'chatkit.thread.change').map((e) => e.detail)).to.deep.equal([{ threadId: 'thr_5' }]);
    const starts = events.filter((e) => e.name === 'chatkit.thread.load.start');
    const ends = events.filter((e) => e.name === 'chatkit.thread.load.end');
    expect(starts.map((e) => e.detail)).to.deep.equal(names.map((threadId) => ({ threadId })));
    expect(ends).to.have.length(starts.length);
    expect(deepQuery(el, 'ck-composer')).to.exist;
  });
});
