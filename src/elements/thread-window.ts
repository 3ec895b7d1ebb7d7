/**
 * Windowed rendering of the transcript (docs/decisions/0007): which of the loaded items
 * `<ck-thread-view>` renders, and how the reader's place is kept while that window grows above
 * them. Creating thousands of `<ck-message>` shadow roots at once is what makes a long thread
 * slow, so only the newest items render at first and older ones are revealed a chunk at a time.
 */
import type { ThreadItem } from '../schemas/index.js';
import { turnsOf, type Turn } from '../state/turns.js';

/** Items rendered when a thread opens. */
export const WINDOW_INITIAL = 40;
/** Older items revealed at a time when the reader reaches the top of what is rendered. */
export const WINDOW_CHUNK = 40;

/** What the view renders for one items array. */
export interface WindowView {
  /** The array this was computed from (`visibleItems(state)`). */
  readonly source: readonly ThreadItem[];
  /** Index in `source` of the first rendered item. */
  readonly start: number;
  /** The rendered items: `source` from `start` to its end (new items at the end always render). */
  readonly items: readonly ThreadItem[];
  /**
   * Turns of the rendered items. The first one is complete even when the window cuts it (its
   * items above the window are included), so Copy and feedback act on the whole response.
   */
  readonly turns: readonly Turn[];
}

function indexOfId(items: readonly ThreadItem[], id: string, hint: number): number {
  if (items[hint]?.id === id) return hint;
  return items.findIndex((item) => item.id === id);
}

/**
 * The window over a thread's items: everything from one item (the start) to the end. The start is
 * kept by id, so items prepended by paging stay hidden until revealed and items appended by
 * streaming always render. Plain logic over arrays; the element decides when to move it.
 */
export class TranscriptWindow {
  /** Id of the first rendered item; null until the window is placed on a non-empty thread. */
  private startId: string | null = null;
  /** Where `startId` was last found, so the usual lookup is O(1). */
  private startIndex = 0;
  /** Length of the array `startIndex` refers to (a prepend shifts the start by the difference). */
  private length = 0;
  /** Items rendered last time, kept when the start item itself disappears. */
  private shown = 0;
  private cached: WindowView | null = null;

  /** Forgets the place: the next thread opens at its newest items. */
  reset(): void {
    this.startId = null;
    this.startIndex = 0;
    this.length = 0;
    this.shown = 0;
    this.cached = null;
  }

  /** Index of the first rendered item of `items`; places the window on first use. */
  start(items: readonly ThreadItem[]): number {
    const length = items.length;
    if (length === 0) return 0;
    if (this.startId === null) {
      this.place(items, Math.max(0, length - WINDOW_INITIAL));
    } else if (items[this.startIndex]?.id !== this.startId) {
      // Items were prepended (the start moved by the difference) or removed.
      const index = indexOfId(items, this.startId, this.startIndex + length - this.length);
      // The start item itself went away (removed, or an optimistic message got its server id):
      // keep rendering as many of the newest items as before.
      this.place(items, index >= 0 ? index : Math.max(0, length - Math.max(WINDOW_INITIAL, this.shown)));
    }
    this.length = length;
    this.shown = length - this.startIndex;
    return this.startIndex;
  }

  /** Whether loaded items are hidden above the window. */
  hasHidden(items: readonly ThreadItem[]): boolean {
    return this.start(items) > 0;
  }

  /** Reveals up to `count` more older items; false when all were already rendered. */
  reveal(items: readonly ThreadItem[], count: number = WINDOW_CHUNK): boolean {
    const start = this.start(items);
    if (start === 0) return false;
    this.place(items, Math.max(0, start - count));
    return true;
  }

  /** Reveals down to the item `id`; false when it is already rendered or not in `items`. */
  revealItem(items: readonly ThreadItem[], id: string): boolean {
    const start = this.start(items);
    const index = items.findIndex((item) => item.id === id);
    if (index < 0 || index >= start) return false;
    this.place(items, index);
    return true;
  }

  /**
   * Shrinks the window to start at item `id` when that hides more than a chunk (the reader went
   * back to the end after revealing a lot), so a render stays proportional to what is useful.
   * Only for when the view sits at the end: it removes content above the viewport.
   */
  trimTo(items: readonly ThreadItem[], id: string): boolean {
    const start = this.start(items);
    let index = items.length - 1;
    while (index > start && items[index]?.id !== id) index -= 1;
    if (index - start <= WINDOW_CHUNK) return false;
    this.place(items, index);
    return true;
  }

  /**
   * The rendered slice and its turns, memoised by the items array and the start: per render the
   * work is proportional to the window, not to the thread. Unchanged turns are the same objects
   * as last time (see `turnsOf`), so finished turns' actions do not re-render.
   */
  view(items: readonly ThreadItem[]): WindowView {
    const start = this.start(items);
    const cached = this.cached;
    if (cached?.source === items && cached.start === start) return cached;
    // Back to the user message that opened the first rendered turn.
    let from = start;
    while (from > 0 && items[from]?.type !== 'user_message') from -= 1;
    const turns = turnsOf(from === 0 ? items : items.slice(from), cached?.turns);
    const view: WindowView = { source: items, start, items: start === 0 ? items : items.slice(start), turns };
    this.cached = view;
    return view;
  }

  private place(items: readonly ThreadItem[], index: number): void {
    this.startIndex = index;
    this.startId = items[index]?.id ?? null;
    this.length = items.length;
    this.shown = items.length - index;
  }
}

/** Where the reader was, so growing the transcript above them does not move what they look at. */
export interface ScrollAnchor {
  readonly itemId: string;
  /** The item's top, relative to the viewport's top, before the update. */
  readonly offset: number;
}

/** The first rendered message at least partly in view (`viewport` is the scroll container). */
export function captureAnchor(root: ParentNode, viewport: Element): ScrollAnchor | null {
  const viewportTop = viewport.getBoundingClientRect().top;
  for (const message of root.querySelectorAll<HTMLElement>('ck-message')) {
    const rect = message.getBoundingClientRect();
    const itemId = message.dataset['itemId'];
    if (itemId !== undefined && rect.height > 0 && rect.bottom > viewportTop) return { itemId, offset: rect.top - viewportTop };
  }
  return null;
}

/**
 * The id of the oldest message to keep when shrinking the window at the end: the newest
 * `WINDOW_INITIAL` messages, and more while they reach into the last `viewports` viewports of
 * content, so the kept part is taller than the viewport and does not reveal again at once.
 */
export function firstToKeep(root: ParentNode, viewport: HTMLElement, viewports: number): string | null {
  const messages = root.querySelectorAll<HTMLElement>('ck-message');
  // The content's coordinates as the viewport's client rect sees them.
  const floor = viewport.getBoundingClientRect().top - viewport.scrollTop + viewport.scrollHeight - viewports * viewport.clientHeight;
  let keep: string | null = null;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as HTMLElement;
    if (messages.length - i > WINDOW_INITIAL && message.getBoundingClientRect().bottom < floor) break;
    keep = message.dataset['itemId'] ?? keep;
  }
  return keep;
}

/** The rendered `<ck-message>` of an item, or null when it is not rendered. */
export function messageElement(root: ParentNode, itemId: string): HTMLElement | null {
  for (const message of root.querySelectorAll<HTMLElement>('ck-message')) if (message.dataset['itemId'] === itemId) return message;
  return null;
}

/**
 * Scrolls `viewport` so the anchored message is where it was. False when the message is gone
 * (the anchor should be dropped).
 */
export function restoreAnchor(root: ParentNode, viewport: HTMLElement, anchor: ScrollAnchor): boolean {
  const message = messageElement(root, anchor.itemId);
  if (!message) return false;
  const delta = message.getBoundingClientRect().top - viewport.getBoundingClientRect().top - anchor.offset;
  if (Math.abs(delta) >= 0.5) viewport.scrollTop += delta;
  return true;
}
