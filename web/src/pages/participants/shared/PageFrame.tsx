import type { ReactNode } from 'react';
import { usePageTitle } from '../../../hooks/usePageTitle';
import { Heading, Spinner } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';

interface Props {
  /** The h1 and the page title (never personal data such as a personnummer). */
  title: string;
  /** An error code when what the page is about could not be loaded. */
  failure?: string | null | undefined;
  loading?: boolean;
  children?: ReactNode;
}

/** The one h1, the document title, and a spinner or error while the page's data loads. */
export function PageFrame({ title, failure, loading = false, children }: Props) {
  usePageTitle(title);
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {failure ? <LoadError code={failure} /> : null}
      {loading && !failure ? <Spinner data-size="md" /> : null}
      {children}
    </>
  );
}
