import { optionsOf } from "../../lib/options.ts";
import type { FieldErrors } from "../../lib/validation.ts";
import { SelectField, TextField } from "../Fields.tsx";
import {
  DIRECTION_LABELS,
  emptyIndicator,
  type IndicatorDraft,
  type OutcomeDraft,
  SET_BY_LABELS,
} from "./framework-draft.ts";

/** One indicator's fields: what is measured, its unit, baseline, target and better direction. */
function IndicatorFields(props: {
  prefix: string;
  /** Names the indicator in every label, e.g. "Outcome 1, indicator 2". */
  title: string;
  path: string;
  indicator: IndicatorDraft;
  errors: FieldErrors;
  onChange: (next: IndicatorDraft) => void;
}) {
  const { prefix, path, indicator: ind, errors } = props;
  const field = (key: keyof IndicatorDraft, label: string, type?: string) => (
    <TextField
      id={`${prefix}-${key}`}
      label={`${props.title}: ${label}`}
      type={type}
      errorPath={`${path}.${key}`}
      error={errors[`${path}.${key}`]}
      value={ind[key]}
      onChange={(v) => props.onChange({ ...ind, [key]: v })}
    />
  );
  return (
    <div className="indicator-fields">
      {field("name", "what is measured")}
      {field("unit", "unit")}
      {field("baseline", "baseline", "number")}
      {field("target", "target", "number")}
      <SelectField
        id={`${prefix}-direction`}
        label={`${props.title}: which way is better`}
        value={ind.direction}
        options={optionsOf(DIRECTION_LABELS)}
        onChange={(direction) => props.onChange({ ...ind, direction })}
      />
    </div>
  );
}

/** One outcome's fields: the change sought, who set it, and its indicators. */
export function OutcomeFields(props: {
  prefix: string;
  index: number;
  outcome: OutcomeDraft;
  errors: FieldErrors;
  onChange: (next: OutcomeDraft) => void;
  onRemove?: (() => void) | undefined;
}) {
  const { prefix, outcome: o, errors } = props;
  const path = `$.outcomes[${props.index}]`;
  const n = props.index + 1;
  const setIndicator = (j: number, next: IndicatorDraft | null) =>
    props.onChange({
      ...o,
      indicators:
        next === null
          ? o.indicators.filter((_, k) => k !== j)
          : o.indicators.map((x, k) => (k === j ? next : x)),
    });
  return (
    <fieldset className="field outcome-fields">
      <legend>Outcome {n}</legend>
      <TextField
        id={`${prefix}-title`}
        label={`Outcome ${n}: the change sought`}
        errorPath={`${path}.title`}
        error={errors[`${path}.title`]}
        value={o.title}
        onChange={(title) => props.onChange({ ...o, title })}
      />
      <SelectField
        id={`${prefix}-set-by`}
        label={`Outcome ${n}: who set it`}
        errorPath={`${path}.setBy`}
        error={errors[`${path}.setBy`]}
        value={o.setBy}
        options={optionsOf(SET_BY_LABELS)}
        onChange={(setBy) => props.onChange({ ...o, setBy })}
      />
      {o.indicators.map((ind, j) => (
        <div key={ind.id || j} className="indicator-block">
          <IndicatorFields
            title={`Outcome ${n}, indicator ${j + 1}`}
            prefix={`${prefix}-indicator-${j}`}
            path={`${path}.indicators[${j}]`}
            indicator={ind}
            errors={errors}
            onChange={(next) => setIndicator(j, next)}
          />
          {o.indicators.length > 1 && (
            <button type="button" onClick={() => setIndicator(j, null)}>
              Remove indicator {j + 1} of outcome {n}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        onClick={() => props.onChange({ ...o, indicators: [...o.indicators, emptyIndicator()] })}
      >
        Add an indicator to outcome {n}
      </button>
      {props.onRemove && (
        <button type="button" onClick={props.onRemove}>
          Remove outcome {n}
        </button>
      )}
    </fieldset>
  );
}
