import {
  KIND_LABELS,
  NATION_LABELS,
  type Organisation,
  SECTOR_LABELS,
} from "../../../src/shared/index.ts";
import { ListPage } from "../components/ListPage.tsx";
import type { ListColumn } from "../components/ListTable.tsx";
import { labelOf, optionsOf } from "../lib/options.ts";
import { Link } from "../router.tsx";

const FILTERS = [
  { key: "sector", label: "Sector", options: optionsOf(SECTOR_LABELS) },
  { key: "kind", label: "Kind", options: optionsOf(KIND_LABELS) },
  { key: "nation", label: "Nation", options: optionsOf(NATION_LABELS) },
];

/** The organisations of a workspace: search, filters, sortable columns and pages. */
export function OrganisationsPage({ workspace }: { workspace: string }) {
  const base = `/w/${encodeURIComponent(workspace)}/organisations`;
  const columns: ListColumn<Organisation>[] = [
    {
      label: "Name",
      sort: "name",
      cell: (o) => (
        <>
          <Link href={`${base}/${encodeURIComponent(o.id)}`}>{o.name}</Link>
          {o.illustrative && <IllustrativeBadge />}
        </>
      ),
    },
    { label: "Sector", cell: (o) => labelOf(SECTOR_LABELS, o.sector) },
    { label: "Kind", cell: (o) => labelOf(KIND_LABELS, o.kind) },
    { label: "Nation", cell: (o) => labelOf(NATION_LABELS, o.nation) },
    { label: "Identifier", sort: "id", className: "mono", cell: (o) => o.id },
  ];
  return (
    <ListPage
      workspace={workspace}
      resource="organisations"
      defaultSort="name"
      title="Organisations"
      noun={["organisation", "organisations"]}
      filters={FILTERS}
      create={{ href: `${base}/new`, label: "New organisation" }}
      liveCount
      columns={columns}
    />
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
