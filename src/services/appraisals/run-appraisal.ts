import { type AppraisalResult, appraise, optionModelsOf } from "../../engine/appraisal/appraise.ts";
import { monteCarloModelOf } from "../../engine/appraisal/monte-carlo.ts";
import type { AppraisalDocument } from "../../shared/appraisal.ts";
import { createMonteCarloPool } from "./monte-carlo-pool.ts";

/** How to run an appraisal: Monte Carlo overrides and how many worker threads to use. */
export interface RunAppraisalOptions {
  iterations?: number;
  seed?: number;
  /** 1 runs in this thread; more start a pool. The result is identical either way. */
  workers?: number;
}

/**
 * Appraises a document, running Monte Carlo on a worker pool when asked; the samples of iteration i
 * come from their own stream, so the result does not depend on the number of workers.
 */
export async function runAppraisal(
  doc: AppraisalDocument,
  options: RunAppraisalOptions = {},
): Promise<AppraisalResult> {
  const iterations = options.iterations ?? doc.monteCarlo.iterations;
  const seed = options.seed ?? doc.monteCarlo.seed;
  const workers = options.workers ?? 1;
  if (workers <= 1) return appraise(doc, { iterations, seed });
  const pool = createMonteCarloPool(workers);
  try {
    const models = optionModelsOf(doc).map(monteCarloModelOf);
    const samples = await pool.run(models, seed, iterations);
    const byId = Object.fromEntries(doc.options.map((o, i) => [o.id, samples[i]!]));
    return appraise(doc, { iterations, seed, samples: byId });
  } finally {
    await pool.close();
  }
}
