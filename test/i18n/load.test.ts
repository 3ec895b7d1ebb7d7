import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/index.js';
import { loadCatalogue, resolveLocale, SUPPORTED_LOCALES } from '../../src/i18n/load.js';

describe('resolveLocale', () => {
  const table: [string, string][] = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['ja-JP', 'ja'],
    ['zh', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hant-HK', 'zh-CN'],
    ['ko-KR', 'ko'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['he-IL', 'he'],
    ['iw', 'he'],
    ['iw-IL', 'he'],
    ['FR-fr', 'fr'],
    ['de_DE', 'de'],
  ];
  for (const [input, expected] of table) {
    it(`maps ${input} to ${expected}`, () => {
      expect(resolveLocale(input)).to.equal(expected);
    });
  }

  it('falls back to English for unknown, empty or malformed locales', () => {
    for (const input of ['xx', 'nl-NL', 'sv', '', '  ', 'not a locale', 'e', 'ptx']) {
      expect(resolveLocale(input), input).to.equal('en');
    }
  });

  it('only ever answers a supported tag', () => {
    for (const input of ['es-MX', 'zh-Hant', 'iw', 'tlh']) {
      expect(SUPPORTED_LOCALES).to.include(resolveLocale(input));
    }
  });
});

describe('loadCatalogue', () => {
  it('resolves English to the built-in catalogue', async () => {
    expect((await loadCatalogue('en')) === en).to.equal(true);
  });

  it('loads each language once and serves it from the cache afterwards', async () => {
    const first = await loadCatalogue('fr');
    const second = await loadCatalogue('fr');
    expect(first === second).to.equal(true);
    expect(first.locale).to.equal('fr');
    expect(first.send).not.to.equal(en.send);
  });

  it('accepts any BCP 47 locale and loads its catalogue', async () => {
    expect((await loadCatalogue('es-MX')).locale).to.equal('es');
    expect((await loadCatalogue('pt-PT')).locale).to.equal('pt-BR');
  });

  it('resolves an unknown locale to English instead of rejecting', async () => {
    expect((await loadCatalogue('xx-YY')) === en).to.equal(true);
  });
});
