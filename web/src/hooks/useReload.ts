import { useCallback, useState } from 'react';

/** A counter to put into a useApiData key: `reload()` fetches again. */
export function useReload(): [number, () => void] {
  const [n, setN] = useState(0);
  const reload = useCallback(() => setN((x) => x + 1), []);
  return [n, reload];
}
