import { useState } from "react";
import { ApiError, apiFetch } from "../api.ts";
import { useCan } from "../hooks/useAccess.ts";
import { useFetch } from "../hooks/useFetch.ts";
import type { DuplicateCandidate, MergeRecord } from "../lib/interop-types.ts";
import { ErrorNotice, Loading } from "./ErrorNotice.tsx";

/** Likely duplicate organisations with 'merge', and recorded merges with 'undo merge'. */
export function DuplicatesPanel({
  workspace,
  onChange,
}: {
  workspace: string;
  onChange: () => void;
}) {
  const base = `/workspaces/${encodeURIComponent(workspace)}`;
  const duplicates = useFetch<{ items: DuplicateCandidate[] }>(`${base}/duplicates`);
  const merges = useFetch<{ items: MergeRecord[] }>(`${base}/merges`);
  const [error, setError] = useState<ApiError | null>(null);
  const canMerge = useCan("editor");
  const run = async (path: string, body?: unknown) => {
    setError(null);
    try {
      await apiFetch(path, { method: "POST", body });
      duplicates.reload();
      merges.reload();
      onChange();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
    }
  };
  const handleMerge = (c: DuplicateCandidate) =>
    run(`${base}/organisations/${encodeURIComponent(c.b)}/merge`, { into: c.a });
  const handleUndo = (m: MergeRecord) => run(`${base}/merges/${encodeURIComponent(m.id)}/undo`);
  const live = (merges.data?.items ?? []).filter((m) => !m.undoneAt);
  return (
    <section aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">Possible duplicates</h2>
      {error && <ErrorNotice error={error} />}
      {duplicates.loading && !duplicates.data && <Loading what="duplicates" />}
      {duplicates.data?.items.length === 0 && <p>No likely duplicates.</p>}
      {!!duplicates.data?.items.length && (
        <table aria-label="Possible duplicates">
          <thead>
            <tr>
              <th scope="col">Keep</th>
              <th scope="col">Merge in</th>
              <th scope="col">Score</th>
              <th scope="col">Why</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {duplicates.data.items.slice(0, 50).map((c) => (
              <tr key={`${c.a}|${c.b}`}>
                <td>
                  {c.aName} <small>{c.a}</small>
                </td>
                <td>
                  {c.bName} <small>{c.b}</small>
                </td>
                <td className="number">{c.score.toFixed(2)}</td>
                <td>{c.reasons.join("; ")}</td>
                <td>
                  {canMerge ? (
                    <button type="button" onClick={() => handleMerge(c)}>
                      Merge
                    </button>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {live.length > 0 && (
        <>
          <h3>Merges</h3>
          <ul className="merges">
            {live.map((m) => (
              <li key={m.id}>
                {m.mergedId} merged into {m.survivorId}{" "}
                {canMerge && (
                  <button type="button" onClick={() => handleUndo(m)}>
                    Undo merge
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
