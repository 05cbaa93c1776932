import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { sv, type Dictionary } from './sv';
import { loadDictionary, loadLang, saveLang, type Lang } from './languages';

interface I18n {
  lang: Lang;
  t: Dictionary;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n | null>(null);

interface Shown {
  lang: Lang;
  t: Dictionary;
}

/**
 * The language of the page. A newly chosen language takes over once its dictionary has arrived, so the page
 * keeps its state and never shows a mix; a first visit in English shows nothing for that moment.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState<Lang>(loadLang);
  const [shown, setShown] = useState<Shown | null>(() => (wanted === 'sv' ? { lang: 'sv', t: sv } : null));

  useEffect(() => {
    if (shown?.lang === wanted) return;
    let live = true;
    loadDictionary(wanted)
      .then((t) => live && setShown({ lang: wanted, t }))
      .catch(() => live && setShown((current) => current ?? { lang: 'sv', t: sv }));
    return () => {
      live = false;
    };
  }, [wanted, shown]);

  useEffect(() => {
    if (shown) document.documentElement.lang = shown.lang;
  }, [shown]);

  const setLang = useCallback((next: Lang) => {
    saveLang(next);
    setWanted(next);
  }, []);

  const value = useMemo(() => (shown ? { lang: shown.lang, t: shown.t, setLang } : null), [shown, setLang]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
