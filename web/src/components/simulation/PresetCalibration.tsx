import type { SimulationPresetView } from "../../../../src/shared/simulation-presets.ts";
import { CalibrationTable } from "./CalibrationTable.tsx";

/**
 * The preset's stored calibration (the last `partnerscope calibrate`): how it was fitted and its
 * report over the calibration's runs, shown before anything is run.
 */
export function PresetCalibration({ preset }: { preset: SimulationPresetView | undefined }) {
  if (!preset) return null;
  const c = preset.calibration;
  return (
    <details className="sim-preset-calibration" data-preset-calibration={preset.name}>
      <summary>How {preset.name} was calibrated</summary>
      <p>{preset.description}</p>
      {c ? (
        <>
          <p>
            Fitted by {c.method}. Seed {c.seed}, {c.runs} runs per point, {c.budget} points tried;
            objective {c.objective.toLocaleString("en-GB", { maximumFractionDigits: 3 })} (0 would
            hit every target exactly; each target adds 1 at the edge of its tolerance).
          </p>
          <CalibrationTable calibration={c.report} runs={c.runs} />
        </>
      ) : (
        <p>This preset has not been calibrated yet.</p>
      )}
    </details>
  );
}
