/** Deterministic ways to cut text or bytes into uneven pieces, for replaying streams. */

/**
 * How a body is split: a fixed size in bytes, sizes used in turn (`[1, 5, 2]`), or seeded random
 * sizes between `min` and `max` inclusive.
 */
export type ChunkSpec = number | readonly number[] | { random: readonly [min: number, max: number]; seed?: number };

/** Mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An endless sequence of chunk sizes (each ≥ 1) for `spec`; `undefined` means "everything at once". */
export function chunkSizes(spec: ChunkSpec | undefined): () => number {
  if (spec === undefined) return () => Number.POSITIVE_INFINITY;
  if (typeof spec === 'number') return () => Math.max(1, spec);
  if ('random' in spec) {
    const [min, max] = spec.random;
    const next = mulberry32(spec.seed ?? 1);
    return () => Math.max(1, min + Math.floor(next() * (max - min + 1)));
  }
  let i = 0;
  return () => Math.max(1, spec[i++ % spec.length] ?? 1);
}

/** Splits a string or byte array into pieces per `spec` (a string is split by UTF-16 code units). */
export function splitIntoChunks<T extends string | Uint8Array>(input: T, spec: ChunkSpec | undefined): T[] {
  const next = chunkSizes(spec);
  const pieces: T[] = [];
  for (let offset = 0; offset < input.length; ) {
    const end = Math.min(input.length, offset + next());
    pieces.push(input.slice(offset, end) as T);
    offset = end;
  }
  return pieces;
}
