import { Search as DsSearch } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Search parts with Swedish/English defaults instead of Designsystemet's Norwegian ones. */
export const Search = DsSearch;

export function SearchButton({ children, ...rest }: ComponentProps<typeof DsSearch.Button>) {
  const { t } = useI18n();
  return <DsSearch.Button {...rest}>{children ?? t.common.search}</DsSearch.Button>;
}

export function SearchInput({ 'aria-label': label, ...rest }: ComponentProps<typeof DsSearch.Input>) {
  const { t } = useI18n();
  return <DsSearch.Input aria-label={label ?? t.common.search} {...rest} />;
}

export function SearchClear({ 'aria-label': label, ...rest }: ComponentProps<typeof DsSearch.Clear>) {
  const { t } = useI18n();
  return <DsSearch.Clear aria-label={label ?? t.common.clear} {...rest} />;
}
