import type { ReactNode } from 'react';
import { api } from '../api';
import { useApiData } from '../hooks/useApiData';
import { usePageTitle } from '../hooks/usePageTitle';
import { pickAssociationId } from '../session/permissions';
import { useSession } from '../session/SessionProvider';
import type { Association } from '../api/types';
import { Heading, Spinner } from '../ui';
import { LoadError } from '../ui/LoadError';

interface Props {
  title: string;
  /** Text under the heading that needs no data: shown at once, before the förbund is known. */
  intro?: ReactNode;
  children: (association: Association) => ReactNode;
}

/**
 * The frame of every page about one förbund: the one h1, the page title, and the förbund the page
 * is about (the first the user has a role in; a superuser's: the installation's first).
 */
export function AssociationPage({ title, intro, children }: Props) {
  usePageTitle(title);
  const associations = useApiData((signal) => api.associations(signal), 'all');
  const { state } = useSession();
  const session = state.status === 'authenticated' ? state.session : null;
  const items = associations.status === 'ok' ? associations.data.items : [];
  const chosen = pickAssociationId(session, items.map((a) => a.id));
  const current = items.find((a) => a.id === chosen);

  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {intro}
      {associations.status === 'loading' ? <Spinner data-size="md" /> : null}
      {associations.status === 'error' ? <LoadError code={associations.code} /> : null}
      {current ? children(current) : null}
    </>
  );
}
