import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/I18nProvider';

/** "Skriv ut": opens the browser's print dialog; not itself printed. */
export function PrintButton() {
  const { t } = useI18n();
  return (
    <Button variant="secondary" data-size="sm" className="no-print" onClick={() => window.print()}>
      {t.money.print}
    </Button>
  );
}
