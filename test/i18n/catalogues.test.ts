import { expect } from '@open-wc/testing';
import { en, format, plural, type Catalogue, type PluralKey } from '../../src/i18n/index.js';
import { loadCatalogue, SUPPORTED_LOCALES } from '../../src/i18n/load.js';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string): string[] => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
const enKeys = Object.keys(en);
const pluralKeys = enKeys.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));
const others = SUPPORTED_LOCALES.filter((tag) => tag !== 'en');

const catalogues = new Map<string, Catalogue>();
before(async () => {
  for (const tag of others) catalogues.set(tag, await loadCatalogue(tag));
});
const catalogue = (tag: string): Catalogue => {
  const found = catalogues.get(tag);
  if (!found) throw new Error(`${tag} did not load`);
  return found;
};

for (const tag of others) {
  describe(`the ${tag} catalogue`, () => {
    it('names its own locale', () => {
      expect(catalogue(tag).locale).to.equal(tag);
    });

    it('has every English key, each a non-empty string', () => {
      const strings = catalogue(tag) as Record<string, unknown>;
      const missing = enKeys.filter((key) => typeof strings[key] !== 'string' || strings[key].trim() === '');
      expect(missing).to.deep.equal([]);
    });

    it('has no keys English lacks, except plural forms its language uses', () => {
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      const extra = Object.keys(catalogue(tag)).filter((key) => {
        if (key in en) return false;
        const match = PLURAL_SUFFIX.exec(key);
        if (!match) return true;
        const base = key.slice(0, match.index);
        return !pluralKeys.includes(base) || !categories.includes(match[1] as Intl.LDMLPluralRule);
      });
      expect(extra).to.deep.equal([]);
    });

    it('keeps the placeholders of every message', () => {
      const strings = catalogue(tag) as Record<string, string>;
      const wrong: string[] = [];
      for (const [key, text] of Object.entries(strings)) {
        const match = PLURAL_SUFFIX.exec(key);
        const source = match ? en[`${key.slice(0, match.index)}_other` as keyof typeof en] : en[key as keyof typeof en];
        const expected = placeholders(source);
        const actual = placeholders(text);
        // Singular and dual forms may spell the number out ("one step", "two steps") and drop {count}.
        const spelled = match !== null && match[1] !== 'other' && match[1] !== 'few' && match[1] !== 'many';
        const ok = spelled
          ? actual.every((p) => expected.includes(p)) && expected.filter((p) => p !== '{count}').every((p) => actual.includes(p))
          : actual.join() === expected.join();
        if (!ok) wrong.push(`${key}: ${actual.join() || '(none)'} instead of ${expected.join()}`);
      }
      expect(wrong).to.deep.equal([]);
    });

    it('is translated, not a copy of English', () => {
      const strings = catalogue(tag);
      // Product names and a few cognates ("Sources", "Message") may legitimately stay the same.
      const same = enKeys.filter((key) => strings[key as keyof Catalogue] === en[key as keyof typeof en]);
      expect(same.length, same.join(', ')).to.be.lessThan(enKeys.length * 0.1);
    });

    it('gives every plural category its language uses a message in that language', () => {
      const strings = catalogue(tag);
      const rules = new Intl.PluralRules(tag);
      for (const key of pluralKeys) {
        for (const count of [0, 1, 2, 3, 5, 11, 21, 100, 101]) {
          const text = plural(strings, key as PluralKey, count);
          const form = (strings as Record<string, string>)[`${key}_${rules.select(count)}`] ?? strings[`${key}_other` as keyof Catalogue];
          expect(text, `${key} ${String(count)}`).to.equal(format(form, { count }, tag));
        }
      }
    });
  });
}

describe('plural forms', () => {
  it('picks the Arabic dual and few forms, with Arabic digits', () => {
    const ar = catalogue('ar') as Record<string, string>;
    expect(plural(catalogue('ar'), 'workflowSteps', 2)).to.equal(ar['workflowSteps_two']);
    const three = plural(catalogue('ar'), 'workflowSteps', 3);
    expect(three).to.equal(ar['workflowSteps_few']!.replace('{count}', new Intl.NumberFormat('ar').format(3)));
    expect(three).not.to.equal(plural(catalogue('ar'), 'workflowSteps', 11));
  });

  it('formats the count for the catalogue locale unless told otherwise', () => {
    const de = catalogue('de');
    expect(plural(de, 'workflowSteps', 1234)).to.contain(new Intl.NumberFormat('de').format(1234));
    expect(plural(de, 'workflowSteps', 1234, 'en')).to.contain('1,234');
  });

  it('uses the one form in English and the other form in Japanese for a single item', () => {
    expect(plural(en, 'moreItems', 1)).to.equal('1 more item');
    expect(plural(catalogue('ja'), 'moreItems', 1)).to.equal(catalogue('ja').moreItems_other.replace('{count}', '1'));
  });
});

describe('format', () => {
  it('fills named placeholders and formats numbers for the locale', () => {
    expect(format('{name} is larger than {size}.', { name: 'a.pdf', size: '2 MB' })).to.equal('a.pdf is larger than 2 MB.');
    expect(format('{count} files', { count: 12345.5 }, 'fr')).to.equal(`${new Intl.NumberFormat('fr').format(12345.5)} files`);
  });

  it('leaves a placeholder without a value visible', () => {
    expect(format('Remove {name}', {})).to.equal('Remove {name}');
  });

  it('survives a malformed locale', () => {
    expect(format('{count}', { count: 3 }, 'not a locale!')).to.equal('3');
  });
});
