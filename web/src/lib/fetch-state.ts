/**
 * The state behind `useFetch`, as a pure reducer: what one GET has answered, for which path. Data
 * and errors are kept with the path they answer, so a page that moved to another record never shows
 * the previous record's data as if it were the new one's, and a late answer for an old path is
 * dropped. When only the query changes (a filter, a date slider, the next page of a list: the same
 * resource seen another way), the last answer stays on screen until the new one arrives.
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

/** The path without its query: the resource, whatever view of it is asked for. */
export function resourceOf(path: string): string {
  const at = path.indexOf("?");
  return at < 0 ? path : path.slice(0, at);
}

// Whether `path` asks for the same resource as the state's answer (so that answer may stay shown).
const sameResource = (state: FetchRecord<unknown>, path: string) =>
  state.path !== null && resourceOf(state.path) === resourceOf(path);

/**
 * The next state. Starting another resource forgets the old one's data and error; starting another
 * view of the same resource (or a reload) keeps its data on screen while it loads; answers for any
 * path but the latest are ignored.
 */
export function fetchReduce<T>(state: FetchRecord<T>, event: FetchEvent<T>): FetchRecord<T> {
  if (event.type === "start")
    return sameResource(state, event.path)
      ? { ...state, path: event.path, error: null, loading: true }
      : { path: event.path, data: null, error: null, loading: true };
  if (event.path !== state.path) return state;
  if (event.type === "done")
    return { path: event.path, data: event.data, error: null, loading: false };
  return { ...state, error: event.error, loading: false };
}

/** What a page may show for `path`: nothing of another resource's answer. */
export function fetchViewOf<T>(
  state: FetchRecord<T>,
  path: string | null,
): Pick<FetchRecord<T>, "data" | "error" | "loading"> {
  if (path === null) return { data: null, error: null, loading: false };
  if (state.path === path) return { data: state.data, error: state.error, loading: state.loading };
  // Rendered before the effect has started `path`: the same resource's answer may stay shown.
  return { data: sameResource(state, path) ? state.data : null, error: null, loading: true };
}
