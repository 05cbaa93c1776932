import type { ReactNode } from 'react';
import { api } from '../../api';
import { useApiData } from '../../hooks/useApiData';
import { usePageTitle } from '../../hooks/usePageTitle';
import type { Association } from '../../types';
import { Heading, Spinner } from '../../ui';
import { LoadError } from '../start/LoadError';

interface Props {
  title: string;
  children: (association: Association) => ReactNode;
}

/**
 * The frame of every members-and-money page: the one h1, the page title, and the förbund the page
 * is about (the installation's first; a chooser comes with several förbund).
 */
export function AssociationPage({ title, children }: Props) {
  usePageTitle(title);
  const associations = useApiData((signal) => api.associations(signal), 'all');
  const current = associations.status === 'ok' ? associations.data.items[0] : undefined;

  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {associations.status === 'loading' ? <Spinner data-size="md" /> : null}
      {associations.status === 'error' ? <LoadError code={associations.code} /> : null}
      {current ? children(current) : null}
    </>
  );
}
