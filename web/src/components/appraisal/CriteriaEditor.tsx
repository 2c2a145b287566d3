import type { DraftDocument } from "../../lib/appraisal-editor.ts";
import { TextField } from "../Fields.tsx";
import { NumberField } from "./NumberField.tsx";

type Criteria = NonNullable<DraftDocument["criteria"]>;

/** Criteria and weights for the multi-criteria ranking ('npv' is computed; others scored per option). */
export function CriteriaEditor(props: {
  criteria: Criteria;
  errors: Record<string, string>;
  onChange: (c: Criteria) => void;
}) {
  const { criteria } = props;
  const change = (i: number, c: Criteria[number] | undefined) =>
    props.onChange(
      c === undefined
        ? criteria.filter((_, j) => j !== i)
        : criteria.map((x, j) => (j === i ? c : x)),
    );
  return (
    <fieldset className="criteria">
      <legend>Criteria and weights</legend>
      <p className="explain">
        'npv' is scored from each option's NPV; any other criterion (for example brand_identity) is
        scored 0–10 in each option below. Weights are shares of their sum.
      </p>
      {criteria.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: criteria are edited in place, ids change as typed
        <div key={i} className="field-row">
          <TextField
            id={`criterion-${i}`}
            label="Criterion id"
            value={c.id}
            onChange={(id) => change(i, { ...c, id })}
            error={props.errors[`$.criteria[${i}].id`]}
          />
          <NumberField
            id={`criterion-${i}-weight`}
            label="Weight"
            value={c.weight}
            step={0.05}
            min={0}
            onChange={(w) => change(i, { ...c, weight: w as number })}
            error={props.errors[`$.criteria[${i}].weight`]}
          />
          <button
            type="button"
            className="link-button danger-text"
            onClick={() => change(i, undefined)}
          >
            Remove
          </button>
        </div>
      ))}
      {props.errors["$.criteria"] && <p className="field-error">{props.errors["$.criteria"]}</p>}
      <button
        type="button"
        onClick={() =>
          props.onChange([
            ...criteria,
            { id: criteria.length ? `criterion_${criteria.length + 1}` : "npv", weight: 1 },
          ])
        }
      >
        Add a criterion
      </button>
    </fieldset>
  );
}
