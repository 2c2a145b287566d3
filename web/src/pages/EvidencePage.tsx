import { type EvidenceItem, THEME_LABELS } from "../../../src/shared/index.ts";
import { EvidenceTable } from "../components/EvidenceTable.tsx";
import { ListPage } from "../components/ListPage.tsx";
import { useNames } from "../hooks/useNames.ts";
import { optionsOf } from "../lib/options.ts";

const FILTERS = [{ key: "theme", label: "Theme", options: optionsOf(THEME_LABELS) }];

/** The evidence log of a workspace, filterable by theme. */
export function EvidencePage({ workspace }: { workspace: string }) {
  const names = useNames(workspace);
  return (
    <ListPage<EvidenceItem>
      workspace={workspace}
      create={{
        href: `/w/${encodeURIComponent(workspace)}/evidence/new`,
        label: "New evidence item",
      }}
      resource="evidence"
      defaultSort="-date"
      title="Evidence"
      noun={["evidence item", "evidence items"]}
      what="evidence"
      filters={FILTERS}
      render={(items) => <EvidenceTable items={items} workspace={workspace} names={names} />}
    />
  );
}
