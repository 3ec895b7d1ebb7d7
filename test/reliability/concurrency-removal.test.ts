/**
 * Issue #10, concurrency: `<chat-kit>` removed from the page while a request is open. The request
 * must be aborted, nothing the element started may keep running (timers, intervals, animation
 * frames, idle callbacks, listeners on window/document/media queries), no `chatkit.*` event may
 * follow the removal, and putting the element back must work.
 *
 * What the element starts is told apart from the test runner's own work by the call site: only
 * timers and listeners whose creating stack runs through `/src/` are counted.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { loadFixture } from '../helpers/fixtures.js';
import { mountChat, settle, transcriptText } from '../helpers/mount.js';

const PUBLIC_EVENTS = [
  'chatkit.ready',
  'chatkit.error',
  'chatkit.log',
  'chatkit.effect',
  'chatkit.response.start',
  'chatkit.response.end',
  'chatkit.thread.change',
  'chatkit.thread.load.start',
  'chatkit.thread.load.end',
  'chatkit.history.open',
  'chatkit.history.close',
];

const realSetTimeout = window.setTimeout.bind(window);

function fromSrc(): string | null {
  const stack = new Error().stack ?? '';
  const line = stack.split('\n').find((frame) => frame.includes('/src/'));
  return line ? line.trim() : null;
}

/** Counts what code under `/src/` schedules or listens to, until `restore()`. */
function instrument(): { pending: () => string[]; listening: () => string[]; restore: () => void } {
  const pending = new Map<string, string>();
  const listeners = new Map<string, string>();
  const restorers: (() => void)[] = [];
  const slots = window as unknown as Record<string, unknown>;
  const patch = (name: string, make: (original: never) => unknown): void => {
    const original = slots[name];
    slots[name] = make(original as never);
    restorers.push(() => (slots[name] = original));
  };
  const schedule = (kind: string, repeats: boolean) => (original: (cb: (...a: unknown[]) => void, ...rest: unknown[]) => number) =>
    ((cb: (...a: unknown[]) => void, ...rest: unknown[]): number => {
      const site = fromSrc();
      let id = 0;
      id = original.call(window, (...args: unknown[]) => {
        if (!repeats) pending.delete(`${kind}#${String(id)}`);
        cb(...args);
      }, ...rest);
      if (site) pending.set(`${kind}#${String(id)}`, site);
      return id;
    }) as never;
  const cancel = (kind: string) => (original: (id: number) => void) =>
    ((id: number): void => {
      pending.delete(`${kind}#${String(id)}`);
      original.call(window, id);
    }) as never;
  patch('setTimeout', schedule('timeout', false));
  patch('clearTimeout', cancel('timeout'));
  patch('setInterval', schedule('interval', true));
  patch('clearInterval', cancel('interval'));
  patch('requestAnimationFrame', schedule('frame', false));
  patch('cancelAnimationFrame', cancel('frame'));
  patch('requestIdleCallback', schedule('idle', false));
  patch('cancelIdleCallback', cancel('idle'));

  const targets = new Map<EventTarget, string>([[window, 'window'], [document, 'document']]);
  const nameOf = (target: EventTarget): string | undefined =>
    targets.get(target) ?? (target instanceof MediaQueryList ? `matchMedia(${target.media})` : undefined);
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (listener: unknown): number => {
    if (listener === null || typeof listener !== 'object' && typeof listener !== 'function') return -1;
    if (!ids.has(listener)) ids.set(listener, (next += 1));
    return ids.get(listener)!;
  };
  const capture = (options: unknown): boolean => (typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture));
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    const name = nameOf(this);
    const site = name ? fromSrc() : null;
    if (name && site) listeners.set(`${name}:${type}:${String(idOf(listener))}:${String(capture(options))}`, site);
    add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    const name = nameOf(this);
    if (name) listeners.delete(`${name}:${type}:${String(idOf(listener))}:${String(capture(options))}`);
    remove.call(this, type, listener, options);
  };
  restorers.push(() => {
    EventTarget.prototype.addEventListener = add;
    EventTarget.prototype.removeEventListener = remove;
  });
  return {
    pending: () => [...pending].map(([key, site]) => `${key} ${site}`),
    listening: () => [...listeners].map(([key, site]) => `${key} ${site}`),
    restore: () => {
      for (const undo of restorers.reverse()) undo();
    },
  };
}

function record(el: EventTarget): string[] {
  const seen: string[] = [];
  for (const name of PUBLIC_EVENTS) el.addEventListener(name, () => seen.push(name));
  return seen;
}

/** A few frames and a macrotask turn: what was left running would have run by now. */
async function afterAWhile(): Promise<void> {
  for (let i = 0; i < 4; i += 1) await nextFrame();
  await new Promise((resolve) => realSetTimeout(resolve, 50));
}

async function frames(name: string): Promise<string[]> {
  return (await loadFixture(name))
    .split('\n\n')
    .filter((frame) => frame.trim() !== '')
    .map((frame) => `${frame}\n\n`);
}

describe('<chat-kit> concurrency: removed during a request', () => {
  let tracker: ReturnType<typeof instrument> | null = null;
  afterEach(() => {
    tracker?.restore();
    tracker = null;
  });

  it('removed mid-stream: the request is aborted, nothing keeps running, no event follows; put back, it works', async () => {
    tracker = instrument();
    const f = fakeFetch().reply('threads.add_user_message', 'threads.add_user_message.rich.sse');
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    const parent = el.parentElement!;
    const seen = record(el);
    void el.sendUserMessage({ text: 'Show me the demo' }).catch(() => undefined);
    const call = await stream.called;
    const all = await frames('threads.create.sse');
    for (const frame of all.slice(0, 14)) stream.push(frame);
    for (let i = 0; i < 300 && !transcriptText(el).includes('Hello'); i += 1) await settle(el);
    expect(transcriptText(el)).to.contain('Hello');

    const before = seen.length;
    el.remove();
    // The page hears the response end now (its isResponding goes back), and nothing after that.
    expect(seen.slice(before)).to.deep.equal(['chatkit.response.end']);
    expect(call.signal!.aborted).to.equal(true);
    for (const frame of all.slice(14)) stream.push(frame);
    await afterAWhile();
    expect(stream.stopped).to.equal(true);
    expect(tracker.pending()).to.deep.equal([]);
    expect(tracker.listening()).to.deep.equal([]);
    expect(seen.slice(before)).to.deep.equal(['chatkit.response.end']);

    parent.append(el);
    await settle(el);
    const end = new Promise((resolve) => { el.addEventListener('chatkit.response.end', resolve, { once: true }); });
    await el.sendUserMessage({ text: 'more please' });
    await end;
    await settle(el);
    expect(f.callsOf('threads.add_user_message')).to.have.length(1);
    expect(f.callsOf('threads.add_user_message')[0]!.body.params!['thread_id']).to.equal('thr_b46d1d4c');
    expect(transcriptText(el)).to.contain('Compare with');
    el.remove();
  });

  it('removed while the history list (threads.list) is pending: that request is aborted; put back, the list loads', async () => {
    tracker = instrument();
    const list = await loadFixture('threads.list.json');
    const f = fakeFetch().replyOnce('threads.list', { json: JSON.parse(list), responseDelay: 60_000 }).reply('threads.list', 'threads.list.json');
    const el = await mountChat(f);
    const parent = el.parentElement!;
    await el.showHistory();
    await f.waitForCalls(1);
    const seen = record(el);
    el.remove();
    await afterAWhile();
    expect(f.calls[0]!.signal?.aborted).to.equal(true);
    expect(tracker.pending()).to.deep.equal([]);
    expect(tracker.listening()).to.deep.equal([]);
    expect(seen).to.deep.equal([]);

    parent.append(el);
    const titles = (): string[] =>
      [...(el.shadowRoot!.querySelector('ck-history-panel')?.shadowRoot?.querySelectorAll('[part~="item"] .title') ?? [])].map((t) => t.textContent.trim());
    for (let i = 0; i < 300 && !titles().includes('second thread'); i += 1) await settle(el);
    expect(titles()).to.include('second thread');
    el.remove();
  });

  it('removed while a thread loads (threads.get_by_id): that request is aborted, no event follows; put back, the thread loads', async () => {
    tracker = instrument();
    const f = fakeFetch()
      .replyOnce('threads.get_by_id', { fixture: 'threads.get_by_id.json', responseDelay: 60_000 })
      .reply('threads.get_by_id', 'threads.get_by_id.json');
    const el = await mountChat(f);
    const parent = el.parentElement!;
    void el.setThreadId('thr_b46d1d4c').catch(() => undefined);
    await f.waitForCalls(1);
    const seen = record(el);
    el.remove();
    await afterAWhile();
    expect(f.calls[0]!.signal?.aborted).to.equal(true);
    expect(tracker.pending()).to.deep.equal([]);
    expect(seen.filter((name) => name !== 'chatkit.thread.load.end')).to.deep.equal([]);

    parent.append(el);
    await f.waitForCalls(2);
    expect(f.calls[1]!.body.type).to.equal('threads.get_by_id');
    expect(f.calls[1]!.body.params!['thread_id']).to.equal('thr_b46d1d4c');
    for (let i = 0; i < 300 && el.activeThreadId !== 'thr_b46d1d4c'; i += 1) await settle(el);
    expect(el.activeThreadId).to.equal('thr_b46d1d4c');
    el.remove();
  });
});
