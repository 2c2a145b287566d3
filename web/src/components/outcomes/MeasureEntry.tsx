import { useState } from "react";
import type { OutcomeFramework } from "../../../../src/shared/outcomes.ts";
import { apiFetch } from "../../api.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
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
  const { errors } = submit;
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
    const measure = {
      indicator: draft.indicator,
      date: draft.date,
      value: draft.value.trim() === "" ? null : Number(draft.value),
      ...(draft.personCode.trim() ? { personCode: draft.personCode.trim() } : {}),
      ...(draft.phase ? { phase: draft.phase } : {}),
    };
    const done = await submit.run(() =>
      apiFetch<{ added: number }>(outcomePath(props.workspace, f.id, "/measures"), {
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
      <FormErrors errors={errors} message={submit.message} />
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
