import { useState } from "react";
import type { CoproductionProposal } from "../../../../src/shared/coproduction.ts";
import { apiFetch } from "../../api.ts";
import { Can } from "../Can.tsx";
import { ConfirmDelete } from "../ConfirmDelete.tsx";
import { ProposalEditor } from "./ProposalEditor.tsx";
import { proposalsWithout, removalInWords } from "./proposal-draft.ts";

/** Each side's rank of a proposal in words, for the list. */
function ranksInWords(p: CoproductionProposal): string {
  const rank = (r: number | null) => (r === null ? "not ranked" : String(r));
  return `community's rank ${rank(p.communityRank)}, steering group's rank ${rank(p.steeringRank)}`;
}

/**
 * The co-design proposals as written, with their descriptions; an editor opens one at a time to
 * change its title and description or to delete it. Deleting renumbers each side's remaining ranks
 * (proposal-draft.ts) and says which changed. Saving reloads the page's project and analysis.
 */
export function ProposalEditing(props: {
  /** The project's API path. */
  path: string;
  proposals: CoproductionProposal[];
  /** The project's last change, so an open editor starts again from what was saved. */
  updatedAt: string;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const remove = async (p: CoproductionProposal) => {
    const { proposals, changes } = proposalsWithout(props.proposals, p.id);
    await apiFetch(`${props.path}/proposals`, { method: "PUT", body: { proposals } });
    setStatus(removalInWords(p.title, changes));
    setOpen(null);
    props.onChanged();
  };
  return (
    <section aria-labelledby="proposal-list-heading">
      <h2 id="proposal-list-heading">The proposals in full</h2>
      <p role="status">{status}</p>
      {props.proposals.length === 0 && <p className="muted">No proposals yet.</p>}
      <ol className="proposal-list">
        {props.proposals.map((p, index) => (
          <li key={p.id}>
            <strong>{p.title}</strong> <span className="muted">({ranksInWords(p)})</span>
            {p.description ? (
              <p className="proposal-description">{p.description}</p>
            ) : (
              <p className="muted">No description yet.</p>
            )}
            <Can atLeast="editor">
              <button
                type="button"
                aria-expanded={open === p.id}
                aria-label={`Edit or delete the proposal ${p.title}`}
                onClick={() => {
                  setStatus(null);
                  setOpen(open === p.id ? null : p.id);
                }}
              >
                Edit or delete
              </button>
              {open === p.id && (
                <>
                  <ProposalEditor
                    key={`${p.id}-${props.updatedAt}`}
                    path={props.path}
                    proposals={props.proposals}
                    index={index}
                    proposal={p}
                    onSaved={(saved) => {
                      const title = saved.proposals.find((x) => x.id === p.id)?.title ?? p.title;
                      setOpen(null);
                      setStatus(`The proposal "${title}": saved.`);
                      props.onChanged();
                    }}
                    onCancel={() => setOpen(null)}
                  />
                  <p className="muted">
                    Deleting it renumbers each side's remaining ranks 1, 2, 3… in the same order.
                  </p>
                  <ConfirmDelete what={`the proposal "${p.title}"`} onDelete={() => remove(p)} />
                </>
              )}
            </Can>
          </li>
        ))}
      </ol>
    </section>
  );
}
