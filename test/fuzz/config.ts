import { defaultReportMessage, type RunDetails } from 'fast-check';

/**
 * Seeds and run counts of the fuzz properties.
 *
 * `npm test` runs every property with a fixed seed and few runs, so CI is deterministic and fast.
 * `npm run fuzz` (web-test-runner.fuzz.config.mjs) sets `window.__FUZZ__ = { runs, seed }`: then
 * each property runs `runs` times with a seed derived from `seed` and its name.
 *
 * A failure prints the property's seed and path (`{ seed: 123, path: "45:2:0" }`). To replay just
 * that counterexample: `FUZZ_REPLAY='<name>:<seed>:<path>' npm run fuzz`, where `<name>` is the
 * first argument of {@link fuzzParams} in the failing test (e.g. `sse.text-split`). The same seed
 * under `npm test` fails the same way, since CI seeds are fixed.
 */

/** What `web-test-runner.fuzz.config.mjs` injects into the page. */
export interface FuzzGlobal {
  /** Runs per property (scaled down for the costly ones, see {@link fuzzParams}). */
  readonly runs: number;
  /** Base seed; every property derives its own from it and its name. */
  readonly seed: number;
  /** One counterexample to replay, from `FUZZ_REPLAY=<name>:<seed>:<path>`. */
  readonly replay?: { readonly name: string; readonly seed: number; readonly path: string } | undefined;
}

/** What `fc.assert` needs: a seed and a run count, plus a path when replaying a failure. */
export interface FuzzParams<Ts = unknown> {
  readonly seed: number;
  readonly numRuns: number;
  readonly path?: string;
  /** Fails with fast-check's report, the assertion that failed and the replay command. */
  readonly reporter: (details: RunDetails<Ts>) => void;
}

function reporterFor<Ts>(name: string): FuzzParams<Ts>['reporter'] {
  return (details) => {
    if (!details.failed) return;
    const cause: unknown = details.errorInstance;
    const replay = `Replay: FUZZ_REPLAY='${name}:${details.seed}:${details.counterexamplePath ?? ''}' npm run fuzz`;
    throw new Error(`${defaultReportMessage(details)}\nFailure: ${cause instanceof Error ? cause.message : String(cause)}\n${replay}`, { cause });
  };
}

/** FNV-1a of the name: a stable, distinct seed per property without a table to maintain. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

function fuzzGlobal(): FuzzGlobal | undefined {
  const value = (globalThis as { __FUZZ__?: unknown }).__FUZZ__;
  if (typeof value !== 'object' || value === null) return undefined;
  const { runs, seed, replay } = value as { runs?: unknown; seed?: unknown; replay?: FuzzGlobal['replay'] };
  if (typeof runs !== 'number' || typeof seed !== 'number' || !Number.isFinite(runs) || !Number.isFinite(seed)) return undefined;
  return { runs, seed, replay };
}

/** True under `npm run fuzz`: tests may then allow themselves a longer timeout. */
export function isLongFuzz(): boolean {
  return fuzzGlobal() !== undefined;
}

/**
 * Seed and run count of the property `name`.
 *
 * @param name - unique per property; it picks the fixed CI seed.
 * @param ciRuns - runs under `npm test` (keep the whole folder well under 10 s).
 * @param weight - fraction of the `npm run fuzz` run count this property gets (costly properties,
 *   e.g. ones that render into the DOM, take less than 1).
 */
export function fuzzParams<Ts>(name: string, ciRuns = 100, weight = 1): FuzzParams<Ts> {
  const long = fuzzGlobal();
  const reporter = reporterFor<Ts>(name);
  if (long === undefined) return { seed: hashName(name), numRuns: ciRuns, reporter };
  if (long.replay?.name === name) return { seed: long.replay.seed, numRuns: 1, path: long.replay.path, reporter };
  return { seed: (long.seed ^ hashName(name)) | 0, numRuns: Math.max(ciRuns, Math.round(long.runs * weight)), reporter };
}

/** A mocha timeout for a property: the default under `npm test`, generous under `npm run fuzz`. */
export function fuzzTimeout(ciMs = 8000): number {
  return isLongFuzz() ? 0 : ciMs;
}
