import type { ServiceContext } from "../context.ts";
import { type JobView, jobEnqueue } from "../jobs.ts";
import { simulationCompareResolve } from "./simulation-compare.ts";

/**
 * Checks a comparison at once (bad input fails before anything is queued), then queues it as a
 * 'simulation-compare' job (simulation-compare-kind.ts runs it).
 */
export async function simulationCompareJobStart(
  ctx: ServiceContext,
  workspace: string,
  input: unknown,
): Promise<JobView> {
  simulationCompareResolve(input);
  return jobEnqueue(ctx, { kind: "simulation-compare", workspace, input });
}
