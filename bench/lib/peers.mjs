// @ts-check
/**
 * Bundles each peer exactly like chat-kit's CDN bundle (vite.cdn.config.ts: Vite lib mode, ES
 * format, es2022, minified, every dependency inlined) from a tiny entry in bench/entries/, and
 * measures gzip sizes. The same bundles are what the peer pages load, so the sizes and the timings
 * describe the same code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** The peers: a name, its entry file and the bundle file name it gets. */
export const PEERS = /** @type {const} */ ([
  { name: 'deep-chat', entry: 'deep-chat.js', file: 'deep-chat.bundle.js' },
  { name: 'adaptivecards', entry: 'adaptivecards.js', file: 'adaptivecards.bundle.js' },
  { name: '@a2ui/lit', entry: 'a2ui.js', file: 'a2ui.bundle.js' },
]);

/**
 * Builds every peer into `outDir/<entry stem>/`.
 * @param {string} root repo root
 * @param {string} outDir scratch folder served as /peers/
 */
export async function buildPeers(root, outDir) {
  for (const peer of PEERS) {
    const dir = join(outDir, peer.entry.replace(/\.js$/, ''));
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        target: 'es2022',
        outDir: dir,
        emptyOutDir: true,
        sourcemap: false,
        minify: true,
        copyPublicDir: false,
        lib: { entry: join(root, 'bench/entries', peer.entry), formats: ['es'], fileName: () => peer.file },
        rolldownOptions: { output: { minify: true } },
      },
    });
  }
}

/** @param {string} path */
function gzipBytes(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/**
 * Gzip -9 size of an entry chunk and the total of the other JS chunks beside it (lazy chunks).
 * @param {string} dir folder holding the build
 * @param {string} entry entry file name
 * @param {(name: string) => boolean} [isChunk] which other files count as its lazy chunks
 */
export function bundleSizes(dir, entry, isChunk = (name) => name.endsWith('.js') && name !== entry) {
  const lazy = readdirSync(dir).filter((name) => isChunk(name) && statSync(join(dir, name)).isFile());
  return {
    entryGzip: gzipBytes(join(dir, entry)),
    entryRaw: statSync(join(dir, entry)).size,
    lazyGzip: lazy.reduce((sum, name) => sum + gzipBytes(join(dir, name)), 0),
    lazyCount: lazy.length,
  };
}
