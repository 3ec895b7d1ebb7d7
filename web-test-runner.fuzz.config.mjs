// @ts-check
// `npm run fuzz`: the fuzz properties of test/fuzz/ with many more runs than `npm test`, and
// the exhaustive stream-cut faults (a cut in the middle of every event of the capture, where
// `npm test` cuts in a sample of them) and the whole XSS corpus in every field (`npm test`: a
// third in the heaviest ones).
//   FUZZ_RUNS=10000 npm run fuzz     runs per property (default 2000; costly ones take a share)
//   FUZZ_SEED=123 npm run fuzz       base seed (default: random, printed) to replay a whole session
//   FUZZ_REPLAY=name:seed:path npm run fuzz   replays one failure fast-check printed
//     (`name` is the fuzzParams() name of the failing property, e.g. sse.text-split)
import base from './web-test-runner.config.mjs';

const runs = Number(process.env.FUZZ_RUNS ?? 2000);
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : (Math.random() * 2 ** 31) | 0;
if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, got ${process.env.FUZZ_RUNS}`);
if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got ${process.env.FUZZ_SEED}`);
/** @type {{ name: string; seed: number; path: string } | undefined} */
let replay;
if (process.env.FUZZ_REPLAY) {
  const match = /^([\w.-]+):(-?\d+):([\d:]+)$/.exec(process.env.FUZZ_REPLAY);
  if (!match) throw new Error(`FUZZ_REPLAY must be name:seed:path, got ${process.env.FUZZ_REPLAY}`);
  replay = { name: String(match[1]), seed: Number(match[2]), path: String(match[3]) };
}
console.log(`fuzz: ${runs} runs per property, FUZZ_SEED=${seed}${replay ? `, replaying ${replay.name}` : ''}`);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  files: ['test/fuzz/**/*.test.ts', 'test/reliability/faults-cut.test.ts', 'test/security/xss-corpus.test.ts'],
  // Long runs: the properties lift mocha's timeout themselves (test/fuzz/config.ts).
  testsFinishTimeout: 60 * 60 * 1000,
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>window.__FUZZ__ = ${JSON.stringify({ runs, seed, replay })}; window.__CK_FAULTS_ALL__ = true;</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
