import { en, type Catalogue, type MessageKey } from './en.js';

export { en, type Catalogue, type MessageKey };

/** Right-to-left scripts; used to set `dir` on the element's root. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur']);

/** Text direction of a BCP 47 locale. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** Looks up a UI string; unknown keys fall back to English so the UI never shows a raw key. */
export function translate(catalogue: Partial<Catalogue>, key: MessageKey): string {
  return catalogue[key] ?? en[key];
}

/**
 * Fills `{name}` placeholders of a catalogue message; numbers are formatted for `locale`. A
 * placeholder without a value stays as written, so a missing argument is visible, not blank.
 */
export function format(template: string, values: Readonly<Record<string, string | number>>, locale = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

type PluralBase<K> = K extends `${infer B}_other` ? B : never;
/** Keys that have plural forms (`<key>_one`, `<key>_other`, …). */
export type PluralKey = PluralBase<MessageKey>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** Cached formatter; a malformed locale falls back to English instead of throwing mid-render. */
function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale);
    } catch {
      format = new Intl.NumberFormat('en');
    }
    numberFormats.set(locale, format);
  }
  return format;
}

function pluralRulesOf(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules;
}

/**
 * A message with a count, in the plural form `Intl.PluralRules` picks for `locale`
 * (`<key>_one`, `<key>_few`, … falling back to `<key>_other`); `{count}` is replaced by the
 * count formatted for `locale`. `locale` defaults to the catalogue's own language.
 */
export function plural(
  catalogue: Partial<Catalogue>,
  key: PluralKey,
  count: number,
  locale: string = catalogue.locale ?? 'en',
): string {
  const category = pluralRulesOf(locale).select(count);
  const forms = catalogue as Partial<Record<string, string>>;
  const template = forms[`${key}_${category}`] ?? forms[`${key}_other`] ?? en[`${key}_other`];
  return template.replace('{count}', numberFormat(locale).format(count));
}
