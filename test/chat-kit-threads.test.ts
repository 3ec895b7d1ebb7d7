/**
 * Issue #6 through the public `<chat-kit>` element: actions under responses, client tools,
 * structured input, switching threads mid-stream and loading older items, replayed against
 * server captures. (History, status and header: `chat-kit-history.test.ts`.)
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { ChatKit, ChatKitOptions } from '../src/index.js';
import type { CkThreadView } from '../src/elements/ck-thread-view.js';
import { fakeFetch, type FakeFetch } from './helpers/fake-fetch.js';
import { loadFixture, loadJsonFixture } from './helpers/fixtures.js';
import { deepQuery, deepQueryAll, mountChat, recordEvents, settle, transcriptText, typeAndSend } from './helpers/mount.js';

const THREAD_ID = 'thr_b46d1d4c';
/** The first turn of `threads.create.sse`: the user message, then the answer's three items. */
const USER_ID = 'msg_acc29e25';
const ANSWER_IDS = ['msg_1ff14d94', 'msg_a3011ec4', 'msg_46baa61a'];
/** What that answer reads as text: the message, then the widgets' `copy_text`. */
const ANSWER_TEXT = [
  'Hello from the ChatKit peer. Below is a demo card with server, client and sync actions, plus a form, and a separate list widget.',
  'Order ord_42 summary',
  'Lines: blue, orange',
].join('\n\n');

/** Resolves once `check` holds, re-rendering between tries; fails with `what` after ~300 frames. */
async function until(el: Element, check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (check()) return;
    await settle(el);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function sendAndWait(el: ChatKit, text: string): Promise<void> {
  const ended = oneEvent(el, 'chatkit.response.end');
  await typeAndSend(el, text);
  await ended;
  await settle(el);
}

/** A promise with its resolve/reject, to hold a handler until the test lets it go. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Ids of the items shown in the transcript, in order. */
function shownItemIds(el: ChatKit): string[] {
  return deepQueryAll<HTMLElement>(el, 'ck-message').map((message) => message.dataset['itemId'] ?? '');
}

function actionButton(el: ChatKit, action: string): HTMLButtonElement | null {
  return itemActionsRoot(el)?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`) ?? null;
}

function itemActionsRoot(el: ChatKit): ShadowRoot | null {
  return deepQuery(el, 'ck-item-actions')?.shadowRoot ?? null;
}

function actionNames(el: ChatKit): string[] {
  return [...(itemActionsRoot(el)?.querySelectorAll('button') ?? [])].map((button) => button.dataset['action'] ?? '');
}

/** Replaces the clipboard's `writeText` until the returned function is called. */
function stubClipboard(write: (text: string) => Promise<void>): () => void {
  const original = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');
  Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: write });
  return () => {
    if (original) Object.defineProperty(navigator.clipboard, 'writeText', original);
    else delete (navigator.clipboard as Partial<Clipboard>).writeText;
  };
}

describe('<chat-kit> actions under a response', () => {
  const shares: unknown[] = [];
  const actions: NonNullable<ChatKitOptions['threadItemActions']> = {
    feedback: true,
    retry: true,
    custom: [
      {
        id: 'share',
        label: 'Share',
        onClick: (context) => {
          shares.push(context);
        },
      },
    ],
  };

  async function answered(f: FakeFetch, options: Partial<ChatKitOptions> = { threadItemActions: actions }): Promise<ChatKit> {
    shares.length = 0;
    const el = await mountChat(f.reply('threads.create', 'threads.create.sse'), options);
    await sendAndWait(el, 'Show me the demo');
    return el;
  }

  it('offers Copy, thumbs, Retry and the app action after a reply', async () => {
    const el = await answered(fakeFetch());
    expect(actionNames(el)).to.deep.equal(['copy', 'feedback-positive', 'feedback-negative', 'retry', 'custom']);
    expect(itemActionsRoot(el)!.querySelector('[data-action="custom"]')!.textContent.trim()).to.equal('Share');
  });

  it('without threadItemActions only Copy is offered', async () => {
    const el = await answered(fakeFetch(), {});
    expect(actionNames(el)).to.deep.equal(['copy']);
  });

  it('thumbs up sends items.feedback for the turn, shows it pressed and fires item-action', async () => {
    const f = fakeFetch().reply('items.feedback', 'items.feedback.json');
    const el = await answered(f);
    const events = recordEvents(el, ['item-action']);
    actionButton(el, 'feedback-positive')!.click();
    await f.waitForCalls(2);
    await settle(el);
    expect(f.callsOf('items.feedback')[0]!.body.params).to.deep.equal({ thread_id: THREAD_ID, item_ids: ANSWER_IDS, kind: 'positive' });
    expect(actionButton(el, 'feedback-positive')!.getAttribute('aria-pressed')).to.equal('true');
    expect(actionButton(el, 'feedback-negative')!.getAttribute('aria-pressed')).to.equal('false');
    expect(events).to.deep.equal([{ name: 'item-action', detail: { action: 'feedback.positive', threadId: THREAD_ID, itemIds: ANSWER_IDS } }]);
  });

  it('Retry sends threads.retry_after_item, drops the old answer first, then shows the new one', async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.retry_after_item');
    const el = await answered(f);
    const events = recordEvents(el, ['item-action', 'chatkit.response.end']);
    expect(shownItemIds(el)).to.deep.equal([USER_ID, ...ANSWER_IDS]);
    actionButton(el, 'retry')!.click();
    const call = await stream.called;
    await settle(el);
    expect(call.body.params).to.deep.equal({ thread_id: THREAD_ID, item_id: USER_ID });
    // Before the server answers, only the question is left.
    expect(shownItemIds(el)).to.deep.equal([USER_ID]);
    expect(events[0]).to.deep.equal({ name: 'item-action', detail: { action: 'retry', threadId: THREAD_ID, itemIds: [USER_ID] } });

    stream.push(await loadFixture('threads.retry_after_item.sse'));
    stream.close();
    await until(el, () => events.some((e) => e.name === 'chatkit.response.end'), 'the retried answer');
    await settle(el);
    expect(shownItemIds(el)).to.deep.equal([USER_ID, 'msg_a8cffbe9', 'msg_642cdb4d', 'msg_7cdfa5ff']);
    expect(transcriptText(el)).to.contain('Hello from the ChatKit peer.');
  });

  it('Copy puts the answer text on the clipboard', async () => {
    const el = await answered(fakeFetch());
    const written: string[] = [];
    const restore = stubClipboard((text) => {
      written.push(text);
      return Promise.resolve();
    });
    try {
      actionButton(el, 'copy')!.click();
      await until(el, () => written.length === 1, 'the clipboard write');
    } finally {
      restore();
    }
    expect(written).to.deep.equal([ANSWER_TEXT]);
  });

  it('a custom action calls its onClick with the turn and fires item-action', async () => {
    const el = await answered(fakeFetch());
    const events = recordEvents(el, ['item-action']);
    actionButton(el, 'custom')!.click();
    await until(el, () => shares.length === 1, 'onClick');
    expect(shares).to.deep.equal([{ actionId: 'share', threadId: THREAD_ID, itemIds: ANSWER_IDS, text: ANSWER_TEXT }]);
    expect(events).to.deep.equal([{ name: 'item-action', detail: { action: 'share', threadId: THREAD_ID, itemIds: ANSWER_IDS } }]);
  });
});

describe('<chat-kit> client tools', () => {
  const TOOL_EVENTS = ['chatkit.response.start', 'chatkit.response.end', 'chatkit.error'] as const;

  function toolServer(): FakeFetch {
    return fakeFetch()
      .reply('threads.create', 'threads.create.sse')
      .reply('threads.add_user_message', 'threads.add_user_message.tool.sse')
      .reply('threads.add_client_tool_output', 'threads.add_client_tool_output.sse');
  }

  it('runs onClientTool inside one response and sends its result', async () => {
    const calls: unknown[] = [];
    const gate = deferred<Record<string, unknown>>();
    const f = toolServer();
    const el = await mountChat(f, {
      onClientTool: (call) => {
        calls.push(call);
        return gate.promise;
      },
    });
    await sendAndWait(el, 'Show me the demo');
    const events = recordEvents(el, TOOL_EVENTS);
    await typeAndSend(el, 'please use the tool');
    await until(el, () => calls.length === 1, 'the tool call');
    await settle(el);

    expect(calls).to.deep.equal([{ name: 'get_client_time', params: { format: 'iso' } }]);
    // The tool is part of the response: the user cannot send, and it has not ended.
    expect(events.map((e) => e.name)).to.deep.equal(['chatkit.response.start']);
    expect(deepQuery<HTMLElement & { responding: boolean }>(el, 'ck-composer')!.responding).to.equal(true);
    const refused = await el.sendUserMessage({ text: 'not now' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(refused)).to.contain('already responding');
    expect(f.callsOf('threads.add_client_tool_output')).to.have.length(0);

    const ended = oneEvent(el, 'chatkit.response.end');
    gate.resolve({ now: '2026-01-01T12:00:00Z' });
    await ended;
    await settle(el);
    expect(f.callsOf('threads.add_client_tool_output')[0]!.body.params).to.deep.equal({
      thread_id: THREAD_ID,
      result: { now: '2026-01-01T12:00:00Z' },
    });
    expect(events.map((e) => e.name)).to.deep.equal(['chatkit.response.start', 'chatkit.response.end']);
    expect(transcriptText(el)).to.contain('The client tool get_client_time returned');
    expect(deepQuery<HTMLElement & { responding: boolean }>(el, 'ck-composer')!.responding).to.equal(false);
  });

  it('sends {error} when the handler throws, and reports it', async () => {
    const f = toolServer();
    const el = await mountChat(f, {
      onClientTool: () => Promise.reject(new Error('clock unavailable')),
    });
    await sendAndWait(el, 'Show me the demo');
    const events = recordEvents(el, TOOL_EVENTS);
    await sendAndWait(el, 'please use the tool');
    expect(f.callsOf('threads.add_client_tool_output')[0]!.body.params).to.deep.equal({
      thread_id: THREAD_ID,
      result: { error: 'clock unavailable' },
    });
    const errors = events.filter((e) => e.name === 'chatkit.error');
    expect(errors).to.have.length(1);
    expect((errors[0]!.detail as { error: Error }).error.message).to.equal('clock unavailable');
  });

  it('sends {error} when there is no onClientTool handler', async () => {
    const f = toolServer();
    const el = await mountChat(f);
    await sendAndWait(el, 'Show me the demo');
    await sendAndWait(el, 'please use the tool');
    const result = f.callsOf('threads.add_client_tool_output')[0]!.body.params!['result'] as Record<string, unknown>;
    expect(Object.keys(result)).to.deep.equal(['error']);
    expect(String(result['error'])).to.contain('get_client_time');
  });
});

describe('<chat-kit> structured input', () => {
  it('replaces the composer with the questions and sends the answers', async () => {
    const f = fakeFetch()
      .reply('threads.create', 'threads.create.sse')
      .reply('threads.add_user_message', 'threads.add_user_message.question.sse')
      .reply('threads.add_structured_input', 'threads.add_structured_input.sse');
    const el = await mountChat(f);
    await sendAndWait(el, 'Show me the demo');
    await sendAndWait(el, 'ask me a question');

    const form = deepQuery(el, 'ck-structured-input')!.shadowRoot!;
    expect(deepQuery(el, 'ck-composer')).to.equal(null);
    expect([...form.querySelectorAll('legend')].map((legend) => legend.textContent.trim())).to.deep.equal(['Which size?', 'Anything else?']);
    [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((radio) => radio.value === 'M')!.click();
    await settle(el);
    const ended = oneEvent(el, 'chatkit.response.end');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await ended;
    await settle(el);

    expect(f.callsOf('threads.add_structured_input')[0]!.body.params).to.deep.equal({
      thread_id: THREAD_ID,
      item_id: 'msg_dc6a8f55',
      input: { status: 'answered', answers: { size: { values: ['M'], skipped: false }, notes: { values: [], skipped: true } } },
    });
    expect(deepQuery(el, 'ck-structured-input')).to.equal(null);
    expect(deepQuery(el, 'ck-composer')).to.exist;
    expect(transcriptText(el)).to.contain('Thanks, recorded structured input');
  });
});

interface ThreadJson {
  id: string;
  title?: string | null;
  items: { data: { id: string; thread_id: string }[]; has_more: boolean };
  [key: string]: unknown;
}

describe('<chat-kit> switching threads', () => {
  it('setThreadId during a stream aborts it; later output of the old stream changes nothing', async () => {
    const captured = await loadJsonFixture<ThreadJson>('threads.get_by_id.json');
    const other: ThreadJson = {
      ...captured,
      id: 'thr_other',
      title: 'Other thread',
      items: { ...captured.items, data: captured.items.data.map((item) => ({ ...item, thread_id: 'thr_other' })) },
    };
    const f = fakeFetch()
      .reply('threads.get_by_id', { json: other })
      .reply('items.list', { json: { data: [...other.items.data].reverse(), has_more: false } });
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    void el.sendUserMessage({ text: 'Show me the demo' }).catch(() => undefined);
    const call = await stream.called;
    const frames = (await loadFixture('threads.create.sse')).split('\n\n');
    // thread.created, the user message, stream_options, progress, thread.updated (title).
    stream.push(`${frames.slice(0, 5).join('\n\n')}\n\n`);
    await until(el, () => deepQuery(el, '[part="title"]')?.textContent.trim() === 'Show me the demo', 'the first frames');

    await el.setThreadId('thr_other');
    await settle(el);
    expect(call.signal!.aborted).to.equal(true);
    expect(stream.stopped).to.equal(true);
    expect(el.activeThreadId).to.equal('thr_other');
    expect(deepQuery(el, '[part="title"]')!.textContent.trim()).to.equal('Other thread');
    const shown = transcriptText(el);

    stream.push(`${frames.slice(5).join('\n\n')}\n\n`);
    stream.push(
      `data: ${JSON.stringify({ type: 'thread.updated', thread: { ...captured, title: 'Late title', items: { data: [], has_more: false } } })}\n\n`,
    );
    await settle(el);
    await settle(el);
    expect(deepQuery(el, '[part="title"]')!.textContent.trim()).to.equal('Other thread');
    expect(transcriptText(el)).to.equal(shown);
    expect(deepQuery(el, '[part="stop"]')).to.equal(null);
  });
});

describe('<chat-kit> older items', () => {
  /** `count` alternating user/assistant messages, newest first, numbered from `from` (oldest). */
  function messages(from: number, count: number): unknown[] {
    const out: unknown[] = [];
    for (let n = from; n < from + count; n += 1) {
      const base = { id: `msg_${String(n).padStart(3, '0')}`, thread_id: THREAD_ID, created_at: '2026-11-23T19:11:55.571507' };
      out.push(
        n % 2 === 0
          ? { ...base, type: 'user_message', content: [{ type: 'input_text', text: `Question ${String(n)}` }], attachments: [], inference_options: {} }
          : { ...base, type: 'assistant_message', content: [{ type: 'output_text', text: `Answer ${String(n)}`, annotations: [] }] },
      );
    }
    return out.reverse();
  }

  it('scrolling the transcript to the top loads the page after the cursor and shows older messages', async () => {
    const thread = await loadJsonFixture<ThreadJson>('threads.get_by_id.json');
    const f = fakeFetch()
      .reply('threads.get_by_id', { json: { ...thread, items: { data: [], has_more: false } } })
      .replyOnce('items.list', { json: { data: messages(10, 30), has_more: true, after: 'cursor_older' } })
      .reply('items.list', { json: { data: messages(0, 10), has_more: false } });
    const el = await mountChat(f);
    await el.setThreadId(THREAD_ID);
    await settle(el);
    const view = deepQuery<CkThreadView>(el, 'ck-thread-view')!;
    await until(el, () => view.scrollTop > 0, 'the transcript to start at its end');
    // The reader is at the end, far from the top: nothing older is asked for yet.
    expect(f.callsOf('items.list')).to.have.length(1);
    expect(shownItemIds(el)[0]).to.equal('msg_010');

    view.scrollTop = 0;
    view.dispatchEvent(new Event('scroll'));
    await until(el, () => f.callsOf('items.list').length === 2, 'items.list for older items');
    expect(f.callsOf('items.list')[1]!.body.params).to.deep.equal({ thread_id: THREAD_ID, order: 'desc', limit: 20, after: 'cursor_older' });
    await until(el, () => shownItemIds(el).length === 40, 'the older page');
    expect(shownItemIds(el).slice(0, 2)).to.deep.equal(['msg_000', 'msg_001']);
    expect(transcriptText(el)).to.contain('You: Question 0 Assistant: Answer 1');
    expect(f.callsOf('items.list')).to.have.length(2);
  });
});
