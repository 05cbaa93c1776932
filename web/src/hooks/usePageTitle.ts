import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Sets the document title to "<page> – Samordna" (WCAG 2.4.2). */
export function usePageTitle(title: string | null): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} – ${t.appName}` : t.appName;
  }, [title, t]);
}
