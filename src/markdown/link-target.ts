/** Inline link targets: `(destination "title")` after a closing bracket. */
import { isAsciiPunctuation, unescapeString } from './text.js';

const LINK_TITLE = /"((?:\\[\s\S]|[^"\\])*)"|'((?:\\[\s\S]|[^'\\])*)'|\(((?:\\[\s\S]|[^()\\])*)\)/y;

function skipSpaceAndNewline(src: string, from: number): number {
  let p = from;
  let newlines = 0;
  for (;;) {
    const c = src[p];
    if (c === ' ' || c === '\t') p++;
    else if (c === '\n' && newlines === 0) {
      newlines++;
      p++;
    } else return p;
  }
}

/** A link destination: `<…>` or a run without spaces and with balanced parentheses. */
function linkDestination(src: string, from: number): { url: string; end: number } | null {
  if (src[from] === '<') {
    for (let p = from + 1; p < src.length; p++) {
      const c = src[p];
      if (c === '\\' && p + 1 < src.length && isAsciiPunctuation(src[p + 1] ?? '')) p++;
      else if (c === '>') return { url: unescapeString(src.slice(from + 1, p)), end: p + 1 };
      else if (c === '<' || c === '\n') return null;
    }
    return null;
  }
  let depth = 0;
  let p = from;
  for (; p < src.length; p++) {
    const c = src[p] ?? '';
    if (c === '\\' && p + 1 < src.length && isAsciiPunctuation(src[p + 1] ?? '')) {
      p++;
    } else if (c === '(') {
      depth++;
      if (depth > 32) return null;
    } else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (c.charCodeAt(0) <= 0x20 || c === '\u007f') {
      break;
    }
  }
  if (depth !== 0) return null;
  if (p === from && src[p] !== ')') return null;
  return { url: unescapeString(src.slice(from, p)), end: p };
}

/**
 * Parses `(dest "title")` starting at the `(` at `open`; returns the target and the index just
 * past `)`, or `null` if the text there is not a link target.
 */
export function parseLinkTarget(src: string, open: number): { url: string; title: string | null; end: number } | null {
  let p = skipSpaceAndNewline(src, open + 1);
  const dest = linkDestination(src, p);
  if (!dest) return null;
  p = dest.end;
  let title: string | null = null;
  const beforeTitle = p;
  p = skipSpaceAndNewline(src, p);
  if (p !== beforeTitle) {
    LINK_TITLE.lastIndex = p;
    const m = LINK_TITLE.exec(src);
    if (m) {
      title = unescapeString(m[1] ?? m[2] ?? m[3] ?? '');
      p = skipSpaceAndNewline(src, LINK_TITLE.lastIndex);
    }
  }
  if (src[p] !== ')') return null;
  return { url: dest.url, title, end: p + 1 };
}
