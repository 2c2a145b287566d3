/**
 * Worker thread for the simulation pool: runs the engine for run indexes [from, to) of a spec with
 * each run's seed derived from (seed, index), and sends the metrics back in run order.
 */
import { parentPort } from "node:worker_threads";
import { runSeed } from "../../engine/simulation/random.ts";
import { type RunSpec, simulateRun } from "../../engine/simulation/run.ts";

/** One job for a worker: a spec, the batch seed and the run indexes [from, to). */
export interface SimulationJob {
  spec: RunSpec;
  seed: number;
  from: number;
  to: number;
}

parentPort?.on("message", (job: SimulationJob) => {
  const metrics = [];
  for (let i = job.from; i < job.to; i++)
    metrics.push(simulateRun(job.spec, runSeed(job.seed, i)).metrics);
  parentPort!.postMessage(metrics);
});
