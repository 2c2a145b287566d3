import { Worker } from "node:worker_threads";
import { appraise, optionModelsOf } from "../../engine/appraisal/appraise.ts";
import { concatSamples, monteCarloModelOf } from "../../engine/appraisal/monte-carlo.ts";
import type { AppraisalDocument } from "../../shared/appraisal.ts";
import type { MonteCarloJob } from "../appraisals/monte-carlo-worker.ts";
import { workerBootstrap, workerModuleUrl, workerRequest } from "../worker-bootstrap.ts";
import { abortCheck, type JobKind } from "./kinds.ts";

// Built JavaScript loads the worker directly; TypeScript source through tsx (see worker-bootstrap.ts).
const BOOTSTRAP = workerBootstrap(
  workerModuleUrl("../appraisals/monte-carlo-worker", import.meta.url),
);

/** About twenty progress steps (and cancel checks) per job, whatever its number of iterations. */
const STEPS = 20;

/** The stored input: a copy of the appraisal's version as it was when queued. */
export interface AppraisalMonteCarloInput {
  document: AppraisalDocument;
  version: number;
  iterations: number;
  seed: number;
}

/**
 * An appraisal's Monte Carlo as a job: iterations go to a worker thread in chunks of about a
 * twentieth, with progress and a cancel check between chunks. Iteration i draws from its own
 * stream, so the result equals the results route's for the same version, iterations and seed.
 */
export const appraisalMonteCarloKind: JobKind = {
  name: "appraisal-monte-carlo",
  async run(_ctx, input, progress, signal) {
    const { document, version, iterations, seed } = input as AppraisalMonteCarloInput;
    const models = optionModelsOf(document).map(monteCarloModelOf);
    const worker = new Worker(BOOTSTRAP, { eval: true });
    try {
      const chunk = Math.max(1, Math.ceil(iterations / STEPS));
      const parts: Float64Array[][] = [];
      const say = (done: number) =>
        progress(
          done / iterations,
          `${done.toLocaleString("en-GB")} of ${iterations.toLocaleString("en-GB")} iterations`,
          { done, total: iterations },
        );
      say(0);
      for (let from = 0; from < iterations; from += chunk) {
        abortCheck(signal);
        const to = Math.min(iterations, from + chunk);
        parts.push(
          await workerRequest<Float64Array[], MonteCarloJob>(worker, { models, seed, from, to }),
        );
        say(to);
      }
      const samples = Object.fromEntries(
        document.options.map((o, m) => [o.id, concatSamples(parts.map((part) => part[m]!))]),
      );
      return { version, result: appraise(document, { iterations, seed, samples }) };
    } finally {
      await worker.terminate();
    }
  },
};
