// @ts-check
/**
 * `npm run bench`: chat-kit beside its references in headless system Chromium; prints one table of
 * medians and writes it to bench/results.md. See bench/README.md.
 *
 *   node bench/run.mjs [--runs N] [--only streaming|listview|thread|size|cold-start|leaks] [--profile] [--build]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { machine } from './lib/machine.mjs';
import { buildPeers } from './lib/peers.mjs';
import { fileFor, startServer } from './lib/server.mjs';
import { markdownTable, textTable } from './lib/table.mjs';
import { coldStart } from './scenarios/cold-start.mjs';
import { leaks } from './scenarios/leaks.mjs';
import { listview } from './scenarios/listview.mjs';
import { size } from './scenarios/size.mjs';
import { streaming } from './scenarios/streaming.mjs';
import { thread } from './scenarios/thread.mjs';

/** @typedef {import('./lib/measure.mjs').Row} Row */
/** @typedef {import('./lib/measure.mjs').BenchContext} BenchContext */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCENARIOS = ['streaming', 'listview', 'thread', 'size', 'cold-start', 'leaks'];

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log('node bench/run.mjs [--runs N] [--only streaming|listview|thread|size|cold-start|leaks] [--profile] [--build]');
  process.exit(0);
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench: --runs must be a positive integer, not ${args.runs}`);
if (args.only !== undefined && !SCENARIOS.includes(args.only)) throw new Error(`bench: --only takes one of ${SCENARIOS.join(', ')}`);
const selected = args.only === undefined ? SCENARIOS : [args.only];

/** @param {string} message */
const log = (message) => process.stderr.write(`${message}\n`);

/** Newest modification time of the files under `dir` (ms). */
function newest(/** @type {string} */ dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

/**
 * Builds dist/ when asked or when the CDN bundle is missing (waiting first when dist/cdn exists
 * without it: another build is probably writing it); warns when src/ is newer than the bundle.
 */
async function ensureBuild() {
  const bundle = join(root, 'dist/cdn/chat-kit.bundle.js');
  if (!args.build && !existsSync(bundle) && existsSync(join(root, 'dist/cdn'))) {
    log('dist/cdn has no chat-kit.bundle.js: waiting up to 60 s for a running build…');
    for (let i = 0; i < 60 && !existsSync(bundle); i += 1) await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (args.build || !existsSync(bundle)) {
    log(args.build ? 'Building (npm run build)…' : 'dist/cdn/chat-kit.bundle.js is missing: building (npm run build)…');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  } else if (newest(join(root, 'src')) > statSync(bundle).mtimeMs) {
    log('Note: src/ changed after dist/cdn was built; run with --build to measure the current sources.');
  }
}

/**
 * Copies dist/cdn so that a rebuild during the run cannot change what is measured.
 * @param {string} to
 */
async function snapshotCdn(to) {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    rmSync(to, { recursive: true, force: true });
    try {
      cpSync(join(root, 'dist/cdn'), to, { recursive: true });
      if (existsSync(join(to, 'chat-kit.bundle.js'))) return;
    } catch {
      // A build was rewriting the folder: try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error('bench: could not copy dist/cdn (is a build running?)');
}

await ensureBuild();
const scratch = mkdtempSync(join(tmpdir(), 'chat-kit-bench-'));
const cdnDir = join(scratch, 'cdn');
const peersDir = join(scratch, 'peers');
const mounts = { '/dist/cdn/': cdnDir, '/peers/': peersDir };
/** @type {Awaited<ReturnType<typeof startServer>> | undefined} */
let server;
/** @type {import('playwright-core').Browser | undefined} */
let browser;
const cleanUp = async () => {
  await browser?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  rmSync(scratch, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  void cleanUp().then(() => process.exit(130));
});

/** @type {Row[]} */
const rows = [];
/** @type {string[]} */
const failures = [];
/** @type {{ title: string, lines: string[] }[]} */
const profiles = [];
let info;
try {
  await snapshotCdn(cdnDir);
  log('Bundling the peers (Vite lib mode, like dist/cdn)…');
  await buildPeers(root, peersDir);
  server = await startServer(root, mounts);
  browser = await launchBrowser();
  info = machine(root, browser.version());
  if ((loadavg()[0] ?? 0) > info.cores) log(`Note: the load average is ${info.load} on ${info.cores} cores; other processes will slow the timings down.`);
  /** @type {BenchContext} */
  const ctx = {
    browser,
    baseUrl: server.url,
    runs,
    log,
    profile: args.profile,
    fileFor: (urlPath) => fileFor(root, mounts, urlPath),
    addProfile: (title, lines) => {
      profiles.push({ title, lines });
      log(`\n${title}\n${lines.join('\n')}\n`);
    },
  };
  /** @type {Record<string, () => Promise<Row[]> | Row[]>} */
  const scenarios = {
    streaming: () => streaming(ctx),
    listview: () => listview(ctx),
    thread: () => thread(ctx),
    size: () => size({ cdnDir, peersDir, log }),
    'cold-start': () => coldStart(ctx),
    leaks: () => leaks(ctx),
  };
  for (const name of selected) {
    log(`— ${name}`);
    try {
      rows.push(...(await /** @type {() => Promise<Row[]> | Row[]} */ (scenarios[name])()));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${name}: ${message}`);
      log(`bench: ${name} failed: ${message}`);
    }
  }
} finally {
  await cleanUp();
}

const notes = rows.flatMap((row) => (row.note ? [row.note] : []));
const table = textTable(rows);
console.log(`\nchat-kit bench — medians of ${runs} run${runs === 1 ? '' : 's'} (lower is better)\n`);
console.log(table);
if (notes.length) console.log(`\n${notes.map((note, i) => `${i + 1}. ${note}`).join('\n')}`);
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `- ${f}`).join('\n')}`);

if (info && args.only === undefined && failures.length === 0) {
  const markdown = [
    '# chat-kit benchmark results',
    '',
    `Generated by \`npm run bench\` ([bench/run.mjs](run.mjs)); medians of ${runs} runs, lower is better. What each figure measures: [bench/README.md](README.md).`,
    '',
    `- Machine: ${info.cpu}, ${info.ram} RAM; ${info.os}`,
    `- Node ${info.node}, Chromium ${info.chromium} (headless)`,
    `- Date: ${info.date}; load average at start ${info.load} (1 / 5 / 15 min) on ${info.cores} cores`,
    `- chat-kit: ${info.revision}; dist/cdn built ${info.bundleBuilt}`,
    '',
    markdownTable(rows),
    '',
    ...notes.map((note, i) => `${i + 1}. ${note}`),
    ...(profiles.length
      ? ['', '## Where the time goes (`--profile`)', '', 'Self time per function from a CPU profile of one extra run; chat-kit positions mapped to its sources through the bundle\'s source map. `(program)` is the browser\'s own work (style, layout, paint).', '', ...profiles.flatMap((p) => [`**${p.title}**`, '', '```', ...p.lines, '```', ''])]
      : []),
    '',
  ].join('\n');
  writeFileSync(join(root, 'bench/results.md'), markdown);
  log('\nWrote bench/results.md');
} else if (args.only !== undefined) {
  log('\nbench/results.md is written by full runs only (without --only).');
}
if (failures.length) process.exitCode = 1;
