import { type FormEvent, useMemo, useState } from "react";
import {
  type CoproductionProposal,
  coproductionProposalSchema,
} from "../../../../src/shared/coproduction.ts";
import type { CoproductionProjectView } from "../../../../src/shared/coproduction-results.ts";
import { apiFetch } from "../../api.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { type FieldErrors, validateWith } from "../../lib/validation.ts";
import { TextAreaField, TextField } from "../Fields.tsx";
import { FormErrors } from "../FormErrors.tsx";
import { type ProposalDraft, proposalEdited, proposalErrorsOf } from "./proposal-draft.ts";

/**
 * Edits one co-design proposal's title and description (its ranks are entered with the rankings).
 * Checked here against the shared schema first, then saved with the other proposals unchanged
 * through `PUT …/proposals`; every problem is named by its field.
 */
export function ProposalEditor(props: {
  /** The project's API path. */
  path: string;
  /** Every proposal of the project, saved with the edited one in its place. */
  proposals: CoproductionProposal[];
  /** The edited proposal's place in `proposals`. */
  index: number;
  proposal: CoproductionProposal;
  onSaved: (saved: CoproductionProjectView) => void;
  onCancel: () => void;
}) {
  const stored = props.proposal;
  const [draft, setDraft] = useState<ProposalDraft>({
    title: stored.title,
    description: stored.description,
  });
  const [local, setLocal] = useState<FieldErrors>({});
  const submit = useSubmit();
  // One object per failed check, so the summary takes focus once per submit, not per keystroke.
  const errors = useMemo(
    () => ({ ...proposalErrorsOf(submit.errors, props.index), ...local }),
    [submit.errors, local, props.index],
  );
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(coproductionProposalSchema, proposalEdited(stored, draft));
    if (!checked.ok) return setLocal(checked.errors);
    setLocal({});
    const proposals = props.proposals.map((p, i) => (i === props.index ? checked.value : p));
    const saved = await submit.run(() =>
      apiFetch<CoproductionProjectView>(`${props.path}/proposals`, {
        method: "PUT",
        body: { proposals },
      }),
    );
    if (saved) props.onSaved(saved);
  };
  const prefix = `proposal-${stored.id}`;
  const hasLocal = Object.keys(local).length > 0;
  return (
    <form
      className="entity-form proposal-editor"
      onSubmit={save}
      noValidate
      aria-label={`Edit the proposal ${stored.title}`}
    >
      <FormErrors
        errors={errors}
        message={hasLocal ? "The proposal was not saved." : submit.message}
      />
      <TextField
        id={`${prefix}-title`}
        label="Title"
        errorPath="$.title"
        error={errors["$.title"]}
        required
        value={draft.title}
        onChange={(title) => setDraft((d) => ({ ...d, title }))}
      />
      <TextAreaField
        id={`${prefix}-description`}
        label="Description"
        hint="What the proposal would do and for whom; it may be left blank."
        errorPath="$.description"
        error={errors["$.description"]}
        value={draft.description}
        onChange={(description) => setDraft((d) => ({ ...d, description }))}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={submit.busy}>
          {submit.busy ? "Saving…" : "Save the proposal"}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
