import { type ComparisonEntry, comparedScenarioOf } from "../../engine/simulation/compare.ts";
import type { RunMetrics } from "../../engine/simulation/metrics.ts";
import { runSeed } from "../../engine/simulation/random.ts";
import { simulateRun } from "../../engine/simulation/run.ts";
import { problemsOf } from "../../shared/problems.ts";
import {
  type SimulationComparison,
  simulationCompareRequestSchema,
} from "../../shared/simulation-compare.ts";
import { DomainError, invalid } from "../errors.ts";
import { abortCheck, type JobProgress } from "../jobs/kinds.ts";
import { scenarioParse, simulationResolve } from "./simulate.ts";

/** Scenarios checked and resolved for a comparison, with the shared seed and runs. */
export interface ResolvedComparison {
  entries: ComparisonEntry[];
  seed: number;
  runs: number;
}

/** The problem paths of one scenario's errors, moved under `$.scenarios[i].scenario`. */
function under(i: number, error: unknown): never {
  if (!(error instanceof DomainError)) throw error;
  throw invalid(
    `Scenario ${i + 1}: ${error.message}`,
    error.problems.map((p) => ({
      ...p,
      path: p.path.startsWith("$")
        ? `$.scenarios[${i}].scenario${p.path.slice(1)}`
        : `$.scenarios[${i}].scenario (${p.path})`,
    })),
  );
}

/**
 * Checks a comparison request (1–4 labelled scenarios, each a full scenario document) and resolves
 * every scenario with the request's seed and runs (default 1 and 20), so all run on the same draws.
 */
export function simulationCompareResolve(input: unknown): ResolvedComparison {
  const parsed = simulationCompareRequestSchema.safeParse(input);
  if (!parsed.success)
    throw invalid("The comparison is not valid", problemsOf(parsed.error, input));
  const { scenarios, seed = 1, runs = 20 } = parsed.data;
  const entries = scenarios.map(({ label, scenario }, i) => {
    try {
      const resolved = simulationResolve({ scenario, runs, seed });
      const parsedScenario = scenarioParse(scenario);
      return {
        label,
        preset: resolved.preset.name,
        changes: parsedScenario.changes,
        spec: resolved.spec,
      };
    } catch (error) {
      under(i, error);
    }
  });
  return { entries, seed, runs };
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

// No import of ../jobs.ts here: the queue's list of job kinds imports this file (through
// simulation-compare-kind.ts), and jobs.ts imports the queue.
/**
 * Runs each scenario of a comparison one run at a time (run i of every scenario on the same seed),
 * reporting progress after each run and stopping between runs once `signal` is aborted.
 */
export async function simulationCompareSteps(
  resolved: ResolvedComparison,
  progress: JobProgress,
  signal: AbortSignal,
): Promise<SimulationComparison> {
  const { entries, seed, runs } = resolved;
  const total = entries.length * runs;
  const scenarios = [];
  for (const [k, entry] of entries.entries()) {
    const metrics: RunMetrics[] = [];
    for (let i = 0; i < runs; i++) {
      await nextTick();
      abortCheck(signal);
      metrics.push(simulateRun(entry.spec, runSeed(seed, i)).metrics);
      const done = k * runs + i + 1;
      progress(done / total, `${done} of ${total} runs done (scenario ${k + 1}: ${entry.label})`, {
        done,
        total,
      });
    }
    scenarios.push(comparedScenarioOf(entry, metrics));
  }
  return { seed, runs, scenarios };
}
