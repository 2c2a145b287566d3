import type { JobView } from "../../shared/jobs.ts";
import { LIMITS } from "../../shared/limits.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import type { AppraisalMonteCarloInput } from "../jobs/appraisal-kind.ts";
import { jobEnqueue } from "../jobs.ts";
import { workspaceRequire } from "../workspaces.ts";
import { appraisalDocumentOf, appraisalRequire } from "./appraisal-checks.ts";

/** What a Monte Carlo job takes: the version (default the latest), iterations and seed. */
export interface AppraisalMonteCarloRequest {
  version?: number | undefined;
  iterations: number;
  seed: number;
}

/**
 * Queues a Monte Carlo of one version of a stored appraisal (a copy of that version) as a job, for
 * runs larger than the results route takes in one request; poll it with `jobGet`.
 */
export async function appraisalMonteCarloStart(
  ctx: ServiceContext,
  slug: string,
  id: string,
  request: AppraisalMonteCarloRequest,
): Promise<JobView> {
  const { iterations, seed } = request;
  const max = LIMITS.appraisalJobIterations;
  if (!Number.isInteger(iterations) || iterations < 100 || iterations > max)
    throw invalid("The number of iterations is not valid", [
      { path: "$.iterations", message: `must be a whole number from 100 to ${max}` },
    ]);
  const ws = await workspaceRequire(ctx, slug);
  const record = await appraisalRequire(ctx.store.db, ws.id, slug, id);
  const version = request.version ?? record.latestVersion;
  const document = await appraisalDocumentOf(ctx.store.db, ws.id, id, version);
  const input: AppraisalMonteCarloInput = { document, version, iterations, seed };
  return jobEnqueue(ctx, { kind: "appraisal-monte-carlo", workspace: slug, input });
}
