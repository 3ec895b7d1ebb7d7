// @ts-check
/**
 * Bundle size: gzip -9 of chat-kit's self-contained CDN bundle (dist/cdn/chat-kit.bundle.js, the
 * entry users load) and, separately, of its lazy chunks; the peers bundled the same way.
 */
import { join } from 'node:path';
import { PEERS, bundleSizes } from '../lib/peers.mjs';

/** @typedef {import('../lib/measure.mjs').Row} Row */
/** @typedef {import('../lib/measure.mjs').Impl} Impl */

const KB = 1024;

/**
 * @param {{ cdnDir: string, peersDir: string, log: (message: string) => void }} dirs
 * @returns {Row[]}
 */
export function size({ cdnDir, peersDir, log }) {
  /** @type {Partial<Record<Impl, { entryGzip: number, lazyGzip: number, lazyCount: number }>>} */
  const sizes = {
    // The classic-script IIFE build sits beside it but is another bundle, not a lazy chunk.
    'chat-kit': bundleSizes(cdnDir, 'chat-kit.bundle.js', (name) => name.endsWith('.js') && !name.startsWith('chat-kit.')),
  };
  for (const peer of PEERS) sizes[peer.name] = bundleSizes(join(peersDir, peer.entry.replace(/\.js$/, '')), peer.file);
  for (const [impl, s] of Object.entries(sizes)) log(`size ${impl}: entry ${(s.entryGzip / KB).toFixed(1)} KB gzip, ${s.lazyCount} lazy chunks ${(s.lazyGzip / KB).toFixed(1)} KB gzip`);
  /** @param {(s: { entryGzip: number, lazyGzip: number, lazyCount: number }) => number} pick */
  const values = (pick) => Object.fromEntries(Object.entries(sizes).map(([impl, s]) => [impl, [pick(s)]]));
  const own = sizes['chat-kit'];
  return [
    {
      scenario: 'bundle size (gzip -9)',
      metric: 'entry chunk (KB)',
      unit: 'KB',
      values: values((s) => s.entryGzip / KB),
      target: (m) => ({ text: '≤ 50 KB without lazy chunks', met: (m['chat-kit'] ?? Infinity) <= 50 }),
      note: 'Sizes: each peer bundled like dist/cdn/chat-kit.bundle.js (Vite lib mode, ES, es2022, minified, every dependency inlined) from a one-line entry in bench/entries/.',
    },
    { scenario: 'bundle size (gzip -9)', metric: `lazy chunks, total (KB; chat-kit: ${own?.lazyCount ?? 0} files)`, unit: 'KB', values: values((s) => s.lazyGzip / KB) },
    { scenario: 'bundle size (gzip -9)', metric: 'entry + lazy chunks (KB)', unit: 'KB', values: values((s) => (s.entryGzip + s.lazyGzip) / KB) },
  ];
}
