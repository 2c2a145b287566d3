import { useState } from "react";
import type { ImportBatch } from "../../../src/shared/interop-views.ts";
import { ApiError, apiFetch } from "../api.ts";
import { useCan } from "../hooks/useAccess.ts";
import { ErrorNotice } from "./ErrorNotice.tsx";

/** The workspace's import batches, newest first, each with an Undo button until undone. */
export function ImportBatches(props: {
  workspace: string;
  batches: ImportBatch[];
  onChange: () => void;
}) {
  const [error, setError] = useState<ApiError | null>(null);
  const canUndo = useCan("editor");
  const handleUndo = async (id: string) => {
    setError(null);
    try {
      await apiFetch(
        `/workspaces/${encodeURIComponent(props.workspace)}/imports/${encodeURIComponent(id)}/undo`,
        { method: "POST" },
      );
      props.onChange();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
    }
  };
  if (props.batches.length === 0) return <p>No imports yet.</p>;
  return (
    <>
      {error && <ErrorNotice error={error} />}
      <table aria-label="Import batches">
        <thead>
          <tr>
            <th scope="col">Batch</th>
            <th scope="col">Kind</th>
            <th scope="col">File</th>
            <th scope="col">Imported</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {props.batches.map((b) => (
            <tr key={b.id}>
              <td>
                <code>{b.id}</code>
              </td>
              <td>{b.kind}</td>
              <td>{b.sourceFile}</td>
              <td>{b.createdAt.slice(0, 19).replace("T", " ")}</td>
              <td>
                {b.undoneAt ? (
                  `Undone ${b.undoneAt.slice(0, 10)}`
                ) : !canUndo ? (
                  "Imported"
                ) : (
                  <button type="button" onClick={() => handleUndo(b.id)}>
                    Undo import
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
