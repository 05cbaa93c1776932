import { Link as DsLink } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { routeLinkProps } from '../router';

type Props = Omit<ComponentProps<typeof DsLink>, 'href'> & { to: string };

/** Designsystemet's Link that navigates inside the app without a page load. */
export function AppLink({ to, onClick, ...rest }: Props) {
  return <DsLink {...rest} {...routeLinkProps(to, onClick)} />;
}
