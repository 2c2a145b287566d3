import { useMemo, useState } from "react";
import {
  COPRODUCTION_STAGE_LABELS,
  type CoproductionStageName,
  coproductionStageSchema,
} from "../../../../src/shared/coproduction.ts";
import type { CoproductionProjectView } from "../../../../src/shared/coproduction-results.ts";
import { apiFetch } from "../../api.ts";
import type { NameMap } from "../../hooks/useNames.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { type FieldErrors, validateWith } from "../../lib/validation.ts";
import { TextField } from "../Fields.tsx";
import { FormErrors } from "../FormErrors.tsx";
import { StageEvidence, ValueMapField } from "./StageEvidence.tsx";
import { StageCostsAndOutputs, StageParticipants } from "./StageFields.tsx";
import { type StageDraft, stageDraftOf, stageErrorsOf, stageInputOf } from "./stage-draft.ts";

/**
 * Edits one stage of a project (or records a stage not yet recorded): who took part, its first
 * and last day, costs, outputs and evidence. Checked here against the shared schema first, then
 * saved whole through `PUT …/stages/:stage`; every problem is named by its field.
 */
export function StageEditor(props: {
  workspace: string;
  /** The project's API path. */
  path: string;
  project: CoproductionProjectView;
  stage: CoproductionStageName;
  names: NameMap;
  onSaved: (saved: CoproductionProjectView) => void;
  onCancel: () => void;
}) {
  const { project: p, stage } = props;
  const stored = p.stages.find((s) => s.stage === stage);
  const [draft, setDraft] = useState<StageDraft>(() => stageDraftOf(stage, stored));
  const [local, setLocal] = useState<FieldErrors>({});
  const submit = useSubmit();
  const label = COPRODUCTION_STAGE_LABELS[stage];
  // One object per failed check, so the summary takes focus once per submit, not per keystroke.
  const errors = useMemo(
    () => ({
      ...stageErrorsOf(
        submit.errors,
        stage,
        p.stages.map((s) => s.stage),
      ),
      ...local,
    }),
    [submit.errors, local, stage, p.stages],
  );
  const change = (c: Partial<StageDraft>) => setDraft((d) => ({ ...d, ...c }));
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = validateWith(coproductionStageSchema, stageInputOf(draft));
    if (!checked.ok) return setLocal(checked.errors);
    setLocal({});
    const saved = await submit.run(() =>
      apiFetch<CoproductionProjectView>(`${props.path}/stages/${stage}`, {
        method: "PUT",
        body: checked.value,
      }),
    );
    if (saved) props.onSaved(saved);
  };
  const prefix = `stage-${stage}`;
  const common = {
    workspace: props.workspace,
    prefix,
    currency: p.currency,
    names: props.names,
    draft,
    errors,
    onChange: change,
  };
  const hasLocal = Object.keys(local).length > 0;
  return (
    <form
      className="entity-form stage-editor"
      onSubmit={save}
      noValidate
      aria-label={`Edit ${label}`}
    >
      <h3>
        {stored ? "Edit" : "Record"} the stage: {label}
      </h3>
      <FormErrors
        errors={errors}
        message={hasLocal ? "The stage was not saved." : submit.message}
      />
      <div className="field-row">
        <TextField
          id={`${prefix}-start`}
          label="Start date"
          type="date"
          errorPath="$.start"
          error={errors["$.start"]}
          value={draft.start}
          onChange={(start) => change({ start })}
        />
        <TextField
          id={`${prefix}-end`}
          label="End date"
          type="date"
          hint="The stage's last day, for example 30/06/2009; it may overlap the next stage."
          errorPath="$.end"
          error={errors["$.end"]}
          value={draft.end}
          onChange={(end) => change({ end })}
        />
      </div>
      <StageParticipants {...common} />
      <StageCostsAndOutputs {...common} />
      <StageEvidence
        workspace={props.workspace}
        partnership={p.partnership}
        prefix={prefix}
        evidence={draft.evidence}
        links={draft.links}
        errors={errors}
        onEvidence={(evidence) => change({ evidence })}
        onLinks={(links) => change({ links })}
      />
      {stage === "evaluation" && (
        <ValueMapField
          workspace={props.workspace}
          prefix={prefix}
          value={draft.valueMap}
          error={errors["$.valueMap"]}
          onChange={(valueMap) => change({ valueMap })}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={submit.busy}>
          {submit.busy ? "Saving…" : "Save the stage"}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
