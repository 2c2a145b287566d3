import {
  DIRECTION_LABELS,
  FORM_LABELS,
  ORIGIN_LABELS,
  type Partnership,
} from "../../../src/shared/index.ts";
import { ListPage } from "../components/ListPage.tsx";
import type { ListColumn } from "../components/ListTable.tsx";
import { StageBadge } from "../components/StageScale.tsx";
import { labelOf, optionsOf } from "../lib/options.ts";
import { Link } from "../router.tsx";

const FILTERS = [
  { key: "form", label: "Form", options: optionsOf(FORM_LABELS) },
  { key: "origin", label: "Origin", options: optionsOf(ORIGIN_LABELS) },
  { key: "direction", label: "Direction", options: optionsOf(DIRECTION_LABELS) },
];

/** The partnerships of a workspace with their form and continuum stage. */
export function PartnershipsPage({ workspace }: { workspace: string }) {
  const base = `/w/${encodeURIComponent(workspace)}/partnerships`;
  const columns: ListColumn<Partnership>[] = [
    {
      label: "Name",
      sort: "name",
      cell: (p) => <Link href={`${base}/${encodeURIComponent(p.id)}`}>{p.name}</Link>,
    },
    { label: "Form", cell: (p) => labelOf(FORM_LABELS, p.form) },
    { label: "Direction", cell: (p) => labelOf(DIRECTION_LABELS, p.direction) },
    { label: "Origin", cell: (p) => labelOf(ORIGIN_LABELS, p.origin) },
    { label: "Continuum stage", sort: "stage", cell: (p) => <StageBadge stage={p.stage} /> },
    { label: "Members", className: "number", cell: (p) => p.members.length },
  ];
  return (
    <ListPage
      workspace={workspace}
      resource="partnerships"
      defaultSort="name"
      title="Partnerships"
      noun={["partnership", "partnerships"]}
      filters={FILTERS}
      create={{ href: `${base}/new`, label: "New partnership" }}
      liveCount
      columns={columns}
    />
  );
}
