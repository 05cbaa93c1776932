import { useEffect, useState } from 'react';
import type { ApiData } from './useApiData';

/**
 * The latest successfully loaded data, kept while a reload is under way (so that an open dialog
 * over a row does not vanish when a 409 triggers a reload).
 */
export function useKept<T>(data: ApiData<T>): T | null {
  const [kept, setKept] = useState<T | null>(data.status === 'ok' ? data.data : null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- keeps the last loaded data while a reload is under way
    if (data.status === 'ok') setKept(data.data);
  }, [data]);
  return data.status === 'ok' ? data.data : kept;
}
