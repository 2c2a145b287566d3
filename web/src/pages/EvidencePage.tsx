import { type EvidenceItem, THEME_LABELS } from "../../../src/shared/index.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { EvidenceTable } from "../components/EvidenceTable.tsx";
import { ListFilters } from "../components/ListFilters.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { useList } from "../hooks/useList.ts";
import { useNames } from "../hooks/useNames.ts";
import { optionsOf } from "../lib/options.ts";

const FILTERS = [{ key: "theme", label: "Theme", options: optionsOf(THEME_LABELS) }];

/** The evidence log of a workspace, filterable by theme. */
export function EvidencePage({ workspace }: { workspace: string }) {
  const list = useList<EvidenceItem>(workspace, "evidence", ["theme"], "-date");
  const names = useNames(workspace);
  return (
    <>
      <h1>Evidence</h1>
      <ListFilters
        searchLabel="Search evidence"
        q={list.q}
        onSearch={list.setSearch}
        filters={FILTERS}
        values={list.filters}
        onFilter={list.setFilter}
      />
      {list.error && <ErrorNotice error={list.error} />}
      {list.loading && !list.data && <Loading what="evidence" />}
      {list.data && (
        <>
          <p className="result-count">
            {list.data.total === 1 ? "1 evidence item" : `${list.data.total} evidence items`}
          </p>
          <EvidenceTable items={list.data.items} workspace={workspace} names={names} />
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
