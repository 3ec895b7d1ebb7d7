/**
 * The one URL allow-list for everything the server can point the user at: Markdown links and
 * images, widget images and actions, source links. Pure functions, no DOM.
 *
 * The policy is an allow-list on the *scheme*, checked after the same normalisation the WHATWG
 * URL parser applies (so `java\tscript:` is seen as `javascript:`), and again on the parsed
 * result (so whatever slipped past the string checks is judged by what a browser would do).
 */

/** What the URL is used for: links may open mail and deeplinks; images may be inline data. */
export type UrlKind = 'link' | 'image';

/** A parsed `chatkit-link://name?key=value` deeplink. */
export interface Deeplink {
  name: string;
  data: Record<string, string>;
}

const DEEPLINK_SCHEME = 'chatkit-link:';

// The URL parser strips leading/trailing C0 controls and spaces, and drops tab/CR/LF anywhere.
// eslint-disable-next-line no-control-regex
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_NEWLINE = /[\t\n\r]/g;
// Anything else in the C0/C1 range or DEL has no business in a URL we hand to the DOM.
// eslint-disable-next-line no-control-regex
const OTHER_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Base64 images only; other `data:` types are documents. SVG is allowed because an image URL
// only ever becomes an `<img src>` (never an `href` or a frame), where SVG script does not run;
// generated images from the reference server are SVG `data:` URLs.
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml);base64,[a-z0-9+/]*={0,2}$/i;
// A relative reference never needs a character reference or a percent-escape before its first
// `/`, `?` or `#`; allowing them would let a later decoder turn the text into a scheme.
const SUSPICIOUS_FIRST_SEGMENT = /[&%:\\]/;
// Resolving relatives against a fixed https base tells what a browser would make of them.
const BASE = 'https://base.invalid/';

/** Applies the URL parser's own clean-up, so checks see what the browser will see. */
function normalise(raw: string): string {
  return raw.replace(EDGE_CONTROLS, '').replace(TAB_NEWLINE, '');
}

function parse(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/** The part of a reference before its first `/`, `?` or `#` (where a scheme would sit). */
function firstSegment(url: string): string {
  const end = url.search(/[/?#\\]/);
  return end === -1 ? url : url.slice(0, end);
}

function allowedScheme(scheme: string, kind: UrlKind): boolean {
  switch (scheme) {
    case 'http':
    case 'https':
      return true;
    case 'mailto':
    case 'chatkit-link':
      return kind === 'link';
    default:
      return false;
  }
}

/**
 * Returns the URL to put in `href`/`src` if it passes the allow-list, otherwise `null`.
 *
 * Allowed: `https:`, `http:`, relative references (`/a`, `./a`, `../a`, `a/b`, `?q`, `#f`,
 * `//host`), and for links also `mailto:` and `chatkit-link://` deeplinks; for images also
 * base64 `data:image/(png|jpeg|gif|webp|avif|svg+xml)` (image URLs must only be used as `<img src>`).
 * Everything else — `javascript:`, `vbscript:`, `data:text/html`, non-base64 `data:`, `file:`,
 * encoded or obfuscated schemes — is `null`.
 *
 * @param raw - the URL exactly as the server sent it
 * @param kind - `'link'` for anchors and actions, `'image'` for image sources
 * @returns the normalised URL (tabs/newlines and edge whitespace removed) or `null`
 */
export function safeUrl(raw: string, kind: UrlKind): string | null {
  if (typeof raw !== 'string') return null;
  const url = normalise(raw);
  if (url === '' || OTHER_CONTROLS.test(url)) return null;

  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'data') return kind === 'image' && DATA_IMAGE.test(url) ? url : null;
    if (!allowedScheme(scheme, kind)) return null;
    const parsed = parse(url);
    if (parsed?.protocol !== `${scheme}:`) return null;
    if ((scheme === 'http' || scheme === 'https') && parsed.hostname === '') return null;
    return url;
  }

  // No scheme: a relative reference. Reject anything that could decode into a scheme later.
  if (SUSPICIOUS_FIRST_SEGMENT.test(firstSegment(url))) return null;
  // `\` is a path separator for the URL parser; as the very first characters it makes a
  // protocol-relative URL (`\\evil.example`), which is allowed but only in its plain form.
  if (url.startsWith('\\')) return null;
  const resolved = parse(url, BASE);
  return resolved?.protocol === 'https:' ? url : null;
}

/** True for `chatkit-link:` URLs (deeplinks the element handles instead of navigating). */
export function isDeeplink(url: string): boolean {
  return normalise(url).toLowerCase().startsWith(DEEPLINK_SCHEME);
}

/**
 * Parses `chatkit-link://name?key=value&…` into `{ name, data }`; `null` if the URL is not a
 * deeplink or has no name. `name` is the host plus any path (`chatkit-link://doc/open` →
 * `doc/open`); repeated query keys keep the last value.
 */
export function parseDeeplink(url: string): Deeplink | null {
  const clean = normalise(url);
  if (!clean.toLowerCase().startsWith(DEEPLINK_SCHEME) || OTHER_CONTROLS.test(clean)) return null;
  let rest = clean.slice(DEEPLINK_SCHEME.length);
  if (rest.startsWith('//')) rest = rest.slice(2);
  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) rest = rest.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  const rawName = (queryAt === -1 ? rest : rest.slice(0, queryAt)).replace(/\/+$/, '');
  let name: string;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    name = rawName;
  }
  if (name === '') return null;
  const data: Record<string, string> = {};
  if (queryAt !== -1) {
    for (const [key, value] of new URLSearchParams(rest.slice(queryAt + 1))) {
      // Assigning `__proto__` would not create a key; drop it rather than surprise a handler.
      if (key !== '__proto__') data[key] = value;
    }
  }
  return { name, data };
}
