import { DomainError, describeError } from "../../services/index.ts";
import { presetCalibrate } from "../../services/simulation/calibrate.ts";
import { LIMITS } from "../../shared/limits.ts";
import type { CalibrationLine } from "../../shared/simulation.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { integerOption, numberText, tableOf } from "./sector-input.ts";

/** A calibration report as a table: target, band, observed mean, 90% interval, within or not. */
export function calibrationText(report: readonly CalibrationLine[]): string {
  const rows: (string | number)[][] = [
    ["target", "published", "band", "observed mean", "90% of runs", "within"],
  ];
  for (const l of report)
    rows.push([
      l.id,
      numberText(l.target, 3),
      `${numberText(l.low, 3)}–${numberText(l.high, 3)}`,
      numberText(l.observed, 3),
      `${numberText(l.p5, 3)}–${numberText(l.p95, 3)}`,
      l.within ? "yes" : "NO",
    ]);
  return tableOf(rows);
}

/** `partnerscope calibrate`: fits a preset's free parameters to its targets and writes the preset. */
export const calibrateCommand: CliCommand = {
  name: "calibrate",
  summary:
    "Fit a simulation preset's free parameters to its published targets and write the preset",
  usage: `calibrate --preset NAME [--budget N] [--seed S] [--runs R]
  --preset  england-housing-2002 or ni-procurement-2008
  --budget  objective evaluations (default 150, at most ${LIMITS.calibrationBudget.toLocaleString("en-GB")})
  --seed    seed of the runs and of the search (default 1)
  --runs    seeded runs per evaluation (default 8)`,
  options: {
    preset: { type: "string" },
    budget: { type: "string" },
    seed: { type: "string" },
    runs: { type: "string" },
  },
  async run(args, io) {
    const name = args.values.preset;
    if (typeof name !== "string") throw new UsageError("--preset is required");
    const budget = integerOption(args.values.budget, "budget", 150, 1, LIMITS.calibrationBudget);
    const seed = integerOption(args.values.seed, "seed", 1, 0, 2_147_483_647);
    const runs = integerOption(args.values.runs, "runs", 8, 1, 1000);
    try {
      const fitted = await presetCalibrate(name, { budget, seed, runs });
      const c = fitted.calibration!;
      io.out(
        `${name}: objective ${numberText(c.objective, 4)} after ${budget} evaluations of ${runs} runs (seed ${seed})`,
      );
      io.out(calibrationText(c.report));
      io.err(`wrote the fitted parameters and this report into the preset ${name}`);
      return c.report.every((l) => l.within) ? 0 : 1;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw new UsageError(describeError(error));
    }
  },
};
