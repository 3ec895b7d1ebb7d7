import { en, type Catalogue, type MessageKey } from './en.js';

export { en, type Catalogue, type MessageKey };

/** Right-to-left scripts; used to set `dir` on the element's root. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/** Text direction of a BCP 47 locale. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** Looks up a UI string; unknown keys fall back to English so the UI never shows a raw key. */
export function translate(catalogue: Partial<Catalogue>, key: MessageKey): string {
  return catalogue[key] ?? en[key];
}
