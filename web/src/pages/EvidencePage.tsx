import { useState } from "react";
import type { CodedEvidence } from "../../../src/shared/codebook.ts";
import { EvidenceTable } from "../components/EvidenceTable.tsx";
import { QdpxButtons } from "../components/evidence/QdpxButtons.tsx";
import { ListPage } from "../components/ListPage.tsx";
import { codeOptions, useCodebook } from "../hooks/useCodebook.ts";
import { useFetch } from "../hooks/useFetch.ts";
import { useNames } from "../hooks/useNames.ts";
import { Link } from "../router.tsx";

type Named = { items: { id: string; name: string }[] };
const optionsOfList = (list: Named | null) =>
  (list?.items ?? []).map((i) => ({ value: i.id, label: i.name }));

/** The evidence log: search, filters by code (with the codes under it), partnership and organisation. */
export function EvidencePage({ workspace }: { workspace: string }) {
  const names = useNames(workspace);
  const [round, setRound] = useState(0);
  const codebook = useCodebook(workspace);
  const ws = `/workspaces/${encodeURIComponent(workspace)}`;
  const partnerships = useFetch<Named>(`${ws}/partnerships?limit=500&sort=name`);
  const organisations = useFetch<Named>(`${ws}/organisations?limit=500&sort=name`);
  const filters = [
    {
      key: "code",
      label: "Code (and codes under it)",
      options: codeOptions(codebook.data?.codes ?? []),
    },
    { key: "partnership", label: "Partnership", options: optionsOfList(partnerships.data) },
    { key: "organisation", label: "Organisation", options: optionsOfList(organisations.data) },
  ];
  const w = `/w/${encodeURIComponent(workspace)}`;
  return (
    <>
      <nav className="page-links" aria-label="Evidence tools">
        <Link href={`${w}/codebook`}>Codebook</Link> ·{" "}
        <Link href={`${w}/evidence/summary`}>Theme summary</Link>
      </nav>
      <ListPage<CodedEvidence>
        key={round}
        workspace={workspace}
        create={{ href: `${w}/evidence/new`, label: "New evidence item" }}
        resource="evidence"
        defaultSort="-date"
        title="Evidence"
        noun={["evidence item", "evidence items"]}
        what="evidence"
        filters={filters}
        liveCount
        render={(items) => <EvidenceTable items={items} workspace={workspace} names={names} />}
      />
      <QdpxButtons workspace={workspace} onImported={() => setRound((r) => r + 1)} />
    </>
  );
}
