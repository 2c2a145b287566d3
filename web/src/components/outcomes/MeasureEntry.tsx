import { useState } from "react";
import type { MeasuresAdded } from "../../../../src/shared/outcome-views.ts";
import type { OutcomeFramework } from "../../../../src/shared/outcomes.ts";
import { apiFetch } from "../../api.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import type { FieldErrors } from "../../lib/validation.ts";
import { SelectField, TextField } from "../Fields.tsx";
import { FormErrors } from "../FormErrors.tsx";
import { outcomePath } from "./FrameworkSection.tsx";

const PHASES = [
  { value: "before", label: "Before the service" },
  { value: "after", label: "After the service" },
];
const EMPTY = { indicator: "", date: "", value: "", personCode: "", phase: "" };

/**
 * Enters one measure: an indicator's value on a date, and for paired change a person's code with
 * before or after; the server's problems are shown by field.
 */
export function MeasureEntry(props: {
  workspace: string;
  framework: OutcomeFramework;
  onAdded: () => void;
}) {
  const f = props.framework;
  const options = f.outcomes.flatMap((o) =>
    o.indicators.map((i) => ({ value: i.id, label: `${i.name} (${i.unit}) — ${o.title}` })),
  );
  const [draft, setDraft] = useState({ ...EMPTY, indicator: options[0]?.value ?? "" });
  const [added, setAdded] = useState<string | null>(null);
  const submit = useSubmit();
  // A value that is not a number is caught here, in plain words; everything else the server checks.
  const [local, setLocal] = useState<FieldErrors>({});
  const errors = Object.keys(local).length ? local : submit.errors;
  const set = (key: keyof typeof EMPTY) => (v: string) => setDraft((d) => ({ ...d, [key]: v }));
  const field = (key: keyof typeof EMPTY) => ({
    value: draft[key],
    onChange: set(key),
    errorPath: `$.measures[0].${key}`,
    error: errors[`$.measures[0].${key}`],
  });
  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const value = draft.value.trim() === "" ? Number.NaN : Number(draft.value);
    if (!Number.isFinite(value)) {
      setLocal({ "$.measures[0].value": "must be a number" });
      return;
    }
    setLocal({});
    const measure = {
      indicator: draft.indicator,
      date: draft.date,
      value,
      ...(draft.personCode.trim() ? { personCode: draft.personCode.trim() } : {}),
      ...(draft.phase ? { phase: draft.phase } : {}),
    };
    const done = await submit.run(() =>
      apiFetch<MeasuresAdded>(outcomePath(props.workspace, f.id, "/measures"), {
        method: "POST",
        body: { measures: [measure] },
      }),
    );
    if (!done) return;
    setAdded(`Added a measure of ${options.find((o) => o.value === draft.indicator)?.label}.`);
    setDraft((d) => ({ ...EMPTY, indicator: d.indicator }));
    props.onAdded();
  };
  if (!options.length) return <p>Add an indicator to an outcome before entering measures.</p>;
  return (
    <form className="entity-form" onSubmit={send} noValidate aria-label="Enter a measure">
      <h3>Enter a measure</h3>
      <FormErrors
        errors={errors}
        message={Object.keys(local).length ? "Not added yet." : submit.message}
      />
      <SelectField
        id={`${f.id}-m-indicator`}
        label="Indicator"
        options={options}
        {...field("indicator")}
      />
      <TextField id={`${f.id}-m-date`} label="Date measured" type="date" {...field("date")} />
      <TextField id={`${f.id}-m-value`} label="Value" type="number" {...field("value")} />
      <TextField
        id={`${f.id}-m-person`}
        label="Person's code (optional)"
        hint="A pseudonymous code, never a name: the same code before and after pairs a person's change."
        {...field("personCode")}
      />
      <SelectField
        id={`${f.id}-m-phase`}
        label="Before or after (optional)"
        empty="Neither"
        options={PHASES}
        {...field("phase")}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={submit.busy}>
          {submit.busy ? "Adding…" : "Add measure"}
        </button>
      </div>
      {added && (
        <p role="status" className="notice">
          {added}
        </p>
      )}
    </form>
  );
}
