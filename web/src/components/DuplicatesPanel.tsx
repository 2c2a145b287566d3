import { useState } from "react";
import type { Items } from "../../../src/shared/api-common.ts";
import type { DuplicateCandidate, MergeRecord } from "../../../src/shared/interop-views.ts";
import { ApiError, apiFetch } from "../api.ts";
import { useCan } from "../hooks/useAccess.ts";
import { useFetch } from "../hooks/useFetch.ts";
import { formatDate } from "../lib/format.ts";
import { ErrorNotice, Loading } from "./ErrorNotice.tsx";
import { MergeConfirm } from "./MergeConfirm.tsx";

/**
 * Likely duplicate organisations, each merged only after a side-by-side confirmation; pairs with
 * different company or charity numbers only on asking for weaker matches, with a warning; and
 * recorded merges, each with 'Undo merge' naming both organisations.
 */
export function DuplicatesPanel({
  workspace,
  onChange,
}: {
  workspace: string;
  onChange: () => void;
}) {
  const base = `/workspaces/${encodeURIComponent(workspace)}`;
  const [weaker, setWeaker] = useState(false);
  const duplicates = useFetch<Items<DuplicateCandidate>>(
    `${base}/duplicates${weaker ? "?weaker=true" : ""}`,
  );
  const merges = useFetch<Items<MergeRecord>>(`${base}/merges`);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState<DuplicateCandidate | null>(null);
  const [busy, setBusy] = useState(false);
  const canMerge = useCan("editor");
  const run = async (path: string, body?: unknown) => {
    setError(null);
    setBusy(true);
    try {
      await apiFetch(path, { method: "POST", body });
      setConfirming(null);
      duplicates.reload();
      merges.reload();
      onChange();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
    } finally {
      setBusy(false);
    }
  };
  const handleMerge = (keep: string, merge: string) =>
    run(`${base}/organisations/${encodeURIComponent(merge)}/merge`, { into: keep });
  const handleUndo = (m: MergeRecord) => run(`${base}/merges/${encodeURIComponent(m.id)}/undo`);
  const live = (merges.data?.items ?? []).filter((m) => !m.undoneAt);
  const items = duplicates.data?.items ?? [];
  return (
    <section aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">Possible duplicates</h2>
      {error && <ErrorNotice error={error} />}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={weaker}
          onChange={(event) => setWeaker(event.target.checked)}
        />{" "}
        Include weaker matches: pairs with different company or charity numbers, which are usually
        two organisations
      </label>
      {duplicates.loading && !duplicates.data && <Loading what="duplicates" />}
      {duplicates.data && items.length === 0 && <p>No likely duplicates.</p>}
      {items.length > 0 && (
        <table aria-label="Possible duplicates">
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Possible duplicate</th>
              <th scope="col">Score</th>
              <th scope="col">Why</th>
              <th scope="col">Merge</th>
            </tr>
          </thead>
          <tbody>
            {items.slice(0, 50).map((c) => (
              <tr key={`${c.a}|${c.b}`}>
                <td>{c.aName}</td>
                <td>{c.bName}</td>
                <td className="number">{c.score.toFixed(2)}</td>
                <td>
                  {c.reasons.join("; ")}
                  {c.warning && (
                    <p className="notice notice-warning">
                      <strong>Warning:</strong> {c.warning}
                    </p>
                  )}
                </td>
                <td>
                  {canMerge ? (
                    <button type="button" onClick={() => setConfirming(c)}>
                      Compare and merge
                      <span className="visually-hidden">
                        {" "}
                        {c.aName} and {c.bName}
                      </span>
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
      {confirming && (
        <MergeConfirm
          key={`${confirming.a}|${confirming.b}`}
          workspace={workspace}
          pair={confirming}
          busy={busy}
          onConfirm={handleMerge}
          onCancel={() => setConfirming(null)}
        />
      )}
      {live.length > 0 && (
        <>
          <h3>Merges</h3>
          <ul className="merges">
            {live.map((m) => (
              <li key={m.id}>
                {m.mergedName} merged into {m.survivorName} on{" "}
                {formatDate(m.createdAt.slice(0, 10))}{" "}
                {canMerge && (
                  <button type="button" disabled={busy} onClick={() => handleUndo(m)}>
                    Undo merge of {m.mergedName} into {m.survivorName}
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
