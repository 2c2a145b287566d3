import type { ScenarioChange } from "../../shared/simulation.ts";
import type {
  ComparedScenario,
  ComparisonYear,
  SimulationComparison,
} from "../../shared/simulation-compare.ts";
import type { RunMetrics } from "./metrics.ts";
import { runSeed } from "./random.ts";
import { type RunSpec, simulateRun } from "./run.ts";
import { bandOf } from "./summary.ts";

/** A scenario ready to compare: its label, preset name, changes and resolved run spec. */
export interface ComparisonEntry {
  label: string;
  preset: string;
  changes: ScenarioChange[];
  spec: RunSpec;
}

/** The yearly bands (mean, P10, P90 over runs) of the statistics a comparison shows. */
export function comparisonYearsOf(runs: readonly RunMetrics[]): ComparisonYear[] {
  const first = runs[0]!;
  return Array.from({ length: first.mergers.length }, (_, y) => {
    const band = (pick: (m: RunMetrics) => number) => bandOf(runs.map(pick));
    const partnershipsByStage: Record<string, ComparisonYear["organisations"]> = {};
    for (let stage = 0; stage <= 7; stage++)
      partnershipsByStage[String(stage)] = band((m) => m.stages[y * 8 + stage]!);
    return {
      year: first.start + y,
      organisations: band((m) => m.organisations[y]!),
      top20Share: band((m) => m.top20Entity[y]!),
      mergers: band((m) => m.mergers[y]!),
      partnershipsByStage,
    };
  });
}

/** One compared scenario from its runs' metrics (in run order). */
export function comparedScenarioOf(
  entry: ComparisonEntry,
  runs: readonly RunMetrics[],
): ComparedScenario {
  return {
    label: entry.label,
    preset: entry.preset,
    changes: entry.changes,
    years: comparisonYearsOf(runs),
  };
}

/**
 * Runs every scenario `runs` times with the same seeds (run i of each uses runSeed(seed, i): common
 * random numbers, so differences between scenarios come from their policies, not from the draws)
 * and returns their yearly bands side by side. Pure: same inputs, same output.
 */
export function compareScenarios(
  entries: readonly ComparisonEntry[],
  seed: number,
  runs: number,
): SimulationComparison {
  return {
    seed,
    runs,
    scenarios: entries.map((entry) =>
      comparedScenarioOf(
        entry,
        Array.from({ length: runs }, (_, i) => simulateRun(entry.spec, runSeed(seed, i)).metrics),
      ),
    ),
  };
}
