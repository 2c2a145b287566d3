import { useState } from "react";
import { ApiError } from "../api.ts";
import { DuplicatesPanel } from "../components/DuplicatesPanel.tsx";
import { ErrorNotice } from "../components/ErrorNotice.tsx";
import { ImportBatches } from "../components/ImportBatches.tsx";
import { ImportReport } from "../components/ImportReport.tsx";
import { useCan } from "../hooks/useAccess.ts";
import { useFetch } from "../hooks/useFetch.ts";
import type { ImportBatch, ImportKind, ImportResult } from "../lib/interop-types.ts";
import { type UploadProgress, uploadFile } from "../lib/upload.ts";

const KINDS: [ImportKind, string][] = [
  ["ocds", "OCDS (contracts, e.g. Contracts Finder)"],
  ["360giving", "360Giving (grants)"],
  ["csv", "Spreadsheet (CSV or XLSX)"],
];
// The page's own small layout: controls in one wrapping row with room between them.
const ROW = { display: "flex", flexWrap: "wrap", gap: "0.75rem", alignItems: "center" } as const;
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
  const batches = useFetch<{ items: ImportBatch[] }>(`${base}/imports`);
  const [kind, setKind] = useState<ImportKind>("ocds");
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);
  const canImport = useCan("editor");

  const send = async (dryRun: boolean, onInvalid: string) => {
    if (!file) return;
    setError(null);
    setProgress({ loaded: 0, total: file.size });
    const query = new URLSearchParams({
      kind,
      dryRun: String(dryRun),
      onInvalid,
      filename: file.name,
    });
    try {
      setResult(
        await uploadFile<ImportResult>(`/api/v1${base}/imports?${query}`, file, setProgress),
      );
      if (!dryRun) {
        batches.reload();
        setRound((r) => r + 1);
      }
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
    }
  };
  const checked = result?.dryRun ? result : null;
  const refresh = () => {
    batches.reload();
    setRound((r) => r + 1);
  };

  return (
    <>
      <h1>Import &amp; export</h1>
      {canImport && (
        <section aria-labelledby="import-heading">
          <h2 id="import-heading">Import a file</h2>
          <div className="import-form" style={ROW}>
            <label htmlFor="import-kind">Kind of file</label>
            <select
              id="import-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as ImportKind)}
            >
              {KINDS.map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
            <label htmlFor="import-file">File</label>
            <input
              id="import-file"
              type="file"
              accept=".json,.jsonl,.csv,.xlsx"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setResult(null);
              }}
            />
            <button type="button" disabled={!file} onClick={() => send(true, "import-valid")}>
              Check file
            </button>
          </div>
          {progress && (
            <p>
              <label htmlFor="upload-progress">Upload</label>{" "}
              <progress id="upload-progress" max={progress.total || 1} value={progress.loaded} />{" "}
              {Math.round((100 * progress.loaded) / Math.max(progress.total, 1))}%
            </p>
          )}
          {error && <ErrorNotice error={error} />}
          {result && <ImportReport result={result} />}
          {checked && (
            <div className="import-actions" style={ROW}>
              <button type="button" onClick={() => send(false, "import-valid")}>
                {checked.report.valid ? "Import" : "Import valid records"}
              </button>
              <button type="button" onClick={() => setResult(null)}>
                Stop
              </button>
            </div>
          )}
        </section>
      )}
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
