import {
  KIND_LABELS,
  NATION_LABELS,
  type Organisation,
  SECTOR_LABELS,
} from "../../../src/shared/index.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { ListFilters } from "../components/ListFilters.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { SortHeader } from "../components/SortHeader.tsx";
import { useList } from "../hooks/useList.ts";
import { labelOf, optionsOf } from "../lib/options.ts";
import { Link } from "../router.tsx";

const FILTERS = [
  { key: "sector", label: "Sector", options: optionsOf(SECTOR_LABELS) },
  { key: "kind", label: "Kind", options: optionsOf(KIND_LABELS) },
  { key: "nation", label: "Nation", options: optionsOf(NATION_LABELS) },
];

/** The organisations of a workspace: search, filters, sortable columns and pages. */
export function OrganisationsPage({ workspace }: { workspace: string }) {
  const list = useList<Organisation>(
    workspace,
    "organisations",
    ["sector", "kind", "nation"],
    "name",
  );
  const base = `/w/${encodeURIComponent(workspace)}/organisations`;
  return (
    <>
      <div className="page-head">
        <h1>Organisations</h1>
        <Link className="button primary" href={`${base}/new`}>
          New organisation
        </Link>
      </div>
      <ListFilters
        searchLabel="Search organisations"
        q={list.q}
        onSearch={list.setSearch}
        filters={FILTERS}
        values={list.filters}
        onFilter={list.setFilter}
      />
      {list.error && <ErrorNotice error={list.error} />}
      {list.loading && !list.data && <Loading what="organisations" />}
      {list.data && (
        <>
          <p className="result-count" aria-live="polite">
            {list.data.total === 1 ? "1 organisation" : `${list.data.total} organisations`}
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <SortHeader field="name" label="Name" sort={list.sort} onSort={list.setSort} />
                  <th scope="col">Sector</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Nation</th>
                  <SortHeader
                    field="id"
                    label="Identifier"
                    sort={list.sort}
                    onSort={list.setSort}
                  />
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link href={`${base}/${encodeURIComponent(o.id)}`}>{o.name}</Link>
                      {o.illustrative && <IllustrativeBadge />}
                    </td>
                    <td>{labelOf(SECTOR_LABELS, o.sector)}</td>
                    <td>{labelOf(KIND_LABELS, o.kind)}</td>
                    <td>{labelOf(NATION_LABELS, o.nation)}</td>
                    <td className="mono">{o.id}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data.items.length === 0 && <p className="muted">No organisations match.</p>}
          <Pagination
            total={list.data.total}
            limit={list.data.limit}
            offset={list.data.offset}
            onOffset={list.setOffset}
          />
        </>
      )}
    </>
  );
}

/** Marks made-up data (the demo's anonymised case-study organisations). */
export function IllustrativeBadge() {
  return (
    <span className="badge" title="Illustrative: anonymised or made up for the case study">
      illustrative
    </span>
  );
}
