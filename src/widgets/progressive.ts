import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows the first update renders: more than a screenful of a tall list, so it shows at once. */
export const FIRST_ROWS = 20;
/** What one later chunk's script (with its elements' updates) may take, ms: a frame follows it. */
const CHUNK_BUDGET_MS = 16;
const MIN_CHUNK = 8;
const MAX_CHUNK = 400;

// A MessageChannel task is not clamped like nested timers (4 ms each), nor paused like
// requestAnimationFrame in a hidden tab.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => {
  queue.shift()?.();
};

function nextTask(run: () => void): void {
  queue.push(run);
  channel.port2.postMessage(null);
}

/** After the next frame (so what is rendered now gets painted first), or after 100 ms in a hidden tab. */
function afterFrame(run: () => void): void {
  let ran = false;
  const once = (): void => {
    if (ran) return;
    ran = true;
    nextTask(run);
  };
  requestAnimationFrame(once);
  setTimeout(once, 100);
}

/**
 * Renders a long run of rows a chunk at a time (ListView, Table): the first update renders the
 * first screenful, later tasks add rows in chunks sized so each takes about 16 ms, so a
 * 1,000-row list shows at once and never holds the main thread for long. The chunk size adapts to
 * the measured cost per row, on fast and slow machines alike. Small row counts (and small
 * additions, like a streamed row) render in the same update.
 *
 * The host renders `rows.visible(total)` rows and overrides `getUpdateComplete` with
 * {@link ProgressiveRows.settle}, so awaiting `updateComplete` still means every row is in.
 */
export class ProgressiveRows implements ReactiveController {
  /** Rows rendered (or being rendered) so far. */
  private shown = 0;
  private chunk = FIRST_ROWS;
  private scheduled = false;
  /** A chunk ran since the last time every row was in (the next one needs no frame first). */
  private chunked = false;
  /** Rows the current chunk added. */
  private added = 0;
  /** What a row cost in the last chunks, ms. */
  private costs: number[] = [];
  private pending: Promise<void> | null = null;
  private resolve: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: chunks are scheduled from `visible()`.
  }

  /** More rows are still to come in later chunks. */
  get rendering(): boolean {
    return this.pending !== null;
  }

  /** How many of `total` rows to render in this update (call it once per render). */
  visible(total: number): number {
    // Between chunks the count only follows the host's; a chunk task moves it on.
    if (!this.scheduled) {
      const before = this.shown;
      this.shown = Math.min(total, this.shown + this.chunk);
      this.added = this.shown - before;
    }
    if (this.shown >= total) {
      this.shown = total;
      this.finish();
      return total;
    }
    this.schedule();
    return this.shown;
  }

  /** Resolves once an update rendered every row (the host's `getUpdateComplete`). */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.pending) {
      await this.pending;
      done = await update();
    }
    return done;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.pending ??= new Promise((resolve) => {
      this.resolve = resolve;
    });
    const step = (): void => {
      this.step();
    };
    // The first chunk waits for a frame, so the first screen is painted before any more work.
    if (!this.chunked) afterFrame(step);
    else nextTask(step);
  }

  private step(): void {
    const startedAt = performance.now();
    this.chunked = true;
    // Posted before the update below schedules the next chunk, so it runs first: right after this
    // task (the chunk's script and its elements' updates), or after a frame that came in between.
    nextTask(() => {
      this.measure((performance.now() - startedAt) / Math.max(1, this.added));
    });
    // The update's `visible()` adds the chunk, and schedules the next one while rows remain.
    this.scheduled = false;
    this.host.requestUpdate();
  }

  /** Sizes the next chunk from what the last ones cost per row. */
  private measure(perRow: number): void {
    // The cheapest of the last few is the one least inflated by frames and other work; recent
    // ones only, as rows get dearer while the list grows.
    this.costs = [...this.costs.slice(-2), perRow];
    const estimate = Math.max(0.01, Math.min(...this.costs));
    this.chunk = Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, CHUNK_BUDGET_MS / estimate)));
  }

  private finish(): void {
    this.scheduled = false;
    this.chunked = false;
    const resolve = this.resolve;
    this.pending = null;
    this.resolve = null;
    resolve?.();
  }
}
