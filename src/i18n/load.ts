/**
 * Which catalogue a locale uses, and loading it. English is built in; every other language is
 * its own lazily imported chunk, so a page pays only for the language it shows.
 */
import { en, type Catalogue } from './en.js';

/** The languages that have a catalogue. */
export const SUPPORTED_LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ar', 'he'] as const;
/** A catalogue tag. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

// Literal import() calls, one per language, so bundlers see each chunk.
const loaders: Record<Exclude<SupportedLocale, 'en'>, () => Promise<{ default: Catalogue }>> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  ja: () => import('./locales/ja.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
  ko: () => import('./locales/ko.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
};

/**
 * Languages whose only catalogue is a regional one. Portuguese of any region reads the Brazilian
 * catalogue; Chinese of any region or script reads Simplified Chinese (zh-TW and zh-HK included:
 * better than English until a Traditional catalogue exists). `iw` is the legacy code of Hebrew.
 */
const LANGUAGE_ALIASES: Readonly<Record<string, SupportedLocale>> = {
  pt: 'pt-BR',
  zh: 'zh-CN',
  iw: 'he',
};

/**
 * The catalogue tag for a BCP 47 locale, case-insensitively: an exact tag first (`pt-BR`),
 * then its language (`es-MX` → `es`, `pt-PT` → `pt-BR`, `zh-Hant-TW` → `zh-CN`); anything
 * else (unknown, empty, malformed) → `en`.
 */
export function resolveLocale(locale: string | null | undefined): SupportedLocale {
  const tag = (locale ?? '').trim().replace(/_/g, '-').toLowerCase();
  const exact = SUPPORTED_LOCALES.find((supported) => supported.toLowerCase() === tag);
  if (exact) return exact;
  const language = tag.split('-')[0] ?? '';
  const alias = LANGUAGE_ALIASES[language];
  if (alias) return alias;
  return SUPPORTED_LOCALES.find((supported) => supported === language) ?? 'en';
}

const cache = new Map<SupportedLocale, Promise<Catalogue>>();

/**
 * The UI strings of `locale` (a catalogue tag, or any BCP 47 locale: it goes through
 * {@link resolveLocale}). Loaded once and cached. Never rejects: a chunk that fails to load
 * (offline, blocked CDN) resolves to English, and is retried on the next call.
 */
export function loadCatalogue(locale: string): Promise<Catalogue> {
  const tag = resolveLocale(locale);
  if (tag === 'en') return Promise.resolve(en);
  const cached = cache.get(tag);
  if (cached) return cached;
  const loading = loaders[tag]().then(
    (module) => module.default,
    () => {
      cache.delete(tag);
      return en;
    },
  );
  cache.set(tag, loading);
  return loading;
}
