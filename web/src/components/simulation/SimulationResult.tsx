import type { SimulationSummary } from "../../../../src/shared/simulation.ts";
import { BandChart } from "./BandChart.tsx";
import { CalibrationTable } from "./CalibrationTable.tsx";

/** A finished simulation: organisations and top-20 share by year with P10–P90 bands, and the calibration report over its runs. */
export function SimulationResult({ result }: { result: SimulationSummary }) {
  const percent = (v: number) => `${(v * 100).toFixed(0)}%`;
  const whole = (v: number) => Math.round(v).toLocaleString("en-GB");
  return (
    <div data-result="simulation">
      <p>
        {result.runs} runs of {result.preset}, seed {result.seed}.
      </p>
      <BandChart
        title="Organisations"
        points={result.years.map((y) => ({ year: y.year, band: y.organisations }))}
        format={whole}
      />
      <BandChart
        title="Top-20 share (per entity)"
        points={result.years.map((y) => ({ year: y.year, band: y.top20Share.entity }))}
        format={percent}
      />
      <CalibrationTable calibration={result.calibration} runs={result.runs} />
    </div>
  );
}
