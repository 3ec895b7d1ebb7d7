/**
 * Loads the real ChatKit server captures in `test/fixtures/chatkit-server/` from the test-runner
 * dev server (it serves the repo root).
 */

const SERVER_DIR = new URL('../fixtures/chatkit-server/', import.meta.url);
const MANIFEST = new URL('../fixtures/manifest.json', import.meta.url);

const cache = new Map<string, Promise<string>>();

async function fetchText(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fixture ${url.pathname}: HTTP ${response.status}`);
  return response.text();
}

/** The text of one capture, e.g. `loadFixture('threads.create.sse')`. Cached per name. */
export function loadFixture(name: string): Promise<string> {
  let text = cache.get(name);
  if (text === undefined) {
    text = fetchText(new URL(name, SERVER_DIR));
    cache.set(name, text);
  }
  return text;
}

/** A JSON capture, parsed (e.g. `threads.create.request.json`, `items.list.json`). */
export async function loadJsonFixture<T = unknown>(name: string): Promise<T> {
  return JSON.parse(await loadFixture(name)) as T;
}

/** Status line and headers of a capture's reply, from `<stem>.headers.txt`. */
export interface FixtureHeaders {
  status: number;
  statusText: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
}

/** Parses `<stem>.headers.txt`, e.g. `loadFixtureHeaders('error.unknown_thread')`. */
export async function loadFixtureHeaders(stem: string): Promise<FixtureHeaders> {
  const [statusLine = '', ...lines] = (await loadFixture(`${stem}.headers.txt`)).split(/\r?\n/);
  const match = /^HTTP\/[\d.]+ (\d{3}) ?(.*)$/.exec(statusLine);
  if (!match) throw new Error(`${stem}.headers.txt: no status line`);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(match[1]), statusText: match[2] ?? '', headers };
}

let manifest: Promise<{ chatkitServer: string[]; widgets: string[] }> | undefined;

/**
 * Names of the server captures from `test/fixtures/manifest.json`, optionally filtered by suffix
 * (`await fixtureNames('.sse')`). Use top-level `await` in a test module to generate one `it` per
 * capture.
 */
export async function fixtureNames(suffix = ''): Promise<string[]> {
  manifest ??= fetchText(MANIFEST).then((text) => JSON.parse(text) as { chatkitServer: string[]; widgets: string[] });
  return (await manifest).chatkitServer.filter((name) => name.endsWith(suffix));
}

/**
 * The `data:` payloads of an SSE capture, found without an SSE parser: captures are
 * `data: <json>` blocks separated by blank lines (protocol §1.4).
 */
export function sseCapturePayloads(text: string): string[] {
  return text
    .split('\n\n')
    .filter((block) => block !== '')
    .map((block) => {
      if (!block.startsWith('data: ') || block.includes('\n')) throw new Error(`unexpected capture block: ${block.slice(0, 40)}`);
      return block.slice('data: '.length);
    });
}

/** The raw JSON events of an SSE capture, e.g. `(await captureEvents('threads.create.sse')).map((e) => e.type)`. */
export async function captureEvents(name: string): Promise<{ type: string; [key: string]: unknown }[]> {
  return sseCapturePayloads(await loadFixture(name)).map((payload) => JSON.parse(payload) as { type: string });
}
