/**
 * Character-level helpers shared by the block and inline parsers: entity decoding, backslash
 * escapes, character classes, and GFM's bare-URL autolinks.
 */
import type { Inline } from './ast.js';

// A small, common subset: model output rarely uses named entities beyond these, and the result
// is always rendered as text, so an unknown name simply stays literal.
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®',
  trade: '™', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“',
  rdquo: '”', laquo: '«', raquo: '»', times: '×', divide: '÷', deg: '°', plusmn: '±',
  middot: '·', bull: '•', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', lArr: '⇐', le: '≤',
  ge: '≥', ne: '≠', asymp: '≈', infin: '∞', minus: '−', micro: 'µ', alpha: 'α', beta: 'β',
  gamma: 'γ', delta: 'δ', pi: 'π', sigma: 'σ', mu: 'μ', lambda: 'λ', theta: 'θ', check: '✓',
};

/** Matches one entity reference at the regex's `lastIndex` (sticky). */
export const ENTITY_STICKY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;
const ENTITY_GLOBAL = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

/** Decodes one `&…;` reference, or returns `null` for an unknown name (kept literal). */
export function decodeEntity(entity: string): string | null {
  const body = entity.slice(1, -1);
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return String.fromCodePoint(valid ? code : 0xfffd);
  }
  return Object.hasOwn(NAMED, body) ? (NAMED[body] ?? null) : null;
}

const ESCAPABLE = /\\([!"#$%&'()*+,./:;<=>?@[\\\]^_`{|}~-])/g;

/** Removes backslash escapes and decodes entities (link destinations, titles, info strings). */
export function unescapeString(text: string): string {
  if (!text.includes('\\') && !text.includes('&')) return text;
  // Split on escapes first so an escaped `\&amp;` stays literal.
  return text
    .split(ESCAPABLE)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(ENTITY_GLOBAL, (m) => decodeEntity(m) ?? m)))
    .join('');
}

/** ASCII punctuation, the set that backslash can escape. */
export function isAsciiPunctuation(ch: string): boolean {
  return /^[!"#$%&'()*+,./:;<=>?@[\\\]^_`{|}~-]$/.test(ch);
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

const ASCII_PUNCTUATION = /[!"#$%&'()*+,./:;<=>?@[\\\]^_`{|}~-]/;

/** Unicode punctuation or symbol (for emphasis flanking rules). */
export function isPunctuation(ch: string): boolean {
  if (ch === '') return false;
  // Nearly all text is ASCII; the Unicode property regex is only needed beyond it.
  return ch.charCodeAt(0) < 128 ? ASCII_PUNCTUATION.test(ch) : PUNCTUATION.test(ch);
}

/** Unicode whitespace; the start and end of the text count as whitespace. */
export function isWhitespace(ch: string): boolean {
  if (ch === '') return true;
  const code = ch.charCodeAt(0);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : WHITESPACE.test(ch);
}

// GFM extended autolinks: `www.` or `http(s)://` after whitespace, start, `(` or an emphasis
// delimiter, with a domain of at least one label, then anything up to whitespace or `<`.
const BARE_URL = /(?<=^|[\s*_~(])(?:https?:\/\/|www\.)[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*[^\s<]*/giu;
const TRAILING_PUNCT = /[?!.,:*_~'"]$/;
const TRAILING_ENTITY = /&[a-zA-Z0-9]+;$/;

function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    if (TRAILING_PUNCT.test(url)) {
      url = url.slice(0, -1);
    } else if (url.endsWith(')') && count(url, '(') < count(url, ')')) {
      url = url.slice(0, -1);
    } else if (url.endsWith(';') && TRAILING_ENTITY.test(url)) {
      url = url.replace(TRAILING_ENTITY, '');
    } else {
      return url;
    }
  }
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/**
 * Splits literal text into text and link nodes for bare `https://…`/`www.…` URLs. `www.` links
 * get an `http://` prefix, as GFM specifies; the renderer's URL policy still applies.
 */
export function linkifyText(text: string, out: Inline[]): void {
  if (!text.includes('://') && !/www\./i.test(text)) {
    out.push({ type: 'text', value: text });
    return;
  }
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const url = trimUrl(match[0]);
    const start = match.index;
    // Trimming may leave a bare `https://` or `www.`: not a link.
    if (!/^(?:https?:\/\/|www\.)[^.]/i.test(url)) continue;
    if (start > last) out.push({ type: 'text', value: text.slice(last, start) });
    const href = /^www\./i.test(url) ? `http://${url}` : url;
    out.push({ type: 'link', url: href, title: null, children: [{ type: 'text', value: url }] });
    last = start + url.length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
}

/** Normalises line endings (CRLF/CR → LF) and NUL, as CommonMark prescribes. */
export function normaliseSource(text: string): string {
  return text.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD');
}
