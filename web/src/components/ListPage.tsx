import type { ReactNode } from "react";
import { useCan } from "../hooks/useAccess.ts";
import { useList } from "../hooks/useList.ts";
import { Link } from "../router.tsx";
import { ErrorNotice, Loading } from "./ErrorNotice.tsx";
import { type FilterSpec, ListFilters } from "./ListFilters.tsx";
import { type ListColumn, ListTable } from "./ListTable.tsx";
import { Pagination } from "./Pagination.tsx";

/** What a list page declares: the resource, its words, its filters, and its columns or own table. */
export interface ListPageProps<T> {
  workspace: string;
  /** The API resource, e.g. "organisations". */
  resource: string;
  defaultSort: string;
  title: string;
  /** The count's noun, singular and plural: ["event", "events"]. */
  noun: [string, string];
  /** The plural in 'Search …', 'Loading …' and 'No … match.' (default the noun's plural). */
  what?: string;
  filters: FilterSpec[];
  /** A 'New …' button beside the title. */
  create?: { href: string; label: string };
  /** Announce the count to screen readers as it changes. */
  liveCount?: boolean;
  /** Columns of the standard table, or `render` for a page that draws its own. */
  columns?: ListColumn<T>[];
  render?: (items: T[]) => ReactNode;
}

/** A list page: title, search and filters, the count, the table, and pages; state in the query. */
export function ListPage<T extends { id: string }>(props: ListPageProps<T>) {
  const { noun, filters } = props;
  const what = props.what ?? noun[1];
  const list = useList<T>(
    props.workspace,
    props.resource,
    filters.map((f) => f.key),
    props.defaultSort,
  );
  const data = list.data;
  // Every list with a "New …" button is landscape data, which editors and owners change.
  const canCreate = useCan("editor");
  return (
    <>
      {props.create && canCreate ? (
        <div className="page-head">
          <h1>{props.title}</h1>
          <Link className="button primary" href={props.create.href}>
            {props.create.label}
          </Link>
        </div>
      ) : (
        <h1>{props.title}</h1>
      )}
      <ListFilters
        searchLabel={`Search ${what}`}
        q={list.q}
        onSearch={list.setSearch}
        filters={filters}
        values={list.filters}
        onFilter={list.setFilter}
      />
      {list.error && <ErrorNotice error={list.error} />}
      {list.loading && !data && <Loading what={what} />}
      {data && (
        <>
          <p className="result-count" aria-live={props.liveCount ? "polite" : undefined}>
            {data.total === 1 ? `1 ${noun[0]}` : `${data.total} ${noun[1]}`}
          </p>
          {props.columns && (
            <>
              <ListTable
                items={data.items}
                columns={props.columns}
                sort={list.sort}
                onSort={list.setSort}
              />
              {data.items.length === 0 && <p className="muted">{`No ${what} match.`}</p>}
            </>
          )}
          {props.render?.(data.items)}
          <Pagination
            total={data.total}
            limit={data.limit}
            offset={data.offset}
            onOffset={list.setOffset}
          />
        </>
      )}
    </>
  );
}
