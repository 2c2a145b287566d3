import { type ListResult, queryOf, resourcePath } from "../api.ts";
import { useQuery } from "../router.tsx";
import { type FetchState, useFetch } from "./useFetch.ts";

/** How many rows a list page shows at once. */
export const PAGE_SIZE = 25;

/** A list page's state, kept in the address bar's query so back/forward and links keep it. */
export interface ListState<T> extends FetchState<ListResult<T>> {
  q: string;
  sort: string;
  offset: number;
  filters: Record<string, string>;
  setSearch: (q: string) => void;
  setFilter: (key: string, value: string) => void;
  setSort: (sort: string) => void;
  setOffset: (offset: number) => void;
}

/** Fetches one page of a resource using the q / sort / offset / filter values in the query. */
export function useList<T>(
  workspace: string,
  resource: string,
  filterKeys: string[],
  defaultSort: string,
): ListState<T> {
  const [search, setQuery] = useQuery();
  const q = search.get("q") ?? "";
  const sort = search.get("sort") ?? defaultSort;
  const offset = Math.max(0, Number(search.get("offset") ?? 0) || 0);
  const filters = Object.fromEntries(filterKeys.map((key) => [key, search.get(key) ?? ""]));
  const path =
    resourcePath(workspace, resource) + queryOf({ q, sort, limit: PAGE_SIZE, offset, ...filters });
  const state = useFetch<ListResult<T>>(path);
  return {
    ...state,
    q,
    sort,
    offset,
    filters,
    setSearch: (value) => setQuery({ q: value, offset: null }),
    setFilter: (key, value) => setQuery({ [key]: value, offset: null }),
    setSort: (value) => setQuery({ sort: value === defaultSort ? null : value, offset: null }),
    setOffset: (value) => setQuery({ offset: value > 0 ? String(value) : null }),
  };
}
