import { useCallback, useEffect, useReducer, useState } from "react";
import { ApiError, apiFetch } from "../api.ts";
import {
  FETCH_IDLE,
  type FetchEvent,
  type FetchRecord,
  fetchReduce,
  fetchViewOf,
} from "../lib/fetch-state.ts";

/** The state of one GET: its data, its error, whether it is loading, and a way to fetch again. */
export interface FetchState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Fetches `path` from the API whenever it changes (nothing when it is null). The data shown is
 * always `path`'s own (lib/fetch-state.ts; decision 0020): never the previous path's while the new
 * one loads, nor a late answer to an earlier path.
 */
export function useFetch<T>(path: string | null): FetchState<T> {
  const [state, dispatch] = useReducer(
    fetchReduce as (s: FetchRecord<T>, e: FetchEvent<T>) => FetchRecord<T>,
    FETCH_IDLE as FetchRecord<T>,
  );
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: round forces a refetch on reload()
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    dispatch({ type: "start", path });
    apiFetch<T>(path, { signal: controller.signal })
      .then((data) => dispatch({ type: "done", path, data }))
      .catch((cause: unknown) => {
        if (controller.signal.aborted) return;
        const error = cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause));
        dispatch({ type: "failed", path, error });
      });
    return () => controller.abort();
  }, [path, round]);

  return { ...fetchViewOf(state, path), reload };
}
