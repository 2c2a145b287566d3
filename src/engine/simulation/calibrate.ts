import type {
  CalibrationLine,
  CalibrationTarget,
  SimulationPreset,
} from "../../shared/simulation.ts";
import { seededRandom } from "../graph/index.ts";
import type { RunMetrics } from "./metrics.ts";
import { minimise } from "./optimise.ts";
import type { RunSpec } from "./run.ts";
import { specOfPreset } from "./spec.ts";
import { calibrationReport } from "./summary.ts";

/** Runs a spec `runs` times with seeds derived from (seed, run index); supplied by the caller. */
export type Evaluate = (spec: RunSpec) => RunMetrics[];

/** The method, as written into the preset's calibration record and decision 0011. */
export const CALIBRATION_METHOD =
  "simulated method of moments: minimise Σ ((mean over runs − target) / half the tolerance band)² over the free parameters, with the same seeds at every point (common random numbers); random search on a third of the budget, then Nelder–Mead";

/**
 * The SMM objective: the sum of squared distances of each target's mean over the runs from its
 * published value, in units of half its tolerance band (so ±1 is the band's edge).
 * @example objectiveOf([{ id, target: 10, low: 8, high: 12, observed: 11, … }]) // 0.25
 */
export function objectiveOf(report: readonly CalibrationLine[]): number {
  return report.reduce(
    (s, l) => s + ((l.observed - l.target) / Math.max(1e-12, (l.high - l.low) / 2)) ** 2,
    0,
  );
}

/** The preset with free parameters set from a point of the unit cube. */
export function presetAt(preset: SimulationPreset, x: readonly number[]): SimulationPreset {
  const out: SimulationPreset = structuredClone(preset);
  preset.free.forEach((f, i) => {
    const value = Number((f.low + x[i]! * (f.high - f.low)).toPrecision(4));
    const parts = f.path.split(".");
    if (parts[0] === "base") (out.parameters as Record<string, number>)[parts[1]!] = value;
    else {
      const entry = out.timeline.find((e) => e.policy === parts[1]);
      if (!entry)
        throw new RangeError(`free parameter ${f.path}: policy ${parts[1]} is not on the timeline`);
      (entry.parameters as Record<string, number>)[parts[2]!] = value;
    }
  });
  return out;
}

/** The current value of each free parameter as a point of the unit cube (where calibration starts). */
export function pointOf(preset: SimulationPreset): number[] {
  const spec = specOfPreset(preset);
  return preset.free.map((f) => {
    const parts = f.path.split(".");
    const value =
      parts[0] === "base"
        ? spec.base[parts[1] as keyof typeof spec.base]
        : (
            spec.timeline.find((e) => e.policy === parts[1])?.parameters as
              | Record<string, number>
              | undefined
          )?.[parts[2]!];
    return value === undefined ? 0.5 : Math.min(1, Math.max(0, (value - f.low) / (f.high - f.low)));
  });
}

/** Fits a preset's free parameters to its targets and returns the fitted preset with its report. */
export function calibratePreset(
  preset: SimulationPreset,
  evaluate: Evaluate,
  options: { budget: number; seed: number; runs: number },
): SimulationPreset {
  const reportAt = (p: SimulationPreset) =>
    calibrationReport(evaluate(specOfPreset(p)), p.targets as CalibrationTarget[]);
  const best = minimise(
    (x) => objectiveOf(reportAt(presetAt(preset, x))),
    pointOf(preset),
    options.budget,
    seededRandom(options.seed),
  );
  const fitted = presetAt(preset, best.x);
  const report = reportAt(fitted);
  fitted.calibration = {
    method: CALIBRATION_METHOD,
    seed: options.seed,
    runs: options.runs,
    budget: options.budget,
    objective: Number(objectiveOf(report).toPrecision(6)),
    report,
  };
  return fitted;
}
