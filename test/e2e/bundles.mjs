// @ts-check
/**
 * The self-contained bundles (`dist/cdn/chat-kit.bundle.js` with its lazy chunks, and the IIFE),
 * built from the current sources exactly as `npm run build` configures them — once per state of
 * the sources, not once per test file: several end-to-end files need them, and a build costs
 * seconds. Built into `node_modules/.cache/chat-kit-e2e/<hash>`, then copied into each test's own
 * scratch folder (tests write their pages beside the bundle and remove the folder afterwards).
 */
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CACHE = join('node_modules', '.cache', 'chat-kit-e2e');
/** What the bundles are made of, besides `src/`. */
const INPUTS = ['vite.cdn.config.ts', 'vite.iife.config.ts', 'package-lock.json', 'tsconfig.json'];

/** @param {string} dir @param {ReturnType<typeof createHash>} hash */
function hashTree(dir, hash) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(path, hash);
    else hash.update(path).update(readFileSync(path));
  }
}

function sourceKey() {
  const hash = createHash('sha256');
  hashTree('src', hash);
  for (const file of INPUTS) if (existsSync(file)) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Puts `chat-kit.bundle.js` (+ lazy chunks) and `chat-kit.iife.js` into `dir`, building them first
 * if the sources changed since the last build.
 * @param {string} dir
 */
export async function copyBundles(dir) {
  const key = sourceKey();
  const cached = join(CACHE, key);
  if (!existsSync(join(cached, '.complete'))) {
    const scratch = `${cached}.${process.pid}`;
    rmSync(scratch, { recursive: true, force: true });
    await build({ configFile: 'vite.cdn.config.ts', logLevel: 'silent', build: { outDir: scratch, emptyOutDir: false } });
    await build({ configFile: 'vite.iife.config.ts', logLevel: 'silent', build: { outDir: scratch, emptyOutDir: false } });
    writeFileSync(join(scratch, '.complete'), key);
    // Older source states are never wanted again.
    mkdirSync(CACHE, { recursive: true });
    for (const name of readdirSync(CACHE)) if (!name.startsWith(key)) rmSync(join(CACHE, name), { recursive: true, force: true });
    renameSync(scratch, cached);
  }
  cpSync(cached, dir, { recursive: true, filter: (source) => !source.endsWith('.complete') });
}
