import { useEffect, useState } from 'react';
import { ApiError, UNKNOWN_ERROR } from '../api';

export type ApiData<T> = { status: 'loading' } | { status: 'error'; code: string } | { status: 'ok'; data: T };

/** Loads data with `load` whenever `key` changes; aborts the previous request. */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, key: string | number | null): ApiData<T> {
  const [result, setResult] = useState<ApiData<T>>({ status: 'loading' });

  useEffect(() => {
    if (key === null) return undefined;
    const controller = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new key starts a new load, shown as loading
    setResult({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ status: 'ok', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ status: 'error', code: error instanceof ApiError ? error.code : UNKNOWN_ERROR });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is expected to change only with `key`
  }, [key]);

  return result;
}
