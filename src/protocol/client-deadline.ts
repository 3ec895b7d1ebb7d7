/**
 * The client's idle timeout: a request that makes no progress (no response, no body bytes) for
 * too long is aborted, so a half-open connection cannot leave a chat "responding" forever. The
 * protocol has no heartbeat (protocol §1.4), so the default is generous.
 */
import { TimeoutError } from './errors.js';

/** Default idle timeout of a request, in milliseconds (2 minutes without a single byte). */
export const DEFAULT_IDLE_TIMEOUT = 120_000;

/**
 * One request's deadline. Its `signal` aborts when the caller's signal does, or, with a
 * {@link TimeoutError} as reason, when {@link kick} was not called for `ms` milliseconds.
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private expired = false;
  private readonly onOuterAbort = (): void => {
    this.clear();
    this.controller.abort(this.outer?.reason);
  };

  constructor(
    private readonly ms: number,
    private readonly outer: AbortSignal | undefined,
    private readonly requestType: string,
  ) {
    this.signal = this.controller.signal;
    if (outer?.aborted) this.controller.abort(outer.reason);
    else outer?.addEventListener('abort', this.onOuterAbort, { once: true });
    this.kick();
  }

  /** True once the deadline (not the caller) aborted the request. */
  get timedOut(): boolean {
    return this.expired;
  }

  /** Progress was made: the idle clock starts again. */
  kick(): void {
    this.clear();
    if (this.signal.aborted || !(this.ms > 0) || !Number.isFinite(this.ms)) return;
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(new TimeoutError(this.ms, { requestType: this.requestType }));
    }, this.ms);
  }

  /**
   * Settles like `promise`, or rejects with the abort reason once the signal aborts, for a custom
   * `fetch` that ignores `init.signal`.
   */
  race<T>(promise: Promise<T>): Promise<T> {
    const signal = this.signal;
    if (signal.aborted) {
      promise.catch(() => undefined);
      return Promise.reject(signal.reason as Error);
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        reject(signal.reason as Error);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      promise
        .finally(() => {
          signal.removeEventListener('abort', onAbort);
        })
        .then(resolve, reject);
    });
  }

  /** Stops the clock and lets go of the caller's signal; call once the request is over. */
  dispose(): void {
    this.clear();
    this.outer?.removeEventListener('abort', this.onOuterAbort);
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
