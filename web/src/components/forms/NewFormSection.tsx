import { useState } from "react";
import type { Form } from "../../../../src/shared/forms.ts";
import type { OutcomeFrameworkList } from "../../../../src/shared/outcome-views.ts";
import type { OutcomeFramework } from "../../../../src/shared/outcomes.ts";
import { apiFetch } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { CheckboxField, SelectField, TextField } from "../Fields.tsx";
import { outcomePath } from "../outcomes/FrameworkSection.tsx";
import { formsPath } from "./form-api.ts";

const CONSENT =
  "I agree that my answers are kept under a code, not my name, and used to see whether the service helps people. I can ask for them to be erased.";

/** A simple form from a framework's indicators: one 1–10 question per indicator chosen, in English. */
function formOf(f: OutcomeFramework, title: string, chosen: Set<string>) {
  const indicators = f.outcomes.flatMap((o) => o.indicators).filter((i) => chosen.has(i.id));
  return {
    framework: f.id,
    languages: ["en"],
    title: { en: title },
    consent: { text: { en: CONSENT } },
    questions: [
      ...indicators.map((ind, i) => ({
        id: `q${i + 1}`,
        kind: "scale",
        required: true,
        indicator: ind.id,
        text: { en: `${ind.name}: how would you rate it today?` },
        scale: { min: 1, max: 10, minLabel: { en: "very poor" }, maxLabel: { en: "very good" } },
      })),
      { id: "comments", kind: "text", text: { en: "Anything else you would like to tell us?" } },
    ],
  };
}

/** Indicators a 1–10 answer can measure: those whose unit is a 1–10 score. */
const scored = (f: OutcomeFramework) =>
  f.outcomes.flatMap((o) => o.indicators).filter((i) => /1\s*[–-]\s*10\b/.test(i.unit));

/** Makes a simple form from one framework's indicators (editors and owners). */
export function NewFormSection({
  workspace,
  onMade,
}: {
  workspace: string;
  onMade: (f: Form) => void;
}) {
  const { data } = useFetch<OutcomeFrameworkList>(outcomePath(workspace));
  const [framework, setFramework] = useState("");
  const detail = useFetch<OutcomeFramework>(framework ? outcomePath(workspace, framework) : null);
  const [title, setTitle] = useState("");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const submit = useSubmit();
  const f = detail.data?.id === framework ? detail.data : null;
  const make = async () => {
    if (!f) return;
    const made = await submit.run(() =>
      apiFetch<Form>(formsPath(workspace), { method: "POST", body: formOf(f, title, chosen) }),
    );
    if (made) onMade(made);
  };
  return (
    <section aria-labelledby="new-form-title">
      <h2 id="new-form-title">New form</h2>
      <p>
        Ask service users about the indicators of an outcome framework. Each answer becomes a
        measure of its indicator.
      </p>
      <SelectField
        id="new-form-framework"
        label="Outcome framework"
        value={framework}
        onChange={(v) => {
          setFramework(v);
          setChosen(new Set());
        }}
        empty="Choose a framework"
        options={(data?.items ?? []).map((x) => ({ value: x.id, label: x.title }))}
      />
      <TextField
        id="new-form-title-field"
        label="Title people see"
        value={title}
        onChange={setTitle}
        error={submit.errors["$.title.en"]}
      />
      {f && (
        <fieldset>
          <legend>Indicators to ask about (each on a scale of 1 to 10)</legend>
          {scored(f).length === 0 && (
            <p>This framework has no indicator scored 1 to 10; make its form through the API.</p>
          )}
          {scored(f).map((ind) => (
            <CheckboxField
              key={ind.id}
              id={`new-form-ind-${ind.id}`}
              label={`${ind.name} (${ind.unit})`}
              checked={chosen.has(ind.id)}
              onChange={(on) => {
                const next = new Set(chosen);
                if (on) next.add(ind.id);
                else next.delete(ind.id);
                setChosen(next);
              }}
            />
          ))}
        </fieldset>
      )}
      {submit.message && (
        <p role="alert" className="field-error">
          {submit.message}
        </p>
      )}
      <button type="button" onClick={make} disabled={!f || !title.trim() || submit.busy}>
        Make form
      </button>
    </section>
  );
}
