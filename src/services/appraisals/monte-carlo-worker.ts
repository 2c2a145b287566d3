/**
 * Worker thread for the Monte Carlo pool: runs the engine's `monteCarloSamples` on one chunk of
 * iterations for every option and sends the samples back (transferred, not copied).
 */
import { parentPort } from "node:worker_threads";
import { type MonteCarloModel, monteCarloSamples } from "../../engine/appraisal/monte-carlo.ts";

/** One job for a worker: the compiled options, the seed and the iterations [from, to). */
export interface MonteCarloJob {
  models: MonteCarloModel[];
  seed: number;
  from: number;
  to: number;
}

parentPort?.on("message", (job: MonteCarloJob) => {
  const samples = job.models.map((mc) => monteCarloSamples(mc, job.seed, job.from, job.to));
  parentPort!.postMessage(
    samples,
    samples.map((s) => s.buffer as ArrayBuffer),
  );
});
