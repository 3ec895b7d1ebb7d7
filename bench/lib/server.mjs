// @ts-check
/**
 * A tiny static file server for the bench pages: the repo root, with some URL prefixes served
 * from other folders (the snapshot of dist/cdn, the peers' bundles).
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
});

/**
 * Maps a URL path to a file: the first mount whose prefix matches, else the root. Paths that
 * climb out of their folder give null.
 * @param {string} root
 * @param {Record<string, string>} mounts URL prefix (ending in `/`) → folder
 * @param {string} urlPath
 */
export function fileFor(root, mounts, urlPath) {
  const prefix = Object.keys(mounts).find((p) => urlPath.startsWith(p));
  const base = prefix === undefined ? root : (mounts[prefix] ?? root);
  const rest = prefix === undefined ? urlPath : urlPath.slice(prefix.length - 1);
  const path = normalize(join(base, decodeURIComponent(rest)));
  return path === base || path.startsWith(base + sep) ? path : null;
}

/**
 * Starts the server on a free loopback port.
 * @param {string} root
 * @param {Record<string, string>} mounts URL prefix (ending in `/`) → folder
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function startServer(root, mounts) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const path = fileFor(root, mounts, pathname);
    let size = -1;
    try {
      if (path !== null) {
        const stat = statSync(path);
        if (stat.isFile()) size = stat.size;
      }
    } catch {
      // Missing: answered with 404 below.
    }
    if (path === null || size < 0) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
      return;
    }
    // no-store: every page load compiles scripts afresh (no HTTP or V8 code cache between runs).
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
