import { useState } from "react";
import type { QdpxImportResult } from "../../../../src/shared/codebook.ts";
import type { ApiError } from "../../api.ts";
import { useCan } from "../../hooks/useAccess.ts";
import { uploadFile } from "../../lib/upload.ts";
import { ErrorNotice } from "../ErrorNotice.tsx";

/** Export the coded evidence as a REFI-QDA project, and (editors) import one. */
export function QdpxButtons(props: { workspace: string; onImported: () => void }) {
  const canImport = useCan("editor");
  const [result, setResult] = useState<QdpxImportResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/v1/workspaces/${encodeURIComponent(props.workspace)}/evidence`;
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await uploadFile<QdpxImportResult>(`${base}/import`, file, () => undefined));
      props.onImported();
    } catch (cause) {
      setError(cause as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="qdpx-buttons">
      <a className="button" href={`${base}/export.qdpx`} download>
        Export for NVivo, ATLAS.ti or MAXQDA (.qdpx)
      </a>
      {canImport && (
        <label className="button" htmlFor="qdpx-import">
          {busy ? "Importing…" : "Import a .qdpx project"}
          <input
            id="qdpx-import"
            className="visually-hidden"
            type="file"
            accept=".qdpx,application/zip"
            disabled={busy}
            onChange={(e) => importFile(e.target.files?.[0])}
          />
        </label>
      )}
      <div aria-live="polite">
        {result && (
          <p className="notice">
            Imported: {result.evidenceAdded} new and {result.evidenceUpdated} updated evidence
            items, {result.codesAdded} new codes, {result.codings} codings.
          </p>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
