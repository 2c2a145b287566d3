import { useState } from "react";
import { IMPORT_RECORD_NOUNS } from "../../../src/shared/import-report.ts";
import type { ImportJob, ImportKind, ImportResult } from "../../../src/shared/interop-views.ts";
import { ApiError, apiFetch } from "../api.ts";
import { useAccess } from "../hooks/useAccess.ts";
import { type UploadProgress, uploadFile } from "../lib/upload.ts";
import { workspaceSlugOf } from "../lib/workspace-slug.ts";
import { Link } from "../router.tsx";
import { ErrorNotice } from "./ErrorNotice.tsx";
import { ImportDestination } from "./ImportDestination.tsx";
import { ImportAsJob, ImportJobProgress, LARGE_IMPORT_BYTES } from "./ImportJobProgress.tsx";
import { ImportReport } from "./ImportReport.tsx";

const KINDS: [ImportKind, string][] = [
  ["ocds", "OCDS (contracts, e.g. Contracts Finder)"],
  ["360giving", "360Giving (grants)"],
  ["csv", "Spreadsheet (CSV or XLSX)"],
];
// The form's own small layout: controls in one wrapping row with room between them.
const ROW = { display: "flex", flexWrap: "wrap", gap: "0.75rem", alignItems: "center" } as const;

/** Whether a checked file would write nothing when only its valid records are imported. */
function nothingValid(checked: ImportResult): boolean {
  const none = (ids: Record<string, string[]>) => Object.values(ids).every((v) => v.length === 0);
  return !checked.report.valid && none(checked.created) && none(checked.changed);
}

/**
 * Uploads a file into this workspace or a new one: a check first (the validation report), then
 * import it, only its valid records, or all of them with their problems, or stop.
 */
export function ImportForm(props: { workspace: string; onImported: () => void }) {
  const { me, reloadMe } = useAccess();
  const [kind, setKind] = useState<ImportKind>("ocds");
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [newName, setNewName] = useState<string | null>(null);
  const [opened, setOpened] = useState<{ slug: string; name: string } | null>(null);
  const [jobChoice, setJobChoice] = useState<boolean | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  // A job imports into this workspace: a new one is made by the import in the request.
  const asJob = newName === null && (jobChoice ?? (file?.size ?? 0) > LARGE_IMPORT_BYTES);
  const taken = (me?.workspaces ?? []).map((w) => w.slug);
  const target = newName === null ? props.workspace : workspaceSlugOf(newName, taken);

  const send = async (dryRun: boolean, onInvalid: string) => {
    if (!file) return;
    if (newName !== null && newName.trim() === "")
      return setNotice("Give the new workspace a name first.");
    setError(null);
    setNotice(null);
    setProgress({ loaded: 0, total: file.size });
    const query = new URLSearchParams({
      kind,
      dryRun: String(dryRun),
      onInvalid,
      filename: file.name,
    });
    const base = `/workspaces/${encodeURIComponent(target)}`;
    try {
      if (asJob) {
        setResult(null);
        const url = `/api/v1${base}/import-jobs?${query}`;
        return setJob((await uploadFile<{ job: ImportJob }>(url, file, setProgress)).job);
      }
      const done = await uploadFile<ImportResult>(
        `/api/v1${base}/imports?${query}`,
        file,
        setProgress,
      );
      setResult(done);
      if (dryRun) return;
      if (newName !== null && done.batch) {
        // The import created the workspace under its address; it now gets the name people gave it.
        await apiFetch(base, { method: "PUT", body: { name: newName.trim() } });
        reloadMe();
        setOpened({ slug: target, name: newName.trim() });
      }
      props.onImported();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
    }
  };
  const checked = result?.dryRun ? result : null;
  const noun = IMPORT_RECORD_NOUNS[kind] ?? "record";
  const handleValid = () =>
    checked && nothingValid(checked)
      ? setNotice(
          `Nothing to import: none of the ${(checked.report.records ?? 0).toLocaleString("en-GB")} ${noun}s is valid. Correct the file, or import all records with their problems.`,
        )
      : send(false, "import-valid");

  return (
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
      </div>
      <ImportDestination
        workspace={props.workspace}
        newName={newName}
        address={target}
        onChange={(name) => {
          setNewName(name);
          setResult(null);
        }}
      />
      <div style={ROW}>
        <button type="button" disabled={!file} onClick={() => send(true, "import-valid")}>
          Check file
        </button>
        {newName === null && file && <ImportAsJob checked={asJob} onChange={setJobChoice} />}
      </div>
      {progress && (
        <p>
          <label htmlFor="upload-progress">Upload</label>{" "}
          <progress id="upload-progress" max={progress.total || 1} value={progress.loaded} />{" "}
          {Math.round((100 * progress.loaded) / Math.max(progress.total, 1))}%
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      {job && (
        <ImportJobProgress
          key={job.id}
          workspace={target}
          job={job}
          onDone={(done) => {
            setResult(done);
            if (!done.dryRun) props.onImported();
          }}
        />
      )}
      {result && <ImportReport result={result} />}
      {opened && (
        <p className="notice">
          Imported into the new workspace{" "}
          <Link href={`/w/${encodeURIComponent(opened.slug)}/organisations`}>{opened.name}</Link>.
        </p>
      )}
      {checked && (
        <>
          <div className="import-actions" style={ROW}>
            {checked.report.valid ? (
              <button type="button" onClick={() => send(false, "import-valid")}>
                Import
              </button>
            ) : (
              <>
                <button type="button" onClick={handleValid}>
                  Import valid records
                </button>
                <button type="button" onClick={() => send(false, "import-all")}>
                  Import all records, problems included
                </button>
              </>
            )}
            <button type="button" onClick={() => setResult(null)}>
              Stop
            </button>
          </div>
          {!checked.report.valid && (
            <p className="field-hint">
              'Import all records' stores the {noun}s the report calls invalid as well, each value
              exactly as the file gives it (nothing is corrected or guessed); a {noun} whose values
              cannot be stored at all (an impossible date, a negative amount) is still left out. Use
              it when the problems are ones you can live with, such as yes/no written Y/N, and
              correct them later. Every import can be undone.
            </p>
          )}
        </>
      )}
      {notice && (
        <p className="notice notice-warning" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}
