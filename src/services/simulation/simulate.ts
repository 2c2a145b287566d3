import { runSeed } from "../../engine/simulation/random.ts";
import { type RunSpec, simulateRun } from "../../engine/simulation/run.ts";
import {
  presetNamed,
  SpecError,
  specOfPreset,
  specOfScenario,
} from "../../engine/simulation/spec.ts";
import { summaryOf } from "../../engine/simulation/summary.ts";
import { runToExchange } from "../../engine/simulation/to-exchange.ts";
import { LIMITS } from "../../shared/limits.ts";
import { problemsOf } from "../../shared/problems.ts";
import {
  type Scenario,
  type SimulationPreset,
  type SimulationSummary,
  scenarioSchema,
} from "../../shared/simulation.ts";
import { workspaceBySlug } from "../../store/index.ts";
import { workspaceSimulatedSet } from "../../store/repositories/workspace-simulated.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { exchangeImport, type ImportResult } from "../exchange.ts";
import { createSimulationPool } from "./simulation-pool.ts";

/** What to simulate: a preset by name, or a scenario document; runs, seed and workers. */
export interface SimulationRequest {
  preset?: string;
  scenario?: unknown;
  runs?: number;
  seed?: number;
  workers?: number;
}

/** A resolved request: the preset, the run spec, and the runs and seed to use. */
export interface ResolvedSimulation {
  preset: SimulationPreset;
  spec: RunSpec;
  runs: number;
  seed: number;
}

function rethrow(error: unknown): never {
  if (error instanceof SpecError) throw invalid(error.message, error.problems);
  throw error;
}

/** Validates a scenario document, naming the JSON path of each problem. */
export function scenarioParse(input: unknown): Scenario {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) throw invalid("The scenario is not valid", problemsOf(parsed.error, input));
  return parsed.data;
}

/** Resolves the preset or scenario and checks runs and agents against the limits. */
export function simulationResolve(request: SimulationRequest): ResolvedSimulation {
  try {
    const scenario = request.scenario === undefined ? undefined : scenarioParse(request.scenario);
    const { preset, spec } = scenario
      ? specOfScenario(scenario)
      : (() => {
          const preset = presetNamed(request.preset ?? "", "--preset");
          return { preset, spec: specOfPreset(preset) };
        })();
    const runs = request.runs ?? scenario?.runs ?? 100;
    const seed = request.seed ?? scenario?.seed ?? 1;
    if (!Number.isInteger(runs) || runs < 1 || runs > LIMITS.simulationRuns)
      throw invalid("The number of runs is not valid", [
        { path: "$.runs", message: `must be a whole number from 1 to ${LIMITS.simulationRuns}` },
      ]);
    if (spec.initial.organisations > LIMITS.simulationAgents)
      throw invalid("The sector is too large", [
        { path: "$.initial.organisations", message: `must be at most ${LIMITS.simulationAgents}` },
      ]);
    return { preset, spec, runs, seed };
  } catch (error) {
    rethrow(error);
  }
}

/** Runs a resolved simulation on `workers` threads (0: this thread) and summarises it. */
export async function simulationRun(
  resolved: ResolvedSimulation,
  workers = 2,
): Promise<SimulationSummary> {
  const pool = createSimulationPool(Math.min(workers, resolved.runs));
  try {
    const metrics = await pool.run(resolved.spec, resolved.seed, resolved.runs);
    const { spec, preset } = resolved;
    return summaryOf(preset.name, resolved.seed, metrics, spec.window, preset.targets);
  } finally {
    await pool.close();
  }
}

/**
 * Saves run 0 as a workspace through the exchange import and marks the workspace simulated, so
 * every view of it says so (its name and every record's note say it too).
 */
export async function simulationSaveWorkspace(
  ctx: ServiceContext,
  slug: string,
  resolved: ResolvedSimulation,
): Promise<ImportResult> {
  const state = simulateRun(resolved.spec, runSeed(resolved.seed, 0), true).state!;
  const doc = runToExchange(state, resolved.preset, resolved.seed);
  const result = await exchangeImport(ctx, slug, doc, { replace: true });
  const ws = await workspaceBySlug(ctx.store.db, slug);
  if (ws) await workspaceSimulatedSet(ctx.store.db, ws.id, true);
  return result;
}
