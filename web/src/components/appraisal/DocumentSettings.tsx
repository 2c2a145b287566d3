import { type EvidenceItem, OPTIMISM_BIAS_PRESETS } from "../../../../src/shared/index.ts";
import type { DraftDocument } from "../../lib/appraisal-editor.ts";
import { SelectField, TextAreaField, TextField } from "../Fields.tsx";
import { CriteriaEditor } from "./CriteriaEditor.tsx";
import { EvidencePicker } from "./EvidencePicker.tsx";
import { NumberField } from "./NumberField.tsx";

type Named = { id: string; name: string };

/** The settings every option is appraised under, and the appraisal's links to the landscape. */
export function DocumentSettings(props: {
  doc: DraftDocument;
  errors: Record<string, string>;
  partnerships: Named[];
  organisations: Named[];
  evidence: EvidenceItem[];
  onChange: (doc: DraftDocument) => void;
}) {
  const { doc, errors } = props;
  const set = (key: keyof DraftDocument, value: unknown) =>
    props.onChange({ ...doc, [key]: value });
  const rate = doc.discount && "rate" in doc.discount ? doc.discount.rate : undefined;
  const bias = doc.optimismBias ?? { costs: 0, benefits: 0 };
  const mc = doc.monteCarlo ?? { iterations: 10000, seed: 1 };
  const preset = OPTIMISM_BIAS_PRESETS.find((p) => p.costs === bias.costs)?.id ?? "";
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">The appraisal</h2>
      <TextField
        id="title"
        label="Title"
        value={doc.title}
        onChange={(v) => set("title", v)}
        error={errors["$.title"]}
        errorPath={"$.title"}
        required
      />
      <TextAreaField
        id="notes"
        label="Notes"
        rows={3}
        value={doc.notes ?? ""}
        onChange={(v) => set("notes", v || undefined)}
      />
      <div className="field-row">
        <TextField
          id="base-date"
          type="date"
          label="Base date (start of year 0)"
          value={doc.baseDate}
          onChange={(v) => set("baseDate", v)}
          error={errors["$.baseDate"]}
          errorPath={"$.baseDate"}
        />
        <NumberField
          id="horizon"
          label="Horizon (years)"
          value={doc.horizonYears}
          step={1}
          min={1}
          onChange={(v) => set("horizonYears", v)}
          error={errors["$.horizonYears"]}
          errorPath={"$.horizonYears"}
        />
        <SelectField
          id="discount"
          label="Discounting"
          value={rate === undefined ? "green-book" : "rate"}
          options={[
            { value: "green-book", label: "Green Book schedule (3.5% to year 30)" },
            { value: "rate", label: "One constant real rate" },
          ]}
          onChange={(v) =>
            set("discount", v === "rate" ? { rate: 0.035 } : { schedule: "green-book" })
          }
        />
        {rate !== undefined && (
          <NumberField
            id="rate"
            label="Rate (0.035 = 3.5%)"
            value={rate}
            step={0.005}
            onChange={(v) => set("discount", { rate: v })}
            error={errors["$.discount.rate"] ?? errors["$.discount"]}
            errorPath={"$.discount.rate"}
          />
        )}
      </div>
      <div className="field-row">
        <SelectField
          id="bias-preset"
          label="Optimism bias on costs (Green Book)"
          value={preset}
          empty="Own figure"
          options={OPTIMISM_BIAS_PRESETS.map((p) => ({
            value: p.id,
            label: `${p.label}: +${Math.round(p.costs * 100)}%`,
          }))}
          onChange={(v) =>
            set("optimismBias", {
              ...bias,
              costs: OPTIMISM_BIAS_PRESETS.find((p) => p.id === v)?.costs ?? bias.costs,
            })
          }
        />
        <NumberField
          id="bias-costs"
          label="Added to costs (0.2 = 20%)"
          value={bias.costs}
          step={0.01}
          min={0}
          onChange={(v) => set("optimismBias", { ...bias, costs: v })}
          error={errors["$.optimismBias.costs"]}
          errorPath={"$.optimismBias.costs"}
        />
        <NumberField
          id="bias-benefits"
          label="Taken off savings (0.1 = 10%)"
          value={bias.benefits}
          step={0.01}
          min={0}
          max={1}
          onChange={(v) => set("optimismBias", { ...bias, benefits: v })}
          error={errors["$.optimismBias.benefits"]}
          errorPath={"$.optimismBias.benefits"}
        />
      </div>
      <p className="explain">
        Optimism bias corrects for business cases' habit of under-estimating costs and
        over-estimating savings: costs are multiplied by (1 + the first share) and savings by (1 −
        the second).
      </p>
      <div className="field-row">
        <NumberField
          id="mc-iterations"
          label="Monte Carlo runs"
          value={mc.iterations}
          step={1000}
          min={1}
          onChange={(v) => set("monteCarlo", { ...mc, iterations: v })}
          error={errors["$.monteCarlo.iterations"]}
          errorPath={"$.monteCarlo.iterations"}
        />
        <NumberField
          id="mc-seed"
          label="Seed (same seed, same numbers)"
          value={mc.seed}
          step={1}
          onChange={(v) => set("monteCarlo", { ...mc, seed: v })}
          error={errors["$.monteCarlo.seed"]}
          errorPath={"$.monteCarlo.seed"}
        />
      </div>
      <CriteriaEditor
        criteria={doc.criteria ?? []}
        errors={errors}
        onChange={(c) => set("criteria", c)}
      />
      <div className="field-row">
        <SelectField
          id="partnership"
          label="Partnership that resulted (if any)"
          value={doc.partnership ?? ""}
          empty="None yet"
          options={props.partnerships.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(v) => set("partnership", v || undefined)}
          error={errors["$.partnership"]}
          errorPath={"$.partnership"}
        />
        <div className="field">
          <label htmlFor="organisations">Organisations involved</label>
          <select
            id="organisations"
            multiple
            size={5}
            value={doc.organisations ?? []}
            onChange={(e) =>
              set(
                "organisations",
                Array.from(e.target.selectedOptions, (o) => o.value),
              )
            }
          >
            {props.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <EvidencePicker
        id="doc-evidence"
        label="Evidence for the appraisal as a whole"
        items={props.evidence}
        value={doc.evidence}
        onChange={(ids) => set("evidence", ids)}
      />
    </section>
  );
}
