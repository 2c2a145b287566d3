import { KIND_LABELS, NATION_LABELS } from "../../../../src/shared/index.ts";
import { METRIC_LABELS } from "../../lib/landscape-format.ts";
import { optionsOf } from "../../lib/options.ts";
import { SelectField, TextField } from "../Fields.tsx";

/** The settings every sector number depends on: date, metric, k of CR_k, level and the set (nation, kind). */
export interface SectorSettings {
  asOf: string;
  metric: string;
  top: string;
  level: string;
  /** A nation id, or "all". */
  nation: string;
  /** An organisation kind id, or "all". */
  kind: string;
}

const NATIONS = { all: "All nations", ...NATION_LABELS };
const KINDS = { all: "All kinds", ...KIND_LABELS };

const LEVELS = {
  entity: "Each legal entity",
  group: "Each group",
};

/** Inputs for the sector settings, each with what it changes. */
export function SectorControls(props: {
  settings: SectorSettings;
  onChange: (key: keyof SectorSettings, value: string) => void;
}) {
  const { settings: s, onChange } = props;
  return (
    <div className="network-filters sector-controls">
      <TextField
        id="sector-as-of"
        label="As of"
        type="date"
        value={s.asOf}
        onChange={(v) => onChange("asOf", v)}
      />
      <SelectField
        id="sector-metric"
        label="Size by"
        value={s.metric}
        onChange={(v) => onChange("metric", v)}
        options={optionsOf(METRIC_LABELS)}
      />
      <TextField
        id="sector-top"
        label="Top k (CR_k)"
        type="number"
        value={s.top}
        onChange={(v) => onChange("top", v)}
        hint="20 is the Housing Corporation's top-20 share."
      />
      <SelectField
        id="sector-level"
        label="Count"
        value={s.level}
        onChange={(v) => onChange("level", v)}
        options={optionsOf(LEVELS)}
        hint="Group level adds subsidiaries into their parent."
      />
      <SelectField
        id="sector-nation"
        label="Nation"
        value={s.nation}
        onChange={(v) => onChange("nation", v)}
        options={optionsOf(NATIONS)}
        hint="Concentration is measured within one set: the paper's figures are for England."
      />
      <SelectField
        id="sector-kind"
        label="Kind"
        value={s.kind}
        onChange={(v) => onChange("kind", v)}
        options={optionsOf(KINDS)}
      />
    </div>
  );
}
