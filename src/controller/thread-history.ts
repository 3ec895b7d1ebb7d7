/**
 * The thread history list: pages through `threads.list`, renames and deletes threads, and keeps
 * the list in step with the open thread. DOM-free and Lit-free, so `<chat-kit>` owns one and
 * feeds its snapshots to `<ck-history-panel>`.
 */
import { isChatKitProtocolError, type ChatKitClient } from '../protocol/index.js';
import type { Thread, ThreadMetadata } from '../schemas/index.js';

/** An immutable snapshot of the history list. */
export interface ThreadHistoryState {
  /** Newest first, without items. */
  readonly threads: readonly ThreadMetadata[];
  /** The server has more threads after the last one. */
  readonly hasMore: boolean;
  /** A page request (first or next) is in flight. */
  readonly loading: boolean;
  /** The first page has arrived at least once. */
  readonly loaded: boolean;
  /**
   * Why the last page request failed, as a short code (`http`, `network`, `schema`, …,
   * `unknown`); `null` after a success. The panel shows a localized message, never this text.
   */
  readonly error: string | null;
}

/** Options of {@link ThreadHistory}. */
export interface ThreadHistoryOptions {
  /** Sends a non-streaming request, e.g. `(request, options) => client.send(request, options)`. */
  send: ChatKitClient['send'];
  /** Threads per `threads.list` page; default {@link DEFAULT_HISTORY_PAGE_SIZE}. */
  pageSize?: number | undefined;
  /** A page could not be loaded (not called when the request was aborted or superseded). */
  onError?: ((error: unknown) => void) | undefined;
}

/** Threads per page unless {@link ThreadHistoryOptions.pageSize} says otherwise. */
export const DEFAULT_HISTORY_PAGE_SIZE = 20;

/** Listener of {@link ThreadHistory.subscribe}. */
export type ThreadHistoryListener = (state: ThreadHistoryState) => void;

const INITIAL: ThreadHistoryState = { threads: [], hasMore: false, loading: false, loaded: false, error: null };

/** Threads in lists and updates carry an (empty) item page the history has no use for. */
function metadataOf(thread: Thread | ThreadMetadata): ThreadMetadata {
  const copy: ThreadMetadata & { items?: unknown } = { ...thread };
  delete copy.items;
  return copy;
}

function errorCode(error: unknown): string {
  return isChatKitProtocolError(error) ? error.code : 'unknown';
}

/**
 * The thread history of one ChatKit endpoint.
 *
 * ```ts
 * const history = new ThreadHistory({ send: (request, options) => client.send(request, options) });
 * history.subscribe((state) => (panel.threads = state.threads));
 * await history.refresh();
 * ```
 *
 * `refresh()` and `loadMore()` never reject: failures land in `state.error`. `rename()` and
 * `remove()` reject, so the element that asked can show an inline error.
 */
export class ThreadHistory {
  private readonly send: ChatKitClient['send'];
  private readonly pageSize: number;
  private readonly onError: ((error: unknown) => void) | undefined;
  private current: ThreadHistoryState = INITIAL;
  private readonly listeners = new Set<ThreadHistoryListener>();
  /** Cursor of the next page (`after`). */
  private cursor: string | undefined;
  /** Bumped by `refresh()`: replies of older requests are ignored. */
  private generation = 0;
  private pending: Promise<void> | null = null;
  private abort: AbortController | null = null;
  /** Threads deleted or forgotten here; a page that raced with the deletion must not revive them. */
  private readonly gone = new Set<string>();
  /** Threads upserted while a refresh was in flight; its (older) first page would drop them. */
  private upsertedDuringRefresh = new Map<string, ThreadMetadata>();

  constructor(options: ThreadHistoryOptions) {
    this.send = options.send;
    this.pageSize = options.pageSize ?? DEFAULT_HISTORY_PAGE_SIZE;
    this.onError = options.onError;
  }

  /** The current snapshot (a new object after every change). */
  get state(): ThreadHistoryState {
    return this.current;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: ThreadHistoryListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Loads the first page (`threads.list {limit, order: "desc"}`), replacing the list. A refresh
   * already in flight is aborted and its reply ignored. Resolves when the page is in (or failed).
   */
  refresh(): Promise<void> {
    this.abort?.abort();
    this.generation += 1;
    this.upsertedDuringRefresh = new Map();
    return this.fetchPage(this.generation, undefined);
  }

  /**
   * Loads the next page after the last thread. Collapses with a request already in flight, does
   * nothing when there is no more, and loads the first page when none has loaded yet, so a
   * panel's "Retry" / "Load more" can always call it.
   */
  loadMore(): Promise<void> {
    if (this.pending) return this.pending;
    if (!this.current.loaded) return this.refresh();
    if (!this.current.hasMore) return Promise.resolve();
    return this.fetchPage(this.generation, this.cursor);
  }

  /**
   * Renames a thread (`threads.update`). The new title shows at once and is reverted if the
   * request fails; the server's thread then replaces the entry.
   *
   * @throws the protocol error of the failed request
   */
  async rename(threadId: string, title: string): Promise<void> {
    const before = this.current.threads.find((thread) => thread.id === threadId);
    if (before) this.replace(threadId, { ...before, title });
    try {
      const updated = await this.send({ type: 'threads.update', params: { thread_id: threadId, title } });
      if (this.current.threads.some((thread) => thread.id === threadId)) this.replace(threadId, metadataOf(updated));
    } catch (error) {
      // Only undo our own optimistic title: a later rename or upsert has the newer truth.
      const now = this.current.threads.find((thread) => thread.id === threadId);
      if (before && now?.title === title) this.replace(threadId, { ...now, title: before.title });
      throw error;
    }
  }

  /**
   * Deletes a thread (`threads.delete`); the entry goes once the server confirmed.
   *
   * @throws the protocol error of the failed request
   */
  async remove(threadId: string): Promise<void> {
    await this.send({ type: 'threads.delete', params: { thread_id: threadId } });
    this.forget(threadId);
  }

  /** The open thread was created or changed (e.g. got its title): it moves to the top. */
  upsert(thread: Thread | ThreadMetadata): void {
    const entry = metadataOf(thread);
    this.gone.delete(entry.id);
    if (this.pending) this.upsertedDuringRefresh.set(entry.id, entry);
    const rest = this.current.threads.filter((item) => item.id !== entry.id);
    this.set({ threads: [entry, ...rest] });
  }

  /** Drops a thread from the list without a request (deleted elsewhere, or not found). */
  forget(threadId: string): void {
    this.gone.add(threadId);
    this.upsertedDuringRefresh.delete(threadId);
    if (!this.current.threads.some((thread) => thread.id === threadId)) return;
    this.set({ threads: this.current.threads.filter((thread) => thread.id !== threadId) });
  }

  private fetchPage(generation: number, after: string | undefined): Promise<void> {
    const controller = new AbortController();
    this.abort = controller;
    this.set({ loading: true, error: null });
    const params = after === undefined ? { limit: this.pageSize, order: 'desc' as const } : { limit: this.pageSize, order: 'desc' as const, after };
    const run = async (): Promise<void> => {
      try {
        const page = await this.send({ type: 'threads.list', params }, { signal: controller.signal });
        if (generation !== this.generation) return;
        const incoming = page.data.map(metadataOf).filter((thread) => !this.gone.has(thread.id));
        const last = page.data.at(-1);
        this.cursor = page.after ?? last?.id;
        this.set({
          threads: after === undefined ? this.firstPage(incoming) : this.appendPage(incoming),
          // Without a cursor there is no way to ask for the next page.
          hasMore: page.has_more && this.cursor !== undefined,
          loading: false,
          loaded: true,
          error: null,
        });
      } catch (error) {
        if (generation !== this.generation) return;
        this.set({ loading: false, error: errorCode(error) });
        // Aborted (the element left the page, or a refresh took over) is not a failure to report.
        if (!controller.signal.aborted && errorCode(error) !== 'aborted') this.onError?.(error);
      } finally {
        if (this.abort === controller) {
          this.abort = null;
          this.pending = null;
        }
      }
    };
    const promise = run();
    this.pending = promise;
    return promise;
  }

  /** The first page, plus threads created while it was on its way (they are newer). */
  private firstPage(incoming: ThreadMetadata[]): ThreadMetadata[] {
    const fresh = [...this.upsertedDuringRefresh.values()].reverse();
    this.upsertedDuringRefresh = new Map();
    const ids = new Set(fresh.map((thread) => thread.id));
    return [...fresh, ...incoming.filter((thread) => !ids.has(thread.id))];
  }

  /** A later page; a thread already listed (moved up by an upsert) is not repeated. */
  private appendPage(incoming: ThreadMetadata[]): ThreadMetadata[] {
    const ids = new Set(this.current.threads.map((thread) => thread.id));
    return [...this.current.threads, ...incoming.filter((thread) => !ids.has(thread.id))];
  }

  private replace(threadId: string, entry: ThreadMetadata): void {
    this.set({ threads: this.current.threads.map((thread) => (thread.id === threadId ? entry : thread)) });
  }

  private set(patch: Partial<ThreadHistoryState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of [...this.listeners]) listener(this.current);
  }
}

/** A date group of the history list. */
export type HistoryGroupKey = 'today' | 'yesterday' | 'previous7Days' | 'previous30Days' | 'month';

/** Threads of one date group, newest first. */
export interface HistoryGroup {
  key: HistoryGroupKey;
  /** For `month`: the first day of that month (local time), to label it; otherwise absent. */
  month?: Date | undefined;
  threads: ThreadMetadata[];
}

/**
 * Parses a ChatKit timestamp. The reference server writes naive ISO strings
 * (`2026-11-23T19:12:05.915757`) in UTC, which `Date` would read as local time.
 */
export function parseTimestamp(value: string): Date {
  const [date = '', time = '00:00:00'] = value.split(/[T ]/);
  const hasZone = /([Zz]|[+-]\d{2}(:?\d{2})?)$/.test(time);
  return new Date(`${date}T${time}${hasZone ? '' : 'Z'}`);
}

const DAY_MS = 86_400_000;

/** Whole local calendar days from `date` to `now` (DST-safe). */
function daysBetween(date: Date, now: Date): number {
  const a = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  const b = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((b - a) / DAY_MS);
}

/**
 * Groups threads by how long ago they were created, in the user's time zone: today, yesterday,
 * the previous 7 and 30 days, then one group per month. Keeps the list's order; a thread out of
 * order (an upserted one) joins its group rather than starting a duplicate.
 */
export function groupThreadsByDate(threads: readonly ThreadMetadata[], now: Date): HistoryGroup[] {
  const groups: HistoryGroup[] = [];
  const byId = new Map<string, HistoryGroup>();
  for (const thread of threads) {
    const created = parseTimestamp(thread.created_at);
    const days = Number.isNaN(created.getTime()) ? 0 : daysBetween(created, now);
    let key: HistoryGroupKey;
    let month: Date | undefined;
    if (days <= 0) key = 'today';
    else if (days === 1) key = 'yesterday';
    else if (days <= 7) key = 'previous7Days';
    else if (days <= 30) key = 'previous30Days';
    else {
      key = 'month';
      month = new Date(created.getFullYear(), created.getMonth(), 1);
    }
    const id = month ? `${key}:${month.getFullYear()}-${month.getMonth()}` : key;
    let group = byId.get(id);
    if (!group) {
      group = { key, month, threads: [] };
      byId.set(id, group);
      groups.push(group);
    }
    group.threads.push(thread);
  }
  return groups;
}
