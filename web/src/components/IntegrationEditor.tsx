import type { Integration } from "../../../src/shared/index.ts";
import type { FieldErrors } from "../lib/validation.ts";
import { CheckboxField, TextField } from "./Fields.tsx";

/** Rows of functions (finance, housing management…) marked as run jointly or kept separate. */
export function IntegrationEditor(props: {
  rows: Integration[];
  errors: FieldErrors;
  onChange: (rows: Integration[]) => void;
}) {
  const { rows, errors } = props;
  const update = (i: number, change: Partial<Integration>) =>
    props.onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <fieldset>
      <legend>Functional integration</legend>
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
        <div className="row-editor" key={i}>
          <TextField
            id={`integration-${i}-function`}
            label={`Function ${i + 1}`}
            value={row.function}
            error={errors[`$.integration[${i}].function`]}
            errorPath={`$.integration[${i}].function`}
            onChange={(v) => update(i, { function: v })}
          />
          <CheckboxField
            id={`integration-${i}-integrated`}
            label="Integrated (run jointly)"
            checked={row.integrated}
            onChange={(v) => update(i, { integrated: v })}
          />
          <button
            type="button"
            className="link-button"
            onClick={() => props.onChange(rows.filter((_, j) => j !== i))}
          >
            Remove function {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => props.onChange([...rows, { function: "", integrated: true }])}
      >
        Add a function
      </button>
    </fieldset>
  );
}
