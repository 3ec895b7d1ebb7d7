/**
 * The items Map of {@link ThreadState} without copying it per streamed delta.
 *
 * A state change must not touch the previous state, so replacing an item used to copy the whole
 * Map: O(loaded items) for every text delta, which for an answer of thousands of deltas in a long
 * thread is most of the work. {@link withItem} replaces the value of a *known* key in O(1) instead,
 * by putting it in front of the unchanged Map; adding or removing keys still copies (rare).
 */

/** Replaced values kept in front of a base Map before it is copied once, all of them applied. */
const MAX_CHANGED = 16;

/**
 * A read-only Map: `base` with the values of some of its keys replaced. Iterates in `base`'s
 * order, like a Map whose values were set in place. Never changes after construction.
 */
class OverlayMap<K extends string, V> implements ReadonlyMap<K, V> {
  readonly #base: ReadonlyMap<K, V>;
  /** Replaced keys and their values, few (usually the one streaming item): a scan beats a Map. */
  readonly #keys: readonly K[];
  readonly #values: readonly V[];

  constructor(base: ReadonlyMap<K, V>, keys: readonly K[], values: readonly V[]) {
    this.#base = base;
    this.#keys = keys;
    this.#values = values;
  }

  get size(): number {
    return this.#base.size;
  }

  get(key: K): V | undefined {
    const i = this.#keys.indexOf(key);
    return i === -1 ? this.#base.get(key) : this.#values[i];
  }

  has(key: K): boolean {
    return this.#base.has(key);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this) callback.call(thisArg, value, key, this);
  }

  *entries(): MapIterator<[K, V]> {
    const keys = this.#keys;
    for (const entry of this.#base) {
      const i = keys.indexOf(entry[0]);
      yield i === -1 ? entry : [entry[0], this.#values[i] as V];
    }
  }

  keys(): MapIterator<K> {
    return this.#base.keys();
  }

  *values(): MapIterator<V> {
    for (const entry of this.entries()) yield entry[1];
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  /** The same map with `key` (already present) set to `value`. */
  with(key: K, value: V): ReadonlyMap<K, V> {
    const i = this.#keys.indexOf(key);
    if (i !== -1) {
      const values = this.#values.slice();
      values[i] = value;
      return new OverlayMap(this.#base, this.#keys, values);
    }
    if (this.#keys.length < MAX_CHANGED) return new OverlayMap(this.#base, [...this.#keys, key], [...this.#values, value]);
    const copy = new Map(this);
    copy.set(key, value);
    return copy;
  }
}

/**
 * `map` with `key` set to `value`, leaving `map` as it was. O(1) when `key` is already there
 * (the common case: an item that changes while it streams), a copy of `map` otherwise. The result
 * keeps Map semantics: `get`, `has`, `size`, iteration in insertion order.
 */
export function withItem<K extends string, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
  if (map.has(key)) {
    if (map instanceof OverlayMap) return (map as OverlayMap<K, V>).with(key, value);
    return new OverlayMap(map, [key], [value]);
  }
  const copy = new Map(map);
  copy.set(key, value);
  return copy;
}
