import type { ReactNode } from 'react';
import type { ApiData } from '../../hooks/useApiData';
import { Spinner } from '../../ui';
import { LoadError } from '../../ui/LoadError';

/** A spinner while `data` loads, the translated error if it failed, else `children` with the data. */
export function Loaded<T>({ data, children }: { data: ApiData<T>; children: (value: T) => ReactNode }) {
  if (data.status === 'loading') return <Spinner data-size="sm" />;
  if (data.status === 'error') return <LoadError code={data.code} />;
  return <>{children(data.data)}</>;
}
