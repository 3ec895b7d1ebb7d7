/**
 * The shape a translation is written in. Every message key is required (a new English key fails
 * the type check of every language until it is translated) except the `_one` plural forms,
 * which languages without a singular (ja, zh, ko) leave out; extra CLDR plural categories
 * (`_zero`, `_two`, `_few`, `_many`) are allowed for the languages that have them (ar, he…).
 */
import type { Catalogue, MessageKey } from './en.js';
import type { PluralKey } from './index.js';

type OneKey = Extract<MessageKey, `${string}_one`>;
type ExtraPluralKey = `${PluralKey}_${'zero' | 'two' | 'few' | 'many'}`;

/** A language's catalogue as written in `locales/<tag>.ts`. */
export type Translation = Omit<Catalogue, OneKey> &
  Partial<Record<OneKey, string>> &
  Partial<Record<ExtraPluralKey, string>>;

/**
 * A full {@link Catalogue} from a translation: a missing `_one` form reads the `_other` one
 * (`Intl.PluralRules` never picks `one` in those languages, but code may still index it).
 */
export function defineCatalogue(translation: Translation): Catalogue {
  const filled: Record<string, string | undefined> = { ...translation };
  for (const key of Object.keys(translation)) {
    if (!key.endsWith('_other')) continue;
    const one = `${key.slice(0, -'_other'.length)}_one`;
    filled[one] ??= filled[key];
  }
  return filled as Catalogue;
}
