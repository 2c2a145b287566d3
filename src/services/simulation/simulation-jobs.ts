import { runSeed } from "../../engine/simulation/random.ts";
import { simulateRun } from "../../engine/simulation/run.ts";
import { summaryOf } from "../../engine/simulation/summary.ts";
import { workspaceSlug } from "../../shared/primitives.ts";
import type { SimulationSummary } from "../../shared/simulation.ts";
import { workspaceBySlug } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid } from "../errors.ts";
import type { ImportResult } from "../exchange.ts";
import { type JobProgress, type JobView, jobEnqueue } from "../jobs.ts";
import type { Actor } from "../people/actor.ts";
import { workspaceClaim } from "../workspaces.ts";
import {
  type ResolvedSimulation,
  type SimulationRequest,
  simulationResolve,
  simulationSaveWorkspace,
} from "./simulate.ts";

/** Thrown inside a job when it was cancelled between runs. */
class Cancelled extends Error {}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs a resolved simulation in this thread one run at a time, reporting progress after each run
 * and stopping between runs once `signal` is aborted; yields to the event loop between runs so the
 * server keeps answering. The summary is the same as `simulationRun` gives for the same seed.
 */
export async function simulationRunSteps(
  resolved: ResolvedSimulation,
  progress: JobProgress,
  signal: AbortSignal,
): Promise<SimulationSummary> {
  const { spec, preset, seed, runs } = resolved;
  const metrics = [];
  for (let i = 0; i < runs; i++) {
    await nextTick();
    if (signal.aborted) throw new Cancelled("The simulation was cancelled");
    metrics.push(simulateRun(spec, runSeed(seed, i)).metrics);
    progress((i + 1) / runs, `${i + 1} of ${runs} runs done`);
  }
  return summaryOf(preset.name, seed, metrics, spec.window, preset.targets);
}

/**
 * Validates the request at once (bad input fails before a job is queued), then queues it as a
 * 'simulation' job (src/services/jobs/simulation-kind.ts runs it on a worker thread).
 */
export async function simulationJobStart(
  ctx: ServiceContext,
  workspace: string,
  request: SimulationRequest,
): Promise<JobView> {
  simulationResolve(request);
  return jobEnqueue(ctx, { kind: "simulation", workspace, input: request });
}

/** Saves run 0 of a request as a new workspace `slug` owned by `actor`; refuses an existing slug. */
export async function simulationSaveAsWorkspace(
  ctx: ServiceContext,
  slug: unknown,
  request: SimulationRequest,
  actor: Actor,
): Promise<ImportResult> {
  const parsed = workspaceSlug.safeParse(slug);
  if (!parsed.success)
    throw invalid("The workspace slug is not valid", [
      { path: "$.slug", message: parsed.error.issues[0]!.message },
    ]);
  const resolved = simulationResolve(request);
  if (await workspaceBySlug(ctx.store.db, parsed.data))
    throw conflict(`A workspace '${parsed.data}' already exists`, [
      { path: "$.slug", message: "choose a slug that is not in use" },
    ]);
  const result = await simulationSaveWorkspace(ctx, parsed.data, resolved);
  await workspaceClaim(ctx, parsed.data, actor);
  return result;
}
