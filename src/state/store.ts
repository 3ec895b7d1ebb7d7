/**
 * A minimal observable container around {@link threadReducer}.
 */
import { threadReducer } from './reducer.js';
import { createInitialState, type StoreAction, type ThreadState } from './thread-state.js';

/** Called after a dispatch that changed the state, with the new and the previous state. */
export type ThreadStoreListener = (state: ThreadState, prev: ThreadState) => void;

/** The thread store the element renders from. */
export interface ThreadStore {
  getState(): ThreadState;
  /** Reduces the action synchronously; listeners run before `dispatch` returns, only if the state changed. */
  dispatch(action: StoreAction): void;
  /** Adds a listener; returns a function that removes it (calling it twice is harmless). */
  subscribe(listener: ThreadStoreListener): () => void;
}

/**
 * Creates a store, starting from `initial` or an empty new-thread draft.
 *
 * Listener errors do not stop the other listeners; they are rethrown asynchronously so they
 * still surface in the console and in test runners.
 */
export function createThreadStore(initial: ThreadState = createInitialState()): ThreadStore {
  let state = initial;
  const listeners = new Set<ThreadStoreListener>();

  return {
    getState: () => state,
    dispatch(action) {
      const prev = state;
      const next = threadReducer(prev, action);
      if (next === prev) return;
      state = next;
      // Iterate over a snapshot so (un)subscribing during notification cannot skip anyone; a
      // listener removed by an earlier one in this round is not called any more.
      for (const listener of [...listeners]) {
        if (!listeners.has(listener)) continue;
        try {
          listener(next, prev);
        } catch (error: unknown) {
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
    subscribe(listener) {
      // Wrapped so the same function can be subscribed twice and removed independently.
      const entry: ThreadStoreListener = (next, prev) => {
        listener(next, prev);
      };
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
  };
}
