import { useState } from "react";
import {
  type Identifier,
  KIND_LABELS,
  NATION_LABELS,
  type Organisation,
  SECTOR_LABELS,
} from "../../../src/shared/index.ts";
import type { DuplicateCandidate } from "../../../src/shared/interop-views.ts";
import { resourcePath } from "../api.ts";
import { useFetch } from "../hooks/useFetch.ts";
import { ErrorNotice, Loading } from "./ErrorNotice.tsx";

const idsText = (ids: readonly Identifier[]) =>
  ids.length ? ids.map((i) => `${i.scheme} ${i.id}`).join(", ") : "—";
const listText = (items: readonly string[]) => (items.length ? items.join(", ") : "—");
const unique = (items: string[]) => [...new Set(items)];

/** The rows compared: each organisation's value and what the kept one has after the merge. */
function rowsOf(keep: Organisation, merge: Organisation): [string, string, string, string][] {
  const names = unique([...merge.otherNames, merge.name, ...keep.otherNames]).filter(
    (n) => n !== keep.name,
  );
  const key = (i: Identifier) => `${i.scheme} ${i.id}`;
  const ids = [...keep.identifiers];
  for (const i of merge.identifiers) if (!ids.some((k) => key(k) === key(i))) ids.push(i);
  const years = (o: Organisation) => listText(o.facts.map((f) => String(f.year)));
  const allYears = unique([...keep.facts, ...merge.facts].map((f) => String(f.year))).sort();
  const nation = (o: Organisation) => (o.nation ? NATION_LABELS[o.nation] : "—");
  return [
    ["Name", keep.name, merge.name, keep.name],
    ["Other names", listText(keep.otherNames), listText(merge.otherNames), listText(names)],
    ["Kind", KIND_LABELS[keep.kind], KIND_LABELS[merge.kind], KIND_LABELS[keep.kind]],
    ["Sector", SECTOR_LABELS[keep.sector], SECTOR_LABELS[merge.sector], SECTOR_LABELS[keep.sector]],
    ["Nation", nation(keep), nation(merge), nation(keep)],
    ["Identifiers", idsText(keep.identifiers), idsText(merge.identifiers), idsText(ids)],
    ["Years with size figures", years(keep), years(merge), listText(allYears)],
  ];
}

/**
 * Both organisations of a likely duplicate side by side with what the kept one will have after
 * the merge; the person can keep the other one instead, confirm or cancel.
 */
export function MergeConfirm(props: {
  workspace: string;
  pair: DuplicateCandidate;
  busy: boolean;
  onConfirm: (keep: string, merge: string) => void;
  onCancel: () => void;
}) {
  const { pair, workspace } = props;
  const [swapped, setSwapped] = useState(false);
  const [keepId, mergeId] = swapped ? [pair.b, pair.a] : [pair.a, pair.b];
  const keep = useFetch<Organisation>(resourcePath(workspace, "organisations", keepId));
  const merge = useFetch<Organisation>(resourcePath(workspace, "organisations", mergeId));
  const error = keep.error ?? merge.error;
  return (
    <section className="merge-confirm" aria-labelledby="merge-confirm-heading">
      <h3 id="merge-confirm-heading">Merge these two organisations?</h3>
      {pair.warning && (
        <p className="notice notice-warning">
          <strong>Warning:</strong> {pair.warning}. Merge them only if you know they are one
          organisation.
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      {!error && (!keep.data || !merge.data) && <Loading what="both organisations" />}
      {keep.data && merge.data && (
        <>
          <table aria-label="The two organisations and the result of the merge">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">Kept: {keep.data.name}</th>
                <th scope="col">Merged into it: {merge.data.name}</th>
                <th scope="col">After the merge</th>
              </tr>
            </thead>
            <tbody>
              {rowsOf(keep.data, merge.data).map(([label, kept, merged, after]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{kept}</td>
                  <td>{merged}</td>
                  <td>{after}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {merge.data.name}'s partnership memberships, contracts, life-cycle events and evidence
            move to {keep.data.name}, and {merge.data.name} is removed. Its size figures are kept
            for years {keep.data.name} has none. You can undo the merge until a record it changed is
            edited again.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              disabled={props.busy}
              onClick={() => props.onConfirm(keepId, mergeId)}
            >
              Merge {merge.data.name} into {keep.data.name}
            </button>
            <button type="button" onClick={() => setSwapped((s) => !s)}>
              Keep {merge.data.name} instead
            </button>
            <button type="button" onClick={props.onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}
