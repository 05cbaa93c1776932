import { Dialog as DsDialog, type DialogProps } from '@digdir/designsystemet-react';
import { forwardRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Designsystemet's Dialog with a Swedish/English close-button label instead of the Norwegian default. */
export const Dialog = forwardRef<HTMLDialogElement, DialogProps>(function Dialog({ closeButton, ...rest }, ref) {
  const { t } = useI18n();
  return <DsDialog ref={ref} closeButton={closeButton ?? t.common.close} {...rest} />;
});
