/**
 * Code a first render of an empty chat does not need (the transcript, widgets, the full icon set,
 * the history, composer extras and @-mentions, structured input, workflow/task/image items, theme
 * handling) lives in chunks imported on first use. The ES-module builds emit each as a file; the
 * classic-script (IIFE) build inlines them, and then a "load" is only a resolved promise.
 */

/** One lazily imported module. */
export interface LazyChunk<M> {
  /** The module once it has loaded (for synchronous use while rendering), else `null`. */
  readonly module: M | null;
  /** The load in progress, if any (elements wait for it in `updateComplete`). */
  readonly pending: Promise<M> | null;
  /**
   * Resolves when a load (by whoever calls `load`) first succeeds; never rejects, and never
   * starts a load itself.
   */
  readonly loaded: Promise<M>;
  /** Imports the module once. A failed load (offline CDN) rejects, and the next call retries. */
  load(): Promise<M>;
}

/** A {@link LazyChunk} around a literal `import()` (bundlers only split literal specifiers). */
export function lazyChunk<M>(importer: () => Promise<M>): LazyChunk<M> {
  let module: M | null = null;
  let pending: Promise<M> | null = null;
  let resolveLoaded: (loaded: M) => void = () => undefined;
  const loaded = new Promise<M>((resolve) => {
    resolveLoaded = resolve;
  });
  return {
    get module() {
      return module;
    },
    get pending() {
      return pending;
    },
    loaded,
    load() {
      if (module) return Promise.resolve(module);
      pending ??= importer().then(
        (result) => {
          module = result;
          pending = null;
          resolveLoaded(result);
          return result;
        },
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
}

/**
 * Waits for `chunks` to settle (a failure is the element's to show, not the waiter's to get),
 * then for `update` again: what `updateComplete` of an element with lazy parts resolves after, so
 * `await el.updateComplete` means "what the user will see is rendered".
 */
export async function afterChunks(
  chunks: () => readonly (Promise<unknown> | null)[],
  update: () => Promise<boolean>,
): Promise<boolean> {
  let done = await update();
  for (let round = 0; round < 5; round += 1) {
    const pending = chunks().filter((chunk): chunk is Promise<unknown> => chunk !== null);
    if (pending.length === 0) break;
    await Promise.allSettled(pending);
    done = await update();
  }
  return done;
}

/** The error `chatkit.error` carries when a lazy chunk could not be loaded (`cause`: why). */
export function chunkError(cause: unknown): Error {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new Error(`chat-kit: a part of the interface could not be loaded (${message})`, { cause });
}

/**
 * A lazy chunk failed to load somewhere inside `<chat-kit>` (nested shadow roots, hence
 * composed). `<chat-kit>` stops it at its shadow root and fires `chatkit.error` instead; the
 * element that needed the chunk shows a contained error in its place.
 */
export class ChunkErrorEvent extends CustomEvent<{ error: Error }> {
  static readonly eventName = 'ck-chunk-error';
  constructor(cause: unknown) {
    super(ChunkErrorEvent.eventName, { detail: { error: chunkError(cause) }, bubbles: true, composed: true });
  }
}
