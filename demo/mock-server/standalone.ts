import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CORS_HEADERS, sendJson } from './http.js';
import { createMockChatKit } from './server.js';
import type { MockChatKit } from './server.js';

/** Options of {@link startMockServer}. */
export interface StartMockServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind (default `127.0.0.1`). */
  host?: string;
  /** Pause between streamed events in ms (default 15). */
  delayMs?: number;
  /** Seed of the id generator. */
  seed?: number;
  /** Start with the sample threads (default true). */
  sampleThreads?: boolean;
  /** If set, other paths are served as static files from this directory (for built bundles). */
  staticDir?: string;
}

/** A running standalone mock server. */
export interface RunningMockServer {
  /** Origin, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  /** The ChatKit endpoint, `${url}/chatkit`. */
  endpoint: string;
  /** The handler behind it, e.g. to `reset()` between tests. */
  mock: MockChatKit;
  /** Stops listening and drops open connections (including streams in flight). */
  close(): Promise<void>;
}

const ENDPOINT = '/chatkit';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://mock.invalid').pathname);
  const target = resolve(join(root, normalize(pathname)));
  if (target !== root && !target.startsWith(root + sep)) {
    sendJson(res, 403, { error: 'forbidden' });
    return;
  }
  let file = target;
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) {
    sendJson(res, 404, { error: `${pathname} not found` });
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
    ...CORS_HEADERS,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/**
 * Starts the mock ChatKit server on its own `http.Server`: the endpoint at `/chatkit` and,
 * with `staticDir`, static files for everything else — enough to load a built bundle from a
 * plain HTML page in tests.
 */
export async function startMockServer(options: StartMockServerOptions = {}): Promise<RunningMockServer> {
  const mock = createMockChatKit({
    basePath: ENDPOINT,
    ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.sampleThreads === undefined ? {} : { sampleThreads: options.sampleThreads }),
  });
  const root = options.staticDir === undefined ? undefined : resolve(options.staticDir);
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://mock.invalid').pathname;
    const isEndpoint = pathname === ENDPOINT || pathname.startsWith(`${ENDPOINT}/`);
    const isStatic = root !== undefined && (req.method === 'GET' || req.method === 'HEAD');
    if (!isEndpoint && !isStatic) {
      sendJson(res, 404, { error: `${pathname} not found` });
      return;
    }
    const work = isEndpoint ? mock.handle(req, res) : serveStatic(root ?? '', req, res);
    work.catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: String(error) });
      else res.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    endpoint: `${url}${ENDPOINT}`,
    mock,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => {
          if (error) rejectClose(error);
          else resolveClose();
        });
        server.closeAllConnections();
      }),
  };
}

export { createMockChatKit } from './server.js';
export type { MockChatKit, MockChatKitOptions } from './server.js';
