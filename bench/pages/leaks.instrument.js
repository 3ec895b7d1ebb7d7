// @ts-check
/**
 * Leak instrument for bench/pages/leaks.html, a classic script that runs before any module (so
 * before the chat-kit bundle): it wraps the page's timer, frame, idle-callback, observer and
 * global-listener APIs and counts what is still pending or attached. `window.leakCounters()`
 * returns the counts; `window.leakSleep(ms)` waits with the unwrapped `setTimeout` (not counted).
 *
 * Counted:
 * - timers: `setTimeout`s created and neither fired nor cleared, plus `setInterval`s not cleared;
 * - frames / idle callbacks: `requestAnimationFrame` / `requestIdleCallback` callbacks pending;
 * - observers: `ResizeObserver` / `MutationObserver` / `IntersectionObserver` instances that were
 *   given something to observe and never disconnected (or unobserved it all): `observersOpen`
 *   counts them all, `observersLive` only those still alive (the instrument holds them weakly, so
 *   after a forced GC an observer counts only if something still references it: a real leak);
 * - global listeners: listeners on `window`, `document` and `MediaQueryList`s (which the document
 *   keeps alive) added and not removed (`once` listeners that fired and `signal` aborts count as
 *   removed). The browser dedupes identical registrations; so does the count.
 */
(() => {
  const w = /** @type {any} */ (window);
  const timeouts = new Set();
  const intervals = new Set();
  const frames = new Set();
  const idles = new Set();

  const setTimeoutOriginal = window.setTimeout.bind(window);
  const clearTimeoutOriginal = window.clearTimeout.bind(window);
  const setIntervalOriginal = window.setInterval.bind(window);
  const clearIntervalOriginal = window.clearInterval.bind(window);
  /** @param {unknown} id ids are shared by both kinds of timer: either clear call clears either */
  const forget = (id) => {
    timeouts.delete(id);
    intervals.delete(id);
  };
  w.setTimeout = (/** @type {any} */ handler, /** @type {number | undefined} */ delay, /** @type {any[]} */ ...args) => {
    if (typeof handler !== 'function') return setTimeoutOriginal(handler, delay, ...args);
    /** @type {number} */
    let id = 0;
    id = setTimeoutOriginal((/** @type {any[]} */ ...a) => {
      timeouts.delete(id);
      handler(...a);
    }, delay, ...args);
    timeouts.add(id);
    return id;
  };
  w.clearTimeout = (/** @type {number | undefined} */ id) => {
    forget(id);
    clearTimeoutOriginal(id);
  };
  w.setInterval = (/** @type {any} */ handler, /** @type {number | undefined} */ delay, /** @type {any[]} */ ...args) => {
    const id = setIntervalOriginal(handler, delay, ...args);
    intervals.add(id);
    return id;
  };
  w.clearInterval = (/** @type {number | undefined} */ id) => {
    forget(id);
    clearIntervalOriginal(id);
  };

  /**
   * Wraps a request/cancel pair whose callbacks run once.
   * @param {string} request
   * @param {string} cancel
   * @param {Set<unknown>} pending
   */
  const wrapOnce = (request, cancel, pending) => {
    const requestOriginal = w[request].bind(window);
    const cancelOriginal = w[cancel].bind(window);
    w[request] = (/** @type {(...a: any[]) => void} */ callback, /** @type {any[]} */ ...rest) => {
      /** @type {number} */
      let id = 0;
      id = requestOriginal((/** @type {any[]} */ ...a) => {
        pending.delete(id);
        callback(...a);
      }, ...rest);
      pending.add(id);
      return id;
    };
    w[cancel] = (/** @type {number} */ id) => {
      pending.delete(id);
      cancelOriginal(id);
    };
  };
  wrapOnce('requestAnimationFrame', 'cancelAnimationFrame', frames);
  wrapOnce('requestIdleCallback', 'cancelIdleCallback', idles);

  /**
   * Observers observing something: observer → weak refs of its targets. The map is weak, so the
   * instrument keeps neither observers nor targets alive; `open` (weak refs to the observers) is
   * what the counters read.
   * @type {WeakMap<object, WeakRef<object>[]>}
   */
  const targets = new WeakMap();
  /** @type {WeakMap<object, WeakRef<object>>} */
  const refOf = new WeakMap();
  const open = new Set();
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver']) {
    const Base = w[name];
    if (typeof Base !== 'function') continue;
    const Tracked = class extends Base {
      /** @param {Element} target @param {any[]} rest */
      observe(target, ...rest) {
        let ref = refOf.get(this);
        if (!ref) {
          ref = new WeakRef(this);
          refOf.set(this, ref);
        }
        const list = targets.get(this) ?? [];
        if (!list.some((r) => r.deref() === target)) list.push(new WeakRef(target));
        targets.set(this, list);
        open.add(ref);
        return super.observe(target, ...rest);
      }
      /** @param {Element} target */
      unobserve(target) {
        const list = (targets.get(this) ?? []).filter((r) => r.deref() !== target);
        targets.set(this, list);
        const ref = refOf.get(this);
        if (ref && list.length === 0) open.delete(ref);
        return super.unobserve(target);
      }
      disconnect() {
        targets.delete(this);
        const ref = refOf.get(this);
        if (ref) open.delete(ref);
        return super.disconnect();
      }
    };
    Object.defineProperty(Tracked, 'name', { value: name });
    w[name] = Tracked;
  }

  /**
   * Global listeners: per target, the registrations the browser holds (type, listener, capture).
   * @type {Map<EventTarget, { type: string, listener: unknown, capture: boolean }[]>}
   */
  const listeners = new Map();
  const isGlobal = (/** @type {unknown} */ target) => target === window || target === document || target instanceof MediaQueryList;
  const captureOf = (/** @type {unknown} */ options) => (typeof options === 'boolean' ? options : Boolean(options && /** @type {any} */ (options).capture));
  /** @param {EventTarget} target @param {string} type @param {unknown} listener @param {boolean} capture */
  const drop = (target, type, listener, capture) => {
    const list = listeners.get(target);
    if (!list) return;
    const index = list.findIndex((l) => l.type === type && l.listener === listener && l.capture === capture);
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) listeners.delete(target);
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  /**
   * Records a registration on a global target, once the browser has added it.
   * @param {EventTarget} target @param {string} type @param {unknown} listener @param {boolean | AddEventListenerOptions | undefined} options
   */
  const track = (target, type, listener, options) => {
    const capture = captureOf(options);
    const list = listeners.get(target) ?? [];
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (signal?.aborted || list.some((l) => l.type === type && l.listener === listener && l.capture === capture)) return;
    list.push({ type, listener, capture });
    listeners.set(target, list);
    if (typeof options === 'object' && options.once) {
      // Registered after the listener, so it runs after it: the registration is gone by then.
      add.call(target, type, () => drop(target, type, listener, capture), { once: true, capture });
    }
    signal?.addEventListener('abort', () => drop(target, type, listener, capture), { once: true });
  };
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const result = add.call(this, type, listener, options);
    if (listener && isGlobal(this)) track(this, type, listener, options);
    return result;
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (listener && isGlobal(this)) drop(this, type, listener, captureOf(options));
    return remove.call(this, type, listener, options);
  };

  w.leakCounters = () => {
    let live = 0;
    for (const ref of open) if (ref.deref()) live += 1;
    let globalListeners = 0;
    for (const list of listeners.values()) globalListeners += list.length;
    return {
      timers: timeouts.size + intervals.size,
      frames: frames.size,
      idleCallbacks: idles.size,
      observersOpen: open.size,
      observersLive: live,
      globalListeners,
    };
  };
  w.leakSleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeoutOriginal(resolve, ms));
})();
