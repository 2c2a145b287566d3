import { type ChangeEvent, useState } from "react";
import type { Problem } from "../../../../src/shared/index.ts";
import { outcomePath } from "./FrameworkSection.tsx";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Outcome {
  ok: boolean;
  message: string;
  problems: Problem[];
}

/** Sends a CSV (as text) or an XLSX workbook (as bytes) to the framework's import route. */
async function upload(workspace: string, id: string, file: File): Promise<Outcome> {
  const xlsx = file.name.toLowerCase().endsWith(".xlsx");
  const path = outcomePath(workspace, id, xlsx ? "/measures/import.xlsx" : "/measures/import");
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: "POST",
      headers: { "content-type": xlsx ? XLSX : "text/csv" },
      body: xlsx ? await file.arrayBuffer() : await file.text(),
      credentials: "same-origin",
    });
  } catch {
    return {
      ok: false,
      message: "Could not reach the server; nothing was imported.",
      problems: [],
    };
  }
  const body = await response.json().catch(() => null);
  if (response.ok) {
    const added = (body as { added: number }).added;
    return {
      ok: true,
      message: `Imported ${added} measure${added === 1 ? "" : "s"} from ${file.name}.`,
      problems: [],
    };
  }
  const e = body?.error ?? {};
  return {
    ok: false,
    message: e.message ?? `The server answered ${response.status}; nothing was imported.`,
    problems: Array.isArray(e.problems) ? e.problems : [],
  };
}

/**
 * Imports measures from a CSV or XLSX file (columns indicator, date, value, person, phase), all
 * or nothing: a refused file lists each problem by its line (or sheet row) and column.
 */
export function MeasureImport(props: { workspace: string; id: string; onImported: () => void }) {
  const [result, setResult] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setBusy(true);
    setResult(null);
    const outcome = await upload(props.workspace, props.id, file);
    setBusy(false);
    setResult(outcome);
    if (outcome.ok) props.onImported();
  };
  const inputId = `${props.id}-measures-file`;
  return (
    <div className="measure-import">
      <h3>Import measures</h3>
      <p className="muted">
        A CSV or Excel (XLSX) file whose first row names the columns indicator, date, value, person
        and phase (person and phase may be empty). Every row is checked first: if any is wrong,
        nothing is stored.
      </p>
      <label htmlFor={inputId}>Measures file (CSV or XLSX)</label>{" "}
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={onFile}
        disabled={busy}
      />
      {busy && <p role="status">Importing…</p>}
      {result?.ok && (
        <p role="status" className="notice">
          {result.message}
        </p>
      )}
      {result && !result.ok && (
        <div className="notice notice-error" role="alert">
          <p>{result.message}</p>
          {result.problems.length > 0 && (
            <ul className="problems" aria-label="Problems in the file">
              {result.problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  <strong>{p.path}:</strong> {p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
