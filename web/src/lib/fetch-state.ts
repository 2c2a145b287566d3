/**
 * The state behind `useFetch`, as a pure reducer: what one GET has answered, for which path. Data
 * and errors are kept with the path they answer, so a page whose path changed never shows the
 * previous path's data as if it were the new one's, and a late answer for an old path is dropped.
 */
import type { ApiError } from "../api.ts";

/** What is known of the latest request: the path it was for, its data or error, and if in flight. */
export interface FetchRecord<T> {
  path: string | null;
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/** A request started, answered or failed (each for the path it was sent for). */
export type FetchEvent<T> =
  | { type: "start"; path: string }
  | { type: "done"; path: string; data: T }
  | { type: "failed"; path: string; error: ApiError };

/** Nothing asked yet. */
export const FETCH_IDLE: FetchRecord<never> = {
  path: null,
  data: null,
  error: null,
  loading: false,
};

/**
 * The next state. Starting a new path forgets the old path's data and error; starting the same path
 * again (a reload) keeps its data on screen while it refreshes; answers for another path are ignored.
 */
export function fetchReduce<T>(state: FetchRecord<T>, event: FetchEvent<T>): FetchRecord<T> {
  if (event.type === "start")
    return event.path === state.path
      ? { ...state, loading: true }
      : { path: event.path, data: null, error: null, loading: true };
  if (event.path !== state.path) return state;
  if (event.type === "done")
    return { path: event.path, data: event.data, error: null, loading: false };
  return { ...state, error: event.error, loading: false };
}

/** What a page may show for `path`: nothing of another path's answer. */
export function fetchViewOf<T>(
  state: FetchRecord<T>,
  path: string | null,
): Pick<FetchRecord<T>, "data" | "error" | "loading"> {
  if (path === null) return { data: null, error: null, loading: false };
  if (state.path !== path) return { data: null, error: null, loading: true };
  return { data: state.data, error: state.error, loading: state.loading };
}
