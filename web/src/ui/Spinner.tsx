import { Spinner as DsSpinner } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { useI18n } from '../i18n/I18nProvider';

type Props = Omit<ComponentProps<'svg'>, 'ref'> & { 'aria-label'?: string; 'data-size'?: 'xs' | 'sm' | 'md' | 'lg' | 'xl' };

/** Designsystemet's Spinner with a Swedish/English label ("Laddar …") by default. */
export function Spinner({ 'aria-label': label, ...rest }: Props) {
  const { t } = useI18n();
  return <DsSpinner aria-label={label ?? t.common.loading} {...rest} />;
}
