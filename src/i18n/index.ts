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

type PluralBase<K> = K extends `${infer B}_other` ? B : never;
/** Keys that have plural forms (`<key>_one`, `<key>_other`, …). */
export type PluralKey = PluralBase<MessageKey>;

/**
 * A message with a count, in the plural form `Intl.PluralRules` picks for `locale`
 * (`<key>_one`, `<key>_few`, … falling back to `<key>_other`); `{count}` is replaced.
 */
export function plural(catalogue: Partial<Catalogue>, key: PluralKey, count: number, locale = 'en'): string {
  const category = new Intl.PluralRules(locale).select(count);
  const forms = catalogue as Partial<Record<string, string>>;
  const template = forms[`${key}_${category}`] ?? forms[`${key}_other`] ?? en[`${key}_other`];
  return template.replace('{count}', new Intl.NumberFormat(locale).format(count));
}
