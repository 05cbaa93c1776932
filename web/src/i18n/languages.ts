import { sv, type Dictionary } from './sv';

export type Lang = 'sv' | 'en';

export const DEFAULT_LANG: Lang = 'sv';
export const LANG_STORAGE_KEY = 'samordna.lang';

/** The dictionary of a language: Swedish is in the first chunk, English is fetched when it is first chosen. */
export function loadDictionary(lang: Lang): Promise<Dictionary> {
  return lang === 'sv' ? Promise.resolve(sv) : import('./en').then((m) => m.en);
}

export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

/** The saved language, or Swedish. Never throws (storage may be blocked). */
export function loadLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(saved) ? saved : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export function saveLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}
