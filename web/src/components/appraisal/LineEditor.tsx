import {
  DIFFICULTY_LABELS,
  type EvidenceItem,
  SAVING_SOURCE_LABELS,
  type SavingSource,
  SOURCE_DIFFICULTY,
} from "../../../../src/shared/index.ts";
import type { DraftLine } from "../../lib/appraisal-editor.ts";
import { optionsOf } from "../../lib/options.ts";
import { SelectField, TextField } from "../Fields.tsx";
import { EvidencePicker } from "./EvidencePicker.tsx";
import { NumberField } from "./NumberField.tsx";

const KIND_LABELS = {
  saving: "Saving (a year)",
  recurring_cost: "Recurring cost (a year)",
  one_off_cost: "One-off cost",
};

/** One cash-flow line: its kind, amount, years, range and (for savings) source, difficulty, probability. */
export function LineEditor(props: {
  at: string;
  line: DraftLine;
  errors: Record<string, string>;
  evidence: EvidenceItem[];
  onChange: (line: DraftLine | undefined) => void;
}) {
  const { line, at, errors } = props;
  const id = at.replace(/[^a-z0-9]+/gi, "-");
  const set = (key: string, value: unknown) =>
    props.onChange({ ...line, [key]: value } as DraftLine);
  const amountKey = line.kind === "one_off_cost" ? "amount" : "annual";
  const amount = line.kind === "one_off_cost" ? line.amount : line.annual;
  const handleSource = (source: string) =>
    props.onChange({
      ...line,
      source,
      difficulty:
        SOURCE_DIFFICULTY[source as SavingSource] ?? (line as { difficulty: string }).difficulty,
    } as DraftLine);
  return (
    <fieldset className="line-editor">
      <legend className="visually-hidden">{line.name || line.id}</legend>
      <TextField
        id={`${id}-name`}
        label={KIND_LABELS[line.kind]}
        value={line.name ?? ""}
        onChange={(v) => set("name", v || undefined)}
        error={errors[`${at}.name`]}
        errorPath={`${at}.name`}
      />
      <NumberField
        id={`${id}-amount`}
        label={line.kind === "one_off_cost" ? "Amount" : "Amount a year"}
        value={amount}
        onChange={(v) => set(amountKey, v)}
        min={0}
        error={errors[`${at}.${amountKey}`]}
        errorPath={`${at}.${amountKey}`}
      />
      {line.kind === "one_off_cost" ? (
        <NumberField
          id={`${id}-year`}
          label="In year"
          value={line.year}
          onChange={(v) => set("year", v)}
          step={1}
          min={0}
          error={errors[`${at}.year`]}
          errorPath={`${at}.year`}
        />
      ) : (
        <>
          <NumberField
            id={`${id}-start`}
            label="From year"
            value={line.startYear}
            onChange={(v) => set("startYear", v)}
            step={1}
            min={0}
            error={errors[`${at}.startYear`]}
            errorPath={`${at}.startYear`}
          />
          <NumberField
            id={`${id}-end`}
            label="To year (blank: horizon)"
            value={line.endYear}
            onChange={(v) => set("endYear", v)}
            step={1}
            error={errors[`${at}.endYear`]}
            errorPath={`${at}.endYear`}
          />
        </>
      )}
      {line.kind === "saving" && (
        <>
          <SelectField
            id={`${id}-source`}
            label="Saving source"
            value={line.source}
            options={optionsOf(SAVING_SOURCE_LABELS)}
            onChange={handleSource}
          />
          <SelectField
            id={`${id}-difficulty`}
            label="Difficulty"
            value={line.difficulty}
            options={optionsOf(DIFFICULTY_LABELS)}
            onChange={(v) => set("difficulty", v)}
          />
          <NumberField
            id={`${id}-ramp`}
            label="Ramp-up years"
            value={line.rampYears}
            onChange={(v) => set("rampYears", v)}
            step={1}
            min={1}
            error={errors[`${at}.rampYears`]}
            errorPath={`${at}.rampYears`}
          />
          <NumberField
            id={`${id}-probability`}
            label="Probability (0–1)"
            value={line.probability}
            onChange={(v) => set("probability", v)}
            step={0.05}
            min={0}
            max={1}
            error={errors[`${at}.probability`]}
            errorPath={`${at}.probability`}
          />
        </>
      )}
      <NumberField
        id={`${id}-low`}
        label="Low"
        value={line.range?.low}
        onChange={(v) =>
          set(
            "range",
            v === undefined && line.range?.high === undefined
              ? undefined
              : { low: v, high: line.range?.high },
          )
        }
        min={0}
        error={errors[`${at}.range.low`] ?? errors[`${at}.range`]}
        errorPath={`${at}.range.low`}
      />
      <NumberField
        id={`${id}-high`}
        label="High"
        value={line.range?.high}
        onChange={(v) =>
          set(
            "range",
            v === undefined && line.range?.low === undefined
              ? undefined
              : { low: line.range?.low, high: v },
          )
        }
        min={0}
        error={errors[`${at}.range.high`]}
        errorPath={`${at}.range.high`}
      />
      <EvidencePicker
        id={`${id}-evidence`}
        label="Evidence for this line"
        items={props.evidence}
        value={line.evidence}
        onChange={(ids) => set("evidence", ids)}
      />
      <button
        type="button"
        className="link-button danger-text"
        onClick={() => props.onChange(undefined)}
      >
        Remove line
      </button>
    </fieldset>
  );
}
