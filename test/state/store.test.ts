/**
 * The store's subscription contract and the selectors.
 */
import { expect } from '@open-wc/testing';
import {
  createInitialState,
  createThreadStore,
  lastUserMessage,
  retryTarget,
  visibleItems,
  type ThreadState,
} from '../../src/state/index.js';
import { assistantMessage, ev, stateWith, userMessage } from './helpers.js';

describe('state: store', () => {
  it('starts from the given state or an empty draft', () => {
    expect(createThreadStore().getState()).to.deep.equal(createInitialState());
    const initial = stateWith(createInitialState(), userMessage('u1', 'hi'));
    expect(createThreadStore(initial).getState()).to.equal(initial);
  });

  it('notifies listeners synchronously with the new and previous state', () => {
    const store = createThreadStore();
    const calls: [ThreadState, ThreadState][] = [];
    store.subscribe((state, prev) => calls.push([state, prev]));
    const first = store.getState();
    store.dispatch(ev({ type: 'thread.item.done', item: userMessage('u1', 'hi') }));
    expect(calls).to.have.length(1);
    expect(calls[0]?.[0]).to.equal(store.getState());
    expect(calls[0]?.[1]).to.equal(first);
    expect(store.getState().itemIds).to.deep.equal(['u1']);
  });

  it('does not notify when an action changes nothing', () => {
    const store = createThreadStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispatch({ type: 'error.clear' });
    store.dispatch(ev({ type: 'client_effect', name: 'x', data: {} }));
    expect(calls).to.equal(0);
  });

  it('unsubscribe stops notifications and is idempotent', () => {
    const store = createThreadStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.dispatch({ type: 'request.start', kind: 'send' });
    off();
    off();
    store.dispatch({ type: 'request.end' });
    expect(calls).to.equal(1);
  });

  it('a listener unsubscribing itself or another during notification does not break the rest', () => {
    const store = createThreadStore();
    const seen: string[] = [];
    const offSelf = store.subscribe(() => {
      seen.push('self');
      offSelf();
    });
    store.subscribe(() => {
      seen.push('remover');
      offVictim();
    });
    const offVictim = store.subscribe(() => seen.push('victim'));
    store.subscribe(() => seen.push('last'));
    store.dispatch({ type: 'request.start', kind: 'send' });
    expect(seen).to.deep.equal(['self', 'remover', 'last']);
    seen.length = 0;
    store.dispatch({ type: 'request.end' });
    expect(seen).to.deep.equal(['remover', 'last']);
  });

  it('the same function subscribed twice is called twice and removed independently', () => {
    const store = createThreadStore();
    let calls = 0;
    const listener = () => calls++;
    const offA = store.subscribe(listener);
    store.subscribe(listener);
    offA();
    store.dispatch({ type: 'request.start', kind: 'send' });
    expect(calls).to.equal(1);
  });

  it('a throwing listener does not stop the others', async () => {
    const store = createThreadStore();
    let reached = false;
    const original = window.onerror;
    const errors: unknown[] = [];
    window.onerror = (_message, _source, _line, _column, error) => {
      errors.push(error);
      return true;
    };
    try {
      store.subscribe(() => {
        throw new Error('boom');
      });
      store.subscribe(() => (reached = true));
      store.dispatch({ type: 'request.start', kind: 'send' });
      expect(reached).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(errors.map((error) => (error as Error).message)).to.deep.equal(['boom']);
    } finally {
      window.onerror = original;
    }
  });
});

describe('state: selectors', () => {
  it('visibleItems lists items in order and is stable while items do not change', () => {
    const state = stateWith(createInitialState(), userMessage('u1', 'a'), assistantMessage('a1'));
    const items = visibleItems(state);
    expect(items.map((item) => item.id)).to.deep.equal(['u1', 'a1']);
    expect(visibleItems({ ...state, progress: { text: 'x' } })).to.equal(items);
    expect(visibleItems(stateWith(state, assistantMessage('a1', 'changed')))).not.to.equal(items);
  });

  it('lastUserMessage and retryTarget find the turn’s user message', () => {
    const empty = createInitialState();
    expect(lastUserMessage(empty)).to.equal(null);
    expect(retryTarget(empty)).to.equal(null);
    const state = stateWith(empty, userMessage('u1', 'a'), assistantMessage('a1'), userMessage('u2', 'b'), assistantMessage('a2'));
    expect(lastUserMessage(state)?.id).to.equal('u2');
    expect(retryTarget(state)).to.equal('u2');
  });
});
