import { useState } from "react";
import {
  COPRODUCTION_STAGE_LABELS,
  COPRODUCTION_STAGES,
  type CoproductionStageName,
} from "../../../../src/shared/coproduction.ts";
import type { CoproductionProjectView } from "../../../../src/shared/coproduction-results.ts";
import { apiFetch } from "../../api.ts";
import type { NameMap } from "../../hooks/useNames.ts";
import { formatDate } from "../../lib/format.ts";
import { ConfirmDelete } from "../ConfirmDelete.tsx";
import { StageEditor } from "./StageEditor.tsx";

/** A stage's dates in words, or that it is not recorded yet. */
function stateOf(p: CoproductionProjectView, stage: CoproductionStageName): string {
  const s = p.stages.find((x) => x.stage === stage);
  if (!s) return "not recorded yet";
  if (!s.start && !s.end) return "recorded, no dates yet";
  return `${formatDate(s.start)} to ${formatDate(s.end)}`;
}

/** What the stage's button does: edit a recorded stage or record a new one. */
const verbOf = (p: CoproductionProjectView, stage: CoproductionStageName) =>
  p.stages.some((s) => s.stage === stage) ? "Edit" : "Record";

/**
 * The seven stages in process order, each with a button that opens its editor (one at a time);
 * a recorded stage can also be removed. Saving reloads the page's project and analysis.
 */
export function StageEditing(props: {
  workspace: string;
  path: string;
  project: CoproductionProjectView;
  names: NameMap;
  onChanged: () => void;
}) {
  const { project: p } = props;
  const [open, setOpen] = useState<CoproductionStageName | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const remove = async (stage: CoproductionStageName) => {
    await apiFetch(`${props.path}/stages/${stage}`, { method: "DELETE" });
    setStatus(`${COPRODUCTION_STAGE_LABELS[stage]}: removed.`);
    setOpen(null);
    props.onChanged();
  };
  return (
    <section aria-labelledby="stage-editing-heading">
      <h2 id="stage-editing-heading">Edit the stages</h2>
      <p className="muted">
        Who took part, the dates, costs, outputs and evidence of each stage; stages may overlap.
      </p>
      <p role="status">{status}</p>
      <ol className="stage-editing-list">
        {COPRODUCTION_STAGES.map((stage) => (
          <li key={stage}>
            {COPRODUCTION_STAGE_LABELS[stage]} <span className="muted">({stateOf(p, stage)})</span>{" "}
            <button
              type="button"
              aria-expanded={open === stage}
              aria-label={`${verbOf(p, stage)} ${COPRODUCTION_STAGE_LABELS[stage]}`}
              onClick={() => {
                setStatus(null);
                setOpen(open === stage ? null : stage);
              }}
            >
              {verbOf(p, stage)}
            </button>
            {open === stage && (
              <>
                <StageEditor
                  key={`${stage}-${p.updatedAt}`}
                  workspace={props.workspace}
                  path={props.path}
                  project={p}
                  stage={stage}
                  names={props.names}
                  onSaved={() => {
                    setOpen(null);
                    setStatus(`${COPRODUCTION_STAGE_LABELS[stage]}: saved.`);
                    props.onChanged();
                  }}
                  onCancel={() => setOpen(null)}
                />
                {p.stages.some((s) => s.stage === stage) && (
                  <ConfirmDelete
                    what={`the stage "${COPRODUCTION_STAGE_LABELS[stage]}" of this project`}
                    onDelete={() => remove(stage)}
                  />
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
