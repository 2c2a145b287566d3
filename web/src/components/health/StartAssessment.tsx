import { useState } from "react";
import type { Items } from "../../../../src/shared/api-common.ts";
import type { AssessmentDetail } from "../../../../src/shared/health-views.ts";
import { apiFetch, type ListResult } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { useNames } from "../../hooks/useNames.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { idFromName } from "../../lib/ids.ts";
import { SelectField, TextField } from "../Fields.tsx";
import { FormErrors } from "../FormErrors.tsx";
import { healthPath, type InstrumentSummary } from "./health-setup-types.ts";

interface Partnership {
  id: string;
  name: string;
  members: { organisation: string }[];
}

/** Ticks the partners who will answer, from the partnership's member organisations. */
function PartnerPicker(props: {
  workspace: string;
  partnership: string;
  value: string[];
  error?: string | undefined;
  onChange: (ids: string[]) => void;
}) {
  const names = useNames(props.workspace);
  const { data } = useFetch<Partnership>(
    props.partnership
      ? healthPath(props.workspace, `partnerships/${encodeURIComponent(props.partnership)}`)
      : null,
  );
  const members = [...new Set((data?.members ?? []).map((m) => m.organisation))];
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.value, id] : props.value.filter((v) => v !== id));
  return (
    <fieldset
      className={props.error ? "field field-invalid" : "field"}
      id="assessment-partners"
      data-error-path="$.partners"
      tabIndex={-1}
    >
      <legend>Partners who answer (at least two)</legend>
      {!props.partnership && <p className="muted">Choose a partnership first.</p>}
      {props.partnership && data && members.length === 0 && (
        <p className="muted">This partnership has no member organisations.</p>
      )}
      {members.map((id) => (
        <div className="field field-check" key={id}>
          <input
            id={`assessment-partner-${id}`}
            type="checkbox"
            checked={props.value.includes(id)}
            onChange={(event) => toggle(id, event.target.checked)}
          />
          <label htmlFor={`assessment-partner-${id}`}>{names.get(id) ?? id}</label>
        </div>
      ))}
      {props.error && <p className="field-error">Partners: {props.error}</p>}
    </fieldset>
  );
}

const EMPTY = { name: "", partnership: "", instrument: "", partners: [] as string[] };

/**
 * Starts an assessment of one partnership: its name, the instrument (latest version) and the
 * partners who answer, chosen from the partnership's members; the server's problems by field.
 */
export function StartAssessment(props: { workspace: string; onCreated: (id: string) => void }) {
  const { workspace } = props;
  const instruments = useFetch<Items<InstrumentSummary>>(healthPath(workspace, "instruments"));
  const partnerships = useFetch<ListResult<{ id: string; name: string }>>(
    healthPath(workspace, "partnerships?limit=500&sort=name"),
  );
  const [draft, setDraft] = useState(EMPTY);
  const submit = useSubmit();
  const { errors } = submit;
  const list = instruments.data?.items ?? [];
  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    const ins = list.find((i) => i.id === draft.instrument);
    const id = idFromName(draft.name || "assessment");
    const made = await submit.run(() =>
      apiFetch<AssessmentDetail>(healthPath(workspace, "assessments"), {
        method: "POST",
        body: {
          id,
          name: draft.name,
          partnership: draft.partnership,
          partners: draft.partners,
          instrument: { id: draft.instrument, version: Math.max(1, ...(ins?.versions ?? [1])) },
        },
      }),
    );
    if (!made) return;
    setDraft(EMPTY);
    props.onCreated(made.id);
  };
  const err = (path: string) => ({ errorPath: path, error: errors[path] });
  return (
    <form className="entity-form" onSubmit={send} noValidate aria-label="Start an assessment">
      <h2>Start an assessment</h2>
      <FormErrors errors={errors} message={submit.message} />
      <TextField
        id="assessment-name"
        label="Name of the assessment"
        required
        value={draft.name}
        onChange={(name) => setDraft((d) => ({ ...d, name }))}
        {...err("$.name")}
      />
      <SelectField
        id="assessment-partnership"
        label="Partnership"
        empty="Choose a partnership"
        options={(partnerships.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={draft.partnership}
        onChange={(partnership) => setDraft((d) => ({ ...d, partnership, partners: [] }))}
        {...err("$.partnership")}
      />
      <SelectField
        id="assessment-instrument"
        label="Instrument"
        empty="Choose an instrument"
        options={list.map((i) => ({
          value: i.id,
          label: `${i.name} (${i.items} statements, version ${Math.max(...i.versions)})`,
        }))}
        value={draft.instrument}
        onChange={(instrument) => setDraft((d) => ({ ...d, instrument }))}
        {...err("$.instrument.id")}
      />
      <PartnerPicker
        workspace={workspace}
        partnership={draft.partnership}
        value={draft.partners}
        error={errors["$.partners"]}
        onChange={(partners) => setDraft((d) => ({ ...d, partners }))}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={submit.busy}>
          {submit.busy ? "Starting…" : "Start assessment"}
        </button>
      </div>
    </form>
  );
}
