/**
 * Mutations of real JSON payloads for fuzzing: drop, rename or retype a field anywhere in the
 * tree, duplicate array entries, so decoders and reducers meet "almost right" server data.
 */
import fc from 'fast-check';

type Json = unknown;

/** One edit, addressed by a seed that picks among every (container, key) slot of the tree. */
export type Mutation =
  | { readonly kind: 'drop'; readonly at: number }
  | { readonly kind: 'rename'; readonly at: number; readonly name: string }
  | { readonly kind: 'retype'; readonly at: number; readonly value: Json }
  | { readonly kind: 'duplicate'; readonly at: number };

type Slot = { parent: Record<string, Json> | Json[]; key: string | number };

function slotsOf(value: Json, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((child: Json, i) => {
      out.push({ parent: value, key: i });
      slotsOf(child, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, Json>;
    for (const key of Object.keys(record)) {
      out.push({ parent: record, key });
      slotsOf(record[key], out);
    }
  }
  return out;
}

/** Wrong-typed replacement values: what a buggy or hostile server might send instead. */
export const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, '', 'x', [], {}, '__proto__', 'constructor'),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: fc.constantFrom('type', 'id', 'item', 'x', '__proto__', 'Type') }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: wrongValue }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

/** A deep copy of `value` with `mutations` applied in order (slots are re-read after each). */
export function mutate(value: Json, mutations: readonly Mutation[]): Json {
  const root = { root: structuredClone<Json>(value) };
  for (const m of mutations) {
    const slots = slotsOf(root.root);
    if (slots.length === 0) break;
    const slot = slots[m.at % slots.length] as Slot;
    const { parent, key } = slot;
    if (Array.isArray(parent)) {
      const i = key as number;
      if (m.kind === 'drop') parent.splice(i, 1);
      else if (m.kind === 'duplicate') parent.splice(i, 0, structuredClone<Json>(parent[i]));
      else if (m.kind === 'retype') parent[i] = m.value;
      else parent[i] = { [m.name]: parent[i] };
    } else {
      const k = key as string;
      const current = parent[k];
      if (m.kind === 'drop') Reflect.deleteProperty(parent, k);
      else if (m.kind === 'retype') parent[k] = m.value;
      else if (m.kind === 'duplicate') parent[`${k}_copy`] = structuredClone<Json>(current);
      else {
        Reflect.deleteProperty(parent, k);
        // defineProperty, so a `__proto__` name becomes an own key as JSON.parse would make it.
        Object.defineProperty(parent, m.name, { value: current, enumerable: true, configurable: true, writable: true });
      }
    }
  }
  return root.root;
}
