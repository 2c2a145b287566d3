import { useState } from "react";
import type { Items } from "../../../../src/shared/api-common.ts";
import type { OutcomeFramework } from "../../../../src/shared/outcomes.ts";
import { apiFetch } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { optionsOf } from "../../lib/options.ts";
import { SelectField, TextField } from "../Fields.tsx";
import { FormErrors } from "../FormErrors.tsx";
import { outcomePath } from "./FrameworkSection.tsx";
import {
  emptyFramework,
  emptyOutcome,
  type FrameworkDraft,
  type FrameworkTarget,
  INVOLVEMENT_LABELS,
  inputOf,
  type OutcomeDraft,
} from "./framework-draft.ts";
import { OutcomeFields } from "./OutcomeFields.tsx";
import { TargetPicker } from "./TargetPicker.tsx";

interface EvidenceItem {
  id: string;
  text: string;
  source: string;
}

/** Ticks the partnership's evidence items that the framework rests on. */
function EvidencePicker(props: {
  workspace: string;
  /** A partnership's framework offers that partnership's evidence; others, the workspace's. */
  partnership: string | null;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const only = props.partnership ? `partnership=${encodeURIComponent(props.partnership)}&` : "";
  const path = `/workspaces/${encodeURIComponent(props.workspace)}/evidence?${only}limit=200`;
  const { data } = useFetch<Items<EvidenceItem>>(path);
  const items = data?.items ?? [];
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.value, id] : props.value.filter((v) => v !== id));
  return (
    <fieldset className="field" data-error-path="$.evidence" id="framework-evidence" tabIndex={-1}>
      <legend>Evidence behind the framework</legend>
      {items.length === 0 && <p className="muted">There are no evidence items to choose yet.</p>}
      {items.map((e) => (
        <div className="field field-check" key={e.id}>
          <input
            id={`framework-evidence-${e.id}`}
            type="checkbox"
            checked={props.value.includes(e.id)}
            onChange={(event) => toggle(e.id, event.target.checked)}
          />
          <label htmlFor={`framework-evidence-${e.id}`}>
            {e.text.slice(0, 120)} <span className="muted">({e.source})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * Creates (id null) or edits an outcome framework of a partnership: title, users' involvement,
 * outcomes with who set them and their indicators, and evidence; the server's problems by field.
 */
export function FrameworkEditor(props: {
  workspace: string;
  /** Where a new framework is attached (a stored one keeps its own); null lets the editor choose. */
  target: FrameworkTarget | null;
  id: string | null;
  initial?: FrameworkDraft;
  onSaved: (saved: OutcomeFramework) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<FrameworkDraft>(
    props.initial ?? emptyFramework(props.target ?? { kind: "contract", id: "" }),
  );
  const [newId] = useState(() => `outcomes-${Date.now().toString(36)}`);
  const submit = useSubmit();
  const { errors } = submit;
  const setOutcome = (i: number, o: OutcomeDraft | null) =>
    setDraft((d) => ({
      ...d,
      outcomes:
        o === null
          ? d.outcomes.filter((_, j) => j !== i)
          : d.outcomes.map((x, j) => (j === i ? o : x)),
    }));
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const body = inputOf(draft);
    const saved = await submit.run(() =>
      props.id === null
        ? apiFetch<OutcomeFramework>(outcomePath(props.workspace), {
            method: "POST",
            body: { id: newId, ...body },
          })
        : apiFetch<OutcomeFramework>(outcomePath(props.workspace, props.id), {
            method: "PUT",
            body,
          }),
    );
    if (saved) props.onSaved(saved);
  };
  const prefix = props.id ?? "new";
  return (
    <form className="entity-form" onSubmit={save} noValidate aria-label="Outcome framework">
      <h2>{props.id === null ? "New outcome framework" : "Edit the outcome framework"}</h2>
      <FormErrors errors={errors} message={submit.message} />
      <TextField
        id={`${prefix}-title`}
        label="Title"
        errorPath="$.title"
        error={errors["$.title"]}
        value={draft.title}
        onChange={(title) => setDraft((d) => ({ ...d, title }))}
        required
      />
      <SelectField
        id={`${prefix}-involvement`}
        label="How far service users are involved"
        hint="After the IAP2 spectrum of public participation, from least to most."
        errorPath="$.involvement"
        error={errors["$.involvement"]}
        value={draft.involvement}
        options={optionsOf(INVOLVEMENT_LABELS)}
        onChange={(involvement) => setDraft((d) => ({ ...d, involvement }))}
      />
      {props.target === null && props.id === null && (
        <TargetPicker
          workspace={props.workspace}
          value={draft.target}
          errors={errors}
          onChange={(target) => setDraft((d) => ({ ...d, target }))}
        />
      )}
      {draft.outcomes.map((o, i) => (
        <OutcomeFields
          // biome-ignore lint/suspicious/noArrayIndexKey: outcomes are edited in place and have no id until saved
          key={i}
          prefix={`${prefix}-outcome-${i}`}
          index={i}
          outcome={o}
          errors={errors}
          onChange={(next) => setOutcome(i, next)}
          onRemove={draft.outcomes.length > 1 ? () => setOutcome(i, null) : undefined}
        />
      ))}
      <button
        type="button"
        onClick={() => setDraft((d) => ({ ...d, outcomes: [...d.outcomes, emptyOutcome()] }))}
      >
        Add another outcome
      </button>
      <EvidencePicker
        workspace={props.workspace}
        partnership={draft.target.kind === "partnership" ? draft.target.id : null}
        value={draft.evidence}
        onChange={(evidence) => setDraft((d) => ({ ...d, evidence }))}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={submit.busy}>
          {submit.busy ? "Saving…" : props.id === null ? "Create framework" : "Save changes"}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
