import type {
  Band,
  CalibrationLine,
  CalibrationTarget,
  SimulationSummary,
  SimulationSummaryJson,
  SimulationYear,
} from "../../shared/simulation.ts";
import { quantileOf } from "../stats/quantile.ts";
import type { RunMetrics } from "./metrics.ts";
import { statisticOf } from "./statistics.ts";

/** Mean (summed in run order, so identical whatever ran it), P10 and P90. */
export function bandOf(values: readonly number[]): Band {
  let total = 0;
  for (const v of values) total += v;
  return {
    mean: total / values.length,
    p10: quantileOf(values, 0.1),
    p90: quantileOf(values, 0.9),
  };
}

/** Each target's observed mean over the runs, its 90% interval (P5–P95), and whether the mean is in the band. */
export function calibrationReport(
  runs: readonly RunMetrics[],
  targets: readonly CalibrationTarget[],
): CalibrationLine[] {
  return targets.map((t) => {
    const values = runs.map((m) => statisticOf(m, t.id));
    const observed = bandOf(values).mean;
    return {
      id: t.id,
      target: t.target,
      low: t.low,
      high: t.high,
      observed,
      p5: quantileOf(values, 0.05),
      p95: quantileOf(values, 0.95),
      within: observed >= t.low && observed <= t.high,
    };
  });
}

function yearOf(runs: readonly RunMetrics[], y: number, start: number): SimulationYear {
  const band = (pick: (m: RunMetrics) => number) => bandOf(runs.map(pick));
  const partnershipsByStage: Record<string, ReturnType<typeof bandOf>> = {};
  for (let stage = 0; stage <= 7; stage++)
    partnershipsByStage[String(stage)] = band((m) => m.stages[y * 8 + stage]!);
  return {
    year: start + y,
    organisations: band((m) => m.organisations[y]!),
    meanSize: band((m) => m.meanSize[y]!),
    top20Share: { entity: band((m) => m.top20Entity[y]!), group: band((m) => m.top20Group[y]!) },
    mergers: band((m) => m.mergers[y]!),
    partnershipsByStage,
  };
}

/** The summary `simulate --json` prints, from the runs in run order. */
export function summaryOf(
  preset: string,
  seed: number,
  runs: readonly RunMetrics[],
  window: { from: number; to: number },
  targets: readonly CalibrationTarget[],
): SimulationSummary {
  const first = runs[0]!;
  const years = Array.from({ length: first.mergers.length }, (_, y) =>
    yearOf(runs, y, first.start),
  );
  const share = (k: number, n: number) =>
    bandOf(
      runs.map((m) => (m.constitutional[n]! > 0 ? m.constitutional[k]! / m.constitutional[n]! : 0)),
    ).mean;
  const report = calibrationReport(
    runs,
    targets.filter((t) => fitsRun(first, t.id)),
  );
  return {
    preset,
    seed,
    runs: runs.length,
    years,
    constitutionalChange: {
      from: window.from,
      to: window.to,
      share: share(1, 0),
      shareLarge: share(3, 2),
    },
    calibration: report,
  };
}

/** The summary as `simulate --json` prints it: the fixed contract, without the interval over runs. */
export function summaryJsonOf(summary: SimulationSummary): SimulationSummaryJson {
  return {
    ...summary,
    calibration: summary.calibration.map(({ id, target, low, high, observed, within }) => ({
      id,
      target,
      low,
      high,
      observed,
      within,
    })),
  };
}

/** False when a target names a year this run does not cover (a scenario may be shorter than its preset). */
export function fitsRun(m: RunMetrics, id: string): boolean {
  try {
    statisticOf(m, id);
    return true;
  } catch {
    return false;
  }
}
