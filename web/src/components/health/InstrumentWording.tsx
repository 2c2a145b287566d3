import { useState } from "react";
import type { Instrument } from "../../../../src/shared/instruments.ts";
import { apiFetch } from "../../api.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { CheckboxField, TextField } from "../Fields.tsx";
import { FormErrors } from "../FormErrors.tsx";
import { healthPath } from "./health-setup-types.ts";

/**
 * Edits a copied instrument's wording (dimension names, statement texts, which statements are
 * reverse-scored) and saves it as the next version, so waves on older versions stay comparable.
 */
export function InstrumentWording(props: {
  workspace: string;
  instrument: Instrument;
  onSaved: (saved: Instrument) => void;
}) {
  const [draft, setDraft] = useState(props.instrument);
  const [saved, setSaved] = useState<string | null>(null);
  const submit = useSubmit();
  const { errors } = submit;
  const setItem = (i: number, change: Partial<Instrument["items"][number]>) =>
    setDraft((d) => ({ ...d, items: d.items.map((x, j) => (j === i ? { ...x, ...change } : x)) }));
  const setDimension = (i: number, name: string) =>
    setDraft((d) => ({
      ...d,
      dimensions: d.dimensions.map((x, j) => (j === i ? { ...x, name } : x)),
    }));
  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const { id, version: _, ...body } = draft;
    const path = healthPath(props.workspace, `instruments/${encodeURIComponent(id)}/versions`);
    const next = await submit.run(() => apiFetch<Instrument>(path, { method: "POST", body }));
    if (!next) return;
    setDraft(next);
    setSaved(`Saved as version ${next.version} of ${next.name}.`);
    props.onSaved(next);
  };
  return (
    <form className="entity-form" onSubmit={send} noValidate aria-label="Instrument wording">
      <h3>
        Wording of {props.instrument.name} (now version {draft.version})
      </h3>
      <FormErrors errors={errors} message={submit.message} />
      <TextField
        id="instrument-name"
        label="Name of the instrument"
        value={draft.name}
        onChange={(name) => setDraft((d) => ({ ...d, name }))}
        errorPath="$.name"
        error={errors["$.name"]}
      />
      {draft.dimensions.map((dim, i) => (
        <fieldset className="field" key={dim.id}>
          <legend>Dimension {i + 1}</legend>
          <TextField
            id={`dimension-${dim.id}`}
            label={`Dimension ${i + 1}: name`}
            value={dim.name}
            onChange={(name) => setDimension(i, name)}
            errorPath={`$.dimensions[${i}].name`}
            error={errors[`$.dimensions[${i}].name`]}
          />
          {draft.items.map((item, j) =>
            item.dimension === dim.id ? (
              <div key={item.id} className="instrument-item">
                <TextField
                  id={`item-${item.id}`}
                  label={`Statement ${j + 1}`}
                  value={item.text}
                  onChange={(text) => setItem(j, { text })}
                  errorPath={`$.items[${j}].text`}
                  error={errors[`$.items[${j}].text`]}
                />
                <CheckboxField
                  id={`item-${item.id}-reverse`}
                  label={`Statement ${j + 1} is reverse-scored (agreeing with it is a weakness)`}
                  checked={item.reverse === true}
                  onChange={(reverse) => setItem(j, { reverse })}
                />
              </div>
            ) : null,
          )}
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={submit.busy}>
          {submit.busy ? "Saving…" : "Save as a new version"}
        </button>
      </div>
      {saved && (
        <p role="status" className="notice">
          {saved}
        </p>
      )}
    </form>
  );
}
