/**
 * Shared setup of the ChatSession tests: a session on a fake fetch with recorded hooks, and wire
 * replies built from the real captures of thread `thr_b46d1d4c`.
 */
import { ChatSession, type SessionHooks } from '../../src/controller/chat-session.js';
import { ChatKitClient } from '../../src/protocol/client.js';
import type { FakeCall, FakeFetch } from '../helpers/fake-fetch.js';
import { loadJsonFixture } from '../helpers/fixtures.js';

/** A wire item, as the captures hold it. */
export interface WireItem {
  id: string;
  type: string;
  [key: string]: unknown;
}

/** A wire `Page<ThreadItem>`. */
export interface WirePage {
  data: WireItem[];
  has_more: boolean;
  after?: string;
}

/** A wire `Thread` (`threads.get_by_id` reply). */
export interface WireThread {
  id: string;
  title?: string;
  items: WirePage;
  [key: string]: unknown;
}

export interface SessionUnderTest {
  session: ChatSession;
  /** Lifecycle hooks in call order, e.g. `load.start:thr_1`, `response.end`. */
  events: string[];
  errors: Error[];
}

/** A session whose client posts to `/chatkit` through `f` (or a given client). */
export function createSession(
  f: FakeFetch,
  extra: Partial<SessionHooks> = {},
  client: ChatKitClient = new ChatKitClient({ url: '/chatkit', fetch: f.fetch }),
): SessionUnderTest {
  const events: string[] = [];
  const errors: Error[] = [];
  const hooks: SessionHooks = {
    responseStart: () => events.push('response.start'),
    responseEnd: () => events.push('response.end'),
    threadChange: (id) => events.push(`thread.change:${String(id)}`),
    loadStart: (id) => events.push(`load.start:${id}`),
    loadEnd: (id) => events.push(`load.end:${id}`),
    effect: () => undefined,
    error: (error) => errors.push(error),
    log: () => undefined,
    ...extra,
  };
  return { session: new ChatSession(hooks, client), events, errors };
}

/** The captured `threads.get_by_id` reply (its embedded page holds all four items, oldest first). */
export function capturedThread(): Promise<WireThread> {
  return loadJsonFixture<WireThread>('threads.get_by_id.json');
}

/** Every item of the captured thread, oldest first, from the two captured `items.list` pages. */
export async function capturedItems(): Promise<WireItem[]> {
  const first = await loadJsonFixture<WirePage>('items.list.json');
  const second = await loadJsonFixture<WirePage>('items.list.page2.json');
  return [...first.data, ...second.data];
}

/**
 * The captured items re-paged as a server answers `order: "desc"` (newest first) with pages of
 * `size`: the cursor `after` is the id of each page's last (oldest) element.
 */
export async function descPages(size: number): Promise<WirePage[]> {
  const newestFirst = (await capturedItems()).reverse();
  const pages: WirePage[] = [];
  for (let i = 0; i < newestFirst.length; i += size) {
    const data = newestFirst.slice(i, i + size);
    const hasMore = i + size < newestFirst.length;
    pages.push({ data, has_more: hasMore, ...(hasMore ? { after: data[data.length - 1]!.id } : {}) });
  }
  return pages;
}

/** Matches an `items.list` call by its `after` cursor (`undefined` = the first page). */
export function itemsListAfter(after: string | undefined): (call: FakeCall) => boolean {
  return (call) => call.body.type === 'items.list' && call.body.params?.after === after;
}

/** Matches a call of `type` for thread `threadId`. */
export function forThread(type: string, threadId: string): (call: FakeCall) => boolean {
  return (call) => call.body.type === type && call.body.params?.thread_id === threadId;
}

/**
 * Routes the captured thread: `threads.get_by_id` and `items.list` paged newest first, two items
 * a page (so there is one older page to load).
 */
export async function routeCapturedThread(f: FakeFetch): Promise<{ thread: WireThread; pages: WirePage[] }> {
  const thread = await capturedThread();
  const pages = await descPages(2);
  f.reply(forThread('threads.get_by_id', thread.id), { json: thread });
  f.reply(itemsListAfter(undefined), { json: pages[0] });
  f.reply(itemsListAfter(pages[0]!.after), { json: pages[1] });
  return { thread, pages };
}

/** SSE text of wire events. */
export function sse(...events: unknown[]): string {
  return events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('');
}

/** Resolves after pending microtasks and one macrotask (lets a fetch/stream step run). */
export function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits until `condition()` holds, checking once per macrotask (fails after `tries`). */
export async function until(condition: () => boolean, tries = 200): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (condition()) return;
    await tick();
  }
  throw new Error('condition not reached');
}
