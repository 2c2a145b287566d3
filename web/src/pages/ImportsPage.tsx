import { useState } from "react";
import type { Items } from "../../../src/shared/api-common.ts";
import type { ImportBatch } from "../../../src/shared/interop-views.ts";
import { DuplicatesPanel } from "../components/DuplicatesPanel.tsx";
import { ErrorNotice } from "../components/ErrorNotice.tsx";
import { ImportBatches } from "../components/ImportBatches.tsx";
import { ImportForm } from "../components/ImportForm.tsx";
import { useCan } from "../hooks/useAccess.ts";
import { useFetch } from "../hooks/useFetch.ts";

const TABLES = [
  "organisations",
  "partnerships",
  "memberships",
  "events",
  "contracts",
  "evidence",
  "funders",
  "recipients",
];

/** Import files (upload progress, validation report, then import or stop), batches with undo, exports and duplicates. */
export function ImportsPage({ workspace }: { workspace: string }) {
  const base = `/workspaces/${encodeURIComponent(workspace)}`;
  const batches = useFetch<Items<ImportBatch>>(`${base}/imports`);
  const [round, setRound] = useState(0);
  const canImport = useCan("editor");
  const refresh = () => {
    batches.reload();
    setRound((r) => r + 1);
  };

  return (
    <>
      <h1>Import &amp; export</h1>
      {canImport && <ImportForm workspace={workspace} onImported={refresh} />}
      <section aria-labelledby="batches-heading">
        <h2 id="batches-heading">Imports</h2>
        {batches.error && <ErrorNotice error={batches.error} />}
        {batches.data && (
          <ImportBatches workspace={workspace} batches={batches.data.items} onChange={refresh} />
        )}
      </section>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <ul className="downloads">
          <li>
            <a href={`/api/v1${base}/export.xlsx`} download>
              Download XLSX workbook
            </a>
          </li>
          <li>
            <a href={`/api/v1${base}/export.ocds.json`} download>
              Download OCDS release package
            </a>
          </li>
          {TABLES.map((t) => (
            <li key={t}>
              <a href={`/api/v1${base}/export.csv?entity=${t}`} download>
                {t}.csv
              </a>
            </li>
          ))}
        </ul>
      </section>
      <DuplicatesPanel key={round} workspace={workspace} onChange={refresh} />
    </>
  );
}
