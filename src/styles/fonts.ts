import type { FontObject } from '../schemas/index.js';
import { safeUrl } from '../security/url-policy.js';

/** Sources already registered (by their descriptor key), so repeated calls add nothing. */
const registered = new Map<string, FontFace>();

// A URL goes inside `url("…")`: nothing that could close the string or the function.
const URL_BREAKERS = /["'()\\\s]/;
const UNICODE_RANGE = /^(?:\s*U\+[\da-f?]{1,6}(?:-[\da-f]{1,6})?\s*)(?:,\s*U\+[\da-f?]{1,6}(?:-[\da-f]{1,6})?\s*)*$/i;
const WEIGHT = /^(?:normal|bold|[1-9]\d{0,2}(?:\s+[1-9]\d{0,2})?)$/;
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const FAMILY = /^[^"'\\;{}<>\u0000-\u001f\u007f]{1,100}$/;

/**
 * The `src` of a font source when it is an http(s) URL or a relative reference, else `null`:
 * fonts are fetched by the page, so nothing else (`data:`, `javascript:`, `mailto:`) is loaded.
 */
export function safeFontUrl(src: string): string | null {
  const url = safeUrl(src, 'link');
  if (url === null || URL_BREAKERS.test(url)) return null;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' ? url : null;
}

/**
 * Registers the theme's `typography.fontSources` as `FontFace`s in `document.fonts`, once each:
 * calling it again with the same sources (every options update does) adds nothing. A source with
 * an unsafe URL, family, weight or range is skipped. The font downloads when text first uses it
 * (`--ck-font-family`), as for any `@font-face`.
 *
 * @param sources - the theme's font sources (untrusted strings)
 */
export function loadFontSources(sources: readonly FontObject[]): void {
  if (typeof FontFace !== 'function' || typeof document === 'undefined') return;
  for (const source of sources) {
    const url = safeFontUrl(source.src);
    const family = source.family.trim();
    if (url === null || !FAMILY.test(family)) continue;
    const descriptors: FontFaceDescriptors = {};
    if (source.weight !== undefined) {
      const weight = String(source.weight).trim();
      if (!WEIGHT.test(weight)) continue;
      descriptors.weight = weight;
    }
    if (source.style !== undefined) descriptors.style = source.style;
    if (source.display !== undefined) descriptors.display = source.display;
    if (source.unicodeRange !== undefined) {
      if (!UNICODE_RANGE.test(source.unicodeRange)) continue;
      descriptors.unicodeRange = source.unicodeRange.trim();
    }
    const key = JSON.stringify([family, url, descriptors]);
    if (registered.has(key)) continue;
    try {
      const face = new FontFace(family, `url("${url}")`, descriptors);
      document.fonts.add(face);
      registered.set(key, face);
    } catch {
      // A descriptor the browser rejects: skip this source, keep the others.
    }
  }
}
