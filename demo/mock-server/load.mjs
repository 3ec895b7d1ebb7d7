// @ts-check
/**
 * Loads the TypeScript mock server (or any TS module of the repo) from plain Node 20, which
 * cannot import `.ts` itself: esbuild bundles the entry to a temporary ESM file, which is
 * imported and then deleted. Node built-ins stay external; npm packages are bundled in.
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles and imports a TypeScript module.
 * @param {string} entry path relative to the repository root, e.g. `src/schemas/index.ts`
 * @returns {Promise<any>} the module namespace
 */
export async function importTs(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'chat-kit-ts-'));
  const outfile = join(dir, 'bundle.mjs');
  try {
    await build({
      entryPoints: [resolve(repoRoot, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: 'inline',
      logLevel: 'silent',
      tsconfig: join(repoRoot, 'tsconfig.json'),
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The standalone mock server module (`startMockServer`, and `createMockChatKit` re-exported).
 * @returns {Promise<typeof import('./standalone.ts')>}
 */
export function importMockServer() {
  return importTs('demo/mock-server/standalone.ts');
}
