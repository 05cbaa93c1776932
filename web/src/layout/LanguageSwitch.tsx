import { Button } from '../ui';
import { useI18n } from '../i18n/I18nProvider';
import { isLang } from '../i18n/languages';

/** Switches between Swedish and English; the label is in the language it switches to. */
export function LanguageSwitch() {
  const { t, setLang } = useI18n();
  const target = t.languageSwitch.targetLang;
  if (!isLang(target)) return null;
  return (
    <Button variant="tertiary" data-size="sm" lang={target} className="lang-switch" onClick={() => setLang(target)}>
      {t.languageSwitch.label}
    </Button>
  );
}
