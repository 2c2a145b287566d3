import { useMemo, useState } from "react";
import { csvTextOf } from "../../../../src/shared/csv-text.ts";
import { STAGE_LABELS } from "../../../../src/shared/labels.ts";
import {
  COMPARISON_CSV_HEADER,
  comparisonRowsOf,
  type SimulationComparison,
} from "../../../../src/shared/simulation-compare.ts";
import { SCENARIO_COLOURS, SmallMultiples } from "./SmallMultiples.tsx";

const whole = (v: number) => Math.round(v).toLocaleString("en-GB");
const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
const oneDecimal = (v: number) => v.toLocaleString("en-GB", { maximumFractionDigits: 1 });
const STAGES = [0, 1, 2, 3, 4, 5, 6, 7] as const;

/** A comparison's result: a legend, small multiples per statistic, tables and CSV/JSON exports. */
export function ComparisonView({ comparison }: { comparison: SimulationComparison }) {
  const [stage, setStage] = useState<(typeof STAGES)[number]>(2);
  const exports = useMemo(
    () => ({
      csv: `data:text/csv;charset=utf-8,${encodeURIComponent(csvTextOf(COMPARISON_CSV_HEADER, comparisonRowsOf(comparison)))}`,
      json: `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(comparison, null, 2))}`,
    }),
    [comparison],
  );
  const { scenarios } = comparison;
  return (
    <div data-result="comparison">
      <p>
        {scenarios.length} scenarios, {comparison.runs} runs each, seed {comparison.seed}. Each
        chart shows the mean over runs as a line and the band from the 10th to the 90th percentile
        of runs shaded; charts of one statistic share their axes.
      </p>
      <ul className="sim-legend" aria-label="Legend" style={{ listStyle: "none", padding: 0 }}>
        {scenarios.map((s, k) => (
          <li key={s.label} data-legend={s.label}>
            <svg width="28" height="12" aria-hidden="true">
              <rect width="28" height="12" fill={SCENARIO_COLOURS[k]} fillOpacity="0.2" />
              <line x1="0" x2="28" y1="6" y2="6" stroke={SCENARIO_COLOURS[k]} strokeWidth="2" />
            </svg>{" "}
            {s.label}: line = mean, shaded = P10–P90
          </li>
        ))}
      </ul>
      <p>
        Export:{" "}
        <a href={exports.csv} download="scenario-comparison.csv">
          comparison (CSV)
        </a>{" "}
        ·{" "}
        <a href={exports.json} download="scenario-comparison.json">
          comparison (JSON)
        </a>
      </p>
      <SmallMultiples
        title="Organisations"
        scenarios={scenarios}
        pick={(y) => y.organisations}
        format={whole}
      />
      <SmallMultiples
        title="Top-20 share of homes"
        scenarios={scenarios}
        pick={(y) => y.top20Share}
        format={percent}
      />
      <SmallMultiples
        title="Mergers in the year"
        scenarios={scenarios}
        pick={(y) => y.mergers}
        format={oneDecimal}
      />
      <label>
        Partnerships at stage{" "}
        <select
          value={stage}
          onChange={(e) => setStage(Number(e.target.value) as (typeof STAGES)[number])}
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {s}: {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <SmallMultiples
        title={
          stage === 0
            ? "Stand-alone organisations"
            : stage === 7
              ? "Mergers so far"
              : `Partnerships at stage ${stage} (${STAGE_LABELS[stage]})`
        }
        scenarios={scenarios}
        pick={(y) => y.partnershipsByStage[String(stage)]!}
        format={oneDecimal}
      />
    </div>
  );
}
