// `npm test`: browser tests (web-test-runner, headless system Chromium) then Node-side tests
// (mock server, end-to-end pages with playwright-core). Ends with one "N passed, N failed" line.
//   --unit  browser tests only      --e2e  Node-side tests only      other args go to wtr
import { spawn } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : null;
const passthrough = args.filter((a) => a !== '--unit' && a !== '--e2e');

process.env.CHROME_PATH = ensureChromium();
await run(process.execPath, ['scripts/sync-fixtures.mjs']);

let passed = 0;
let failed = 0;
let exitCode = 0;

if (only !== 'e2e') {
  const { code, output } = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--static-logging', ...passthrough], true);
  const match = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (match) {
    passed += Number(match[1]);
    failed += Number(match[2]);
  } else if (code !== 0) failed += 1;
  if (code !== 0) exitCode = code;
}

if (only !== 'unit' && passthrough.length === 0) {
  const dirs = ['test/node', 'test/mock-server', 'test/e2e'].filter((d) => existsSync(d));
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.test\.m?js$/.test(f)).map((f) => `${d}/${f}`));
  if (files.length) {
    const { code, output } = await run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], true);
    const pass = /ℹ pass (\d+)/.exec(output);
    const fail = /ℹ fail (\d+)/.exec(output);
    passed += Number(pass?.[1] ?? 0);
    failed += Number(fail?.[1] ?? (code === 0 ? 0 : 1));
    if (code !== 0) exitCode = code;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode || (failed > 0 ? 1 : 0));

function run(cmd, argv, capture = false) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    let output = '';
    if (capture) {
      child.stdout.on('data', (d) => {
        output += d;
        process.stdout.write(d);
      });
      child.stderr.on('data', (d) => {
        output += d;
        process.stderr.write(d);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
