import type { FactDraft } from "../lib/organisation-form.ts";
import type { FieldErrors } from "../lib/validation.ts";
import { TextField } from "./Fields.tsx";

const EMPTY: FactDraft = { year: "", homes: "", turnover: "", staff: "" };

/** Rows of year, homes, turnover (£) and staff, each removable, with errors by path. */
export function FactsEditor(props: {
  facts: FactDraft[];
  errors: FieldErrors;
  onChange: (facts: FactDraft[]) => void;
}) {
  const { facts, errors } = props;
  const update = (i: number, key: keyof FactDraft, value: string) =>
    props.onChange(facts.map((f, j) => (j === i ? { ...f, [key]: value } : f)));
  return (
    <fieldset>
      <legend>Facts by year</legend>
      {facts.map((fact, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
        <div className="row-editor" key={i}>
          <TextField
            id={`fact-${i}-year`}
            label={`Year (row ${i + 1})`}
            type="number"
            value={fact.year}
            onChange={(v) => update(i, "year", v)}
            error={errors[`$.facts[${i}].year`]}
            errorPath={`$.facts[${i}].year`}
          />
          <TextField
            id={`fact-${i}-homes`}
            label="Homes"
            type="number"
            value={fact.homes}
            onChange={(v) => update(i, "homes", v)}
            error={errors[`$.facts[${i}].homes`]}
            errorPath={`$.facts[${i}].homes`}
          />
          <TextField
            id={`fact-${i}-turnover`}
            label="Turnover (£)"
            type="number"
            value={fact.turnover}
            onChange={(v) => update(i, "turnover", v)}
            error={errors[`$.facts[${i}].turnover`]}
            errorPath={`$.facts[${i}].turnover`}
          />
          <TextField
            id={`fact-${i}-staff`}
            label="Staff"
            type="number"
            value={fact.staff}
            onChange={(v) => update(i, "staff", v)}
            error={errors[`$.facts[${i}].staff`]}
            errorPath={`$.facts[${i}].staff`}
          />
          <button
            type="button"
            className="link-button"
            onClick={() => props.onChange(facts.filter((_, j) => j !== i))}
          >
            Remove year {fact.year || i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => props.onChange([...facts, EMPTY])}>
        Add a year
      </button>
    </fieldset>
  );
}
