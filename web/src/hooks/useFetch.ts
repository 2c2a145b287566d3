import { useCallback, useEffect, useState } from "react";
import { ApiError, apiFetch } from "../api.ts";

/** The state of one GET: its data, its error, whether it is loading, and a way to fetch again. */
export interface FetchState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** Fetches `path` from the API whenever it changes (nothing when it is null). */
export function useFetch<T>(path: string | null): FetchState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: round forces a refetch on reload()
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    apiFetch<T>(path, { signal: controller.signal })
      .then((result) => {
        setData(result);
        setError(null);
      })
      .catch((cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [path, round]);

  return { data, error, loading, reload };
}
