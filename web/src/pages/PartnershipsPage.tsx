import {
  DIRECTION_LABELS,
  FORM_LABELS,
  ORIGIN_LABELS,
  type Partnership,
} from "../../../src/shared/index.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { ListFilters } from "../components/ListFilters.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { SortHeader } from "../components/SortHeader.tsx";
import { StageBadge } from "../components/StageScale.tsx";
import { useList } from "../hooks/useList.ts";
import { labelOf, optionsOf } from "../lib/options.ts";
import { Link } from "../router.tsx";

const FILTERS = [
  { key: "form", label: "Form", options: optionsOf(FORM_LABELS) },
  { key: "origin", label: "Origin", options: optionsOf(ORIGIN_LABELS) },
  { key: "direction", label: "Direction", options: optionsOf(DIRECTION_LABELS) },
];

/** The partnerships of a workspace with their form and continuum stage. */
export function PartnershipsPage({ workspace }: { workspace: string }) {
  const list = useList<Partnership>(
    workspace,
    "partnerships",
    ["form", "origin", "direction"],
    "name",
  );
  const base = `/w/${encodeURIComponent(workspace)}/partnerships`;
  return (
    <>
      <div className="page-head">
        <h1>Partnerships</h1>
        <Link className="button primary" href={`${base}/new`}>
          New partnership
        </Link>
      </div>
      <ListFilters
        searchLabel="Search partnerships"
        q={list.q}
        onSearch={list.setSearch}
        filters={FILTERS}
        values={list.filters}
        onFilter={list.setFilter}
      />
      {list.error && <ErrorNotice error={list.error} />}
      {list.loading && !list.data && <Loading what="partnerships" />}
      {list.data && (
        <>
          <p className="result-count" aria-live="polite">
            {list.data.total === 1 ? "1 partnership" : `${list.data.total} partnerships`}
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <SortHeader field="name" label="Name" sort={list.sort} onSort={list.setSort} />
                  <th scope="col">Form</th>
                  <th scope="col">Direction</th>
                  <th scope="col">Origin</th>
                  <SortHeader
                    field="stage"
                    label="Continuum stage"
                    sort={list.sort}
                    onSort={list.setSort}
                  />
                  <th scope="col">Members</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link href={`${base}/${encodeURIComponent(p.id)}`}>{p.name}</Link>
                    </td>
                    <td>{labelOf(FORM_LABELS, p.form)}</td>
                    <td>{labelOf(DIRECTION_LABELS, p.direction)}</td>
                    <td>{labelOf(ORIGIN_LABELS, p.origin)}</td>
                    <td>
                      <StageBadge stage={p.stage} />
                    </td>
                    <td className="number">{p.members.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data.items.length === 0 && <p className="muted">No partnerships match.</p>}
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
