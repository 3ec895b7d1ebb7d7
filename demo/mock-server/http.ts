import type { IncomingMessage, ServerResponse } from 'node:http';

/** HTTP plumbing shared by the endpoint, the upload routes and the standalone static server. */

/** On every reply, so pages on other origins (or `file://`, origin `null`) can call the mock. */
export const CORS_HEADERS = { 'Access-Control-Allow-Origin': '*' } as const;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(typeof body.error === 'string' ? body.error : `HTTP ${status}`);
  }
}

export const notFound = (what: string): HttpError => new HttpError(404, { error: `${what} not found` });

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...CORS_HEADERS,
  });
  res.end(text);
}

/** Answers a CORS preflight; echoes the requested headers so a custom `api.fetch` may add its own. */
export function sendPreflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
    'Access-Control-Allow-Headers': requested ?? 'content-type,authorization,accept-language',
    'Access-Control-Max-Age': '600',
    'Content-Length': '0',
    ...CORS_HEADERS,
  });
  res.end();
}

const MAX_BODY_BYTES = 25 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, { error: 'request body too large' });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** `http://host` the client used, for absolute upload and preview URLs. */
export function originOf(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = typeof forwarded === 'string' ? (forwarded.split(',')[0] ?? 'http') : 'encrypted' in req.socket ? 'https' : 'http';
  return `${proto}://${req.headers.host ?? '127.0.0.1'}`;
}

export interface UploadedFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** Extracts the `file` field of a `multipart/form-data` body (enough for browser `FormData`). */
export function parseMultipartFile(body: Buffer, contentType: string): UploadedFile | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return undefined;
  const delimiter = Buffer.from(`--${marker}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const headers = part.subarray(0, split).toString('utf8');
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      if (name === 'file') {
        return {
          filename: /filename="([^"]*)"/i.exec(headers)?.[1] ?? 'upload.bin',
          contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream',
          data: part.subarray(split + 4),
        };
      }
    }
    start = next;
  }
  return undefined;
}
