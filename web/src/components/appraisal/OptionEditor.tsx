import { type EvidenceItem, STAGE_LABELS } from "../../../../src/shared/index.ts";
import {
  blankLine,
  type DraftLine,
  type DraftOption,
  ladderOf,
} from "../../lib/appraisal-editor.ts";
import { optionsOf } from "../../lib/options.ts";
import { SelectField, TextAreaField, TextField } from "../Fields.tsx";
import { BarrierCostsEditor } from "./BarrierCostsEditor.tsx";
import { EvidencePicker } from "./EvidencePicker.tsx";
import { LineEditor } from "./LineEditor.tsx";
import { NumberField } from "./NumberField.tsx";

const STAGES = optionsOf(
  Object.fromEntries(Object.entries(STAGE_LABELS).map(([k, v]) => [k, `${k} · ${v}`])),
);

function Scores(props: {
  at: string;
  option: DraftOption;
  criteria: string[];
  errors: Record<string, string>;
  onChange: (o: DraftOption) => void;
}) {
  const { option, at } = props;
  if (props.criteria.length === 0) return null;
  return (
    <div className="field-row">
      {props.criteria.map((c) => (
        <NumberField
          key={c}
          id={`${at}-score-${c}`.replace(/[^a-z0-9]+/gi, "-")}
          label={`Score: ${c.replace(/[_-]+/g, " ")} (0–10)`}
          value={option.scores?.[c]}
          min={0}
          max={10}
          step={1}
          error={props.errors[`${at}.scores.${c}`]}
          onChange={(v) => {
            const scores = { ...option.scores };
            if (v === undefined) delete scores[c];
            else scores[c] = v;
            props.onChange({ ...option, scores });
          }}
        />
      ))}
    </div>
  );
}

/** One option: name, continuum stage, lines on the ladder of difficulty, barrier costs, scores, evidence. */
export function OptionEditor(props: {
  index: number;
  option: DraftOption;
  criteria: string[];
  errors: Record<string, string>;
  evidence: EvidenceItem[];
  onChange: (option: DraftOption | undefined) => void;
}) {
  const { option, errors } = props;
  const at = `$.options[${props.index}]`;
  const id = `option-${props.index}`;
  const lines = option.lines ?? [];
  const set = (key: keyof DraftOption, value: unknown) =>
    props.onChange({ ...option, [key]: value });
  const setLine = (i: number, line: DraftLine | undefined) =>
    set(
      "lines",
      line === undefined
        ? lines.filter((_, j) => j !== i)
        : lines.map((l, j) => (j === i ? line : l)),
    );
  const add = (kind: DraftLine["kind"]) =>
    set("lines", [...lines, blankLine(kind, lines.length + 1)]);
  return (
    <section className="option-card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        Option {props.index + 1}: {option.name || "(no name)"}
      </h3>
      <div className="field-row">
        <TextField
          id={`${id}-name`}
          label="Name"
          value={option.name}
          onChange={(v) => set("name", v)}
          error={errors[`${at}.name`]}
          errorPath={`${at}.name`}
        />
        <TextField
          id={`${id}-id`}
          label="Id"
          value={option.id}
          onChange={(v) => set("id", v)}
          error={errors[`${at}.id`]}
          errorPath={`${at}.id`}
        />
        <SelectField
          id={`${id}-stage`}
          label="Continuum stage"
          value={String(option.stage)}
          options={STAGES}
          onChange={(v) => set("stage", Number(v))}
          error={errors[`${at}.stage`]}
          errorPath={`${at}.stage`}
        />
      </div>
      <TextAreaField
        id={`${id}-notes`}
        label="Notes"
        rows={2}
        value={option.notes ?? ""}
        onChange={(v) => set("notes", v || undefined)}
      />
      {ladderOf(lines).map((step) => (
        <div key={step.key} className="ladder-step">
          <h4>
            {step.label} <span className="muted">— {step.hint}</span>
          </h4>
          {step.lines.length === 0 && <p className="muted">None.</p>}
          {step.lines.map(({ line, index }) => (
            <LineEditor
              key={index}
              at={`${at}.lines[${index}]`}
              line={line}
              errors={errors}
              evidence={props.evidence}
              onChange={(l) => setLine(index, l)}
            />
          ))}
        </div>
      ))}
      <div className="actions">
        <button type="button" onClick={() => add("saving")}>
          Add a saving
        </button>
        <button type="button" onClick={() => add("one_off_cost")}>
          Add a one-off cost
        </button>
        <button type="button" onClick={() => add("recurring_cost")}>
          Add a recurring cost
        </button>
      </div>
      <BarrierCostsEditor at={at} option={option} errors={errors} onChange={props.onChange} />
      <Scores
        at={at}
        option={option}
        criteria={props.criteria}
        errors={errors}
        onChange={props.onChange}
      />
      <EvidencePicker
        id={`${id}-evidence`}
        label="Evidence for this option"
        items={props.evidence}
        value={option.evidence}
        onChange={(ids) => set("evidence", ids)}
      />
      <button
        type="button"
        className="link-button danger-text"
        onClick={() => props.onChange(undefined)}
      >
        Remove this option
      </button>
    </section>
  );
}
