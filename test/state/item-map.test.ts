import { expect } from '@open-wc/testing';
import { withItem } from '../../src/state/item-map.js';
import { createThreadStore } from '../../src/state/index.js';
import { assistantMessage, ev } from './helpers.js';

/** Everything a reader of a Map can observe, as plain data. */
function observe<V>(map: ReadonlyMap<string, V>): unknown {
  const viaForEach: [string, V][] = [];
  map.forEach((value, key, self) => {
    expect(self).to.equal(map);
    viaForEach.push([key, value]);
  });
  return { size: map.size, entries: [...map], viaEntries: [...map.entries()], keys: [...map.keys()], values: [...map.values()], viaForEach };
}

describe('withItem', () => {
  const start = (): Map<string, number> => new Map([['a', 1], ['b', 2], ['c', 3]]);

  it('replaces a known key in place (same order) and leaves the original as it was', () => {
    const before = start();
    const after = withItem(before, 'b', 20);
    expect(observe(after)).to.deep.equal(observe(new Map([['a', 1], ['b', 20], ['c', 3]])));
    expect(observe(before)).to.deep.equal(observe(start()));
    expect(after.get('b')).to.equal(20);
    expect(after.has('b')).to.equal(true);
    expect(after.has('z')).to.equal(false);
    expect(after.get('z')).to.equal(undefined);
  });

  it('appends a new key at the end', () => {
    const after = withItem(withItem(start(), 'a', 10), 'd', 4);
    expect(observe(after)).to.deep.equal(observe(new Map([['a', 10], ['b', 2], ['c', 3], ['d', 4]])));
  });

  it('behaves like a copied Map over a long run of replacements, every intermediate map unchanged', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
    let map: ReadonlyMap<string, number> = new Map(keys.map((key, i) => [key, i]));
    let model = new Map(map);
    const history: [ReadonlyMap<string, number>, unknown][] = [];
    for (let step = 0; step < 300; step++) {
      const key = keys[(step * 7) % keys.length] as string;
      map = withItem(map, key, step * 100);
      model = new Map(model).set(key, step * 100);
      history.push([map, observe(model)]);
      if (step % 50 === 49) map = withItem(map, `new${step}`, -step);
      if (step % 50 === 49) model = new Map(model).set(`new${step}`, -step);
    }
    expect(observe(map)).to.deep.equal(observe(model));
    for (const [snapshot, expected] of history) expect(observe(snapshot)).to.deep.equal(expected);
  });

  it('can be copied into a plain Map', () => {
    expect([...new Map(withItem(start(), 'c', 30))]).to.deep.equal([['a', 1], ['b', 2], ['c', 30]]);
  });
});

describe('streaming into a long thread', () => {
  it('updates only the streamed item; every other item and every earlier state stay as they were', () => {
    const store = createThreadStore();
    const others = Array.from({ length: 50 }, (_, i) => assistantMessage(`msg_${i}`, `answer ${i}`));
    for (const item of others) store.dispatch(ev({ type: 'thread.item.done', item }));
    store.dispatch(ev({ type: 'thread.item.added', item: assistantMessage('msg_live', '') }));
    const states = [store.getState()];
    for (let i = 0; i < 100; i++) {
      store.dispatch(ev({
        type: 'thread.item.updated',
        item_id: 'msg_live',
        update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: `${i} ` },
      }));
      states.push(store.getState());
    }
    const last = store.getState();
    const live = last.items.get('msg_live');
    expect(live?.type === 'assistant_message' ? live.content[0]?.text : null).to.equal(Array.from({ length: 100 }, (_, i) => `${i} `).join(''));
    expect([...last.items.keys()]).to.deep.equal([...others.map((item) => item.id), 'msg_live']);
    for (const item of others) expect(last.items.get(item.id)).to.equal(item);
    states.forEach((state, i) => {
      const item = state.items.get('msg_live');
      expect(item?.type === 'assistant_message' ? item.content[0]?.text : null).to.equal(Array.from({ length: i }, (_, j) => `${j} `).join(''));
      expect(state.items.size).to.equal(51);
    });
  });
});
