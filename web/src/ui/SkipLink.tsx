import { SkipLink as DsSkipLink } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/I18nProvider';

export const MAIN_ID = 'main';

/** The first focusable element of every page: jumps to <main id="main">. */
export function SkipLink() {
  const { t } = useI18n();
  return <DsSkipLink href={`#${MAIN_ID}`}>{t.skipLink}</DsSkipLink>;
}
