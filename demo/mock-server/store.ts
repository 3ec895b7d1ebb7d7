import type { Attachment, Page, Thread, ThreadItem, ThreadStatus } from './types.js';

/** Item types the reference server stores but never sends back (protocol §2.3 rule 7). */
const HIDDEN_TYPES: ReadonlySet<string> = new Set(['hidden_context_item', 'sdk_hidden_context']);

/** Page size the reference server uses when `limit` is absent (`DEFAULT_PAGE_SIZE`). */
export const DEFAULT_PAGE_SIZE = 20;

export interface PageParams {
  limit?: number | null;
  order?: 'asc' | 'desc' | null;
  after?: string | null;
}

export interface ThreadRecord {
  id: string;
  title?: string;
  created_at: string;
  /** UI-only, like the SDK: a locked or closed thread still accepts requests. Absent = active. */
  status?: ThreadStatus;
  items: ThreadItem[];
}

export interface StoredAttachment {
  attachment: Attachment;
  bytes?: Buffer;
}

export function isHidden(item: ThreadItem): boolean {
  return HIDDEN_TYPES.has(item.type);
}

/** mulberry32: tiny seeded PRNG, so `seed` makes ids reproducible across runs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Formats like Python's naive `datetime.now().isoformat()`: local time, no offset, microseconds
 * (`2026-11-23T19:02:35.441541`), which is what the captures contain.
 */
export function naiveIso(micros: number): string {
  const d = new Date(Math.floor(micros / 1000));
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${date}T${time}.${pad(micros % 1_000_000, 6)}`;
}

/** Paginates like the SDK stores: `after` is the id of the previous page's last element. */
export function paginate<T extends { id: string }>(ascending: readonly T[], params: PageParams): Page<T> {
  const ordered = params.order === 'asc' ? [...ascending] : [...ascending].reverse();
  const limit = params.limit ?? DEFAULT_PAGE_SIZE;
  const cursor = params.after == null ? -1 : ordered.findIndex((entry) => entry.id === params.after);
  const start = cursor + 1;
  const data = ordered.slice(start, start + limit);
  const hasMore = start + limit < ordered.length;
  const last = data[data.length - 1];
  return hasMore && last ? { data, has_more: true, after: last.id } : { data, has_more: false };
}

/** The in-memory thread/item/attachment store behind one mock server. */
export class MockStore {
  readonly threads = new Map<string, ThreadRecord>();
  readonly attachments = new Map<string, StoredAttachment>();
  readonly feedback = new Map<string, 'positive' | 'negative'>();
  private random: () => number;
  private usedIds = new Set<string>();
  private lastMicros = 0;

  constructor(private readonly seed: number) {
    this.random = prng(seed);
  }

  clear(): void {
    this.threads.clear();
    this.attachments.clear();
    this.feedback.clear();
    this.usedIds.clear();
    this.random = prng(this.seed);
    this.lastMicros = 0;
  }

  /** `<prefix>_<8 hex>`, the SDK's default id shape. */
  newId(prefix: string): string {
    for (;;) {
      const hex = Math.floor(this.random() * 0x1_0000_0000).toString(16).padStart(8, '0');
      const id = `${prefix}_${hex}`;
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  /** Strictly increasing timestamps, so items created in one tick still sort in order. */
  now(): string {
    this.lastMicros = Math.max(Math.floor((performance.timeOrigin + performance.now()) * 1000), this.lastMicros + 1);
    return naiveIso(this.lastMicros);
  }

  createThread(createdAt = this.now()): ThreadRecord {
    const thread: ThreadRecord = { id: this.newId('thr'), created_at: createdAt, items: [] };
    this.threads.set(thread.id, thread);
    return thread;
  }

  /** Threads oldest first by `created_at` (seeded threads are backdated, so insertion order is not enough). */
  listThreads(): ThreadRecord[] {
    // Naive ISO timestamps of one format sort lexicographically; the sort is stable for equal ones.
    return [...this.threads.values()].sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
  }

  findItem(thread: ThreadRecord, itemId: string): ThreadItem | undefined {
    return thread.items.find((item) => item.id === itemId);
  }

  /** `thread.item.done` semantics: replace in place when known, append otherwise. */
  upsertItem(thread: ThreadRecord, item: ThreadItem): void {
    const index = thread.items.findIndex((entry) => entry.id === item.id);
    if (index === -1) thread.items.push(item);
    else thread.items[index] = item;
  }

  removeItem(thread: ThreadRecord, itemId: string): void {
    thread.items = thread.items.filter((item) => item.id !== itemId);
  }

  visibleItems(thread: ThreadRecord): ThreadItem[] {
    return thread.items.filter((item) => !isHidden(item));
  }

  /** `items.list`: the store paginates first and hidden items are dropped afterwards, like the SDK. */
  listItems(thread: ThreadRecord, params: PageParams): Page<ThreadItem> {
    const page = paginate(thread.items, params);
    return { ...page, data: page.data.filter((item) => !isHidden(item)) };
  }

  /**
   * The wire `Thread`. Key order follows the captures (title first) so replies diff cleanly
   * against them; `metadata` is always `{}` because the SDK never copies it out.
   */
  toThread(thread: ThreadRecord, items: Page<ThreadItem> = { data: [], has_more: false }): Thread {
    return {
      ...(thread.title === undefined ? {} : { title: thread.title }),
      id: thread.id,
      created_at: thread.created_at,
      status: thread.status ?? { type: 'active' },
      metadata: {},
      items,
    };
  }
}
