import { Worker } from "node:worker_threads";
import type { RunMetrics } from "../../engine/simulation/metrics.ts";
import { summaryOf } from "../../engine/simulation/summary.ts";
import type { SimulationRequest } from "../simulation/simulate.ts";
import { simulationResolve } from "../simulation/simulate.ts";
import type { SimulationJob } from "../simulation/simulation-worker.ts";
import { workerBootstrap, workerModuleUrl, workerRequest } from "../worker-bootstrap.ts";
import { abortCheck, type JobKind } from "./kinds.ts";

// Built JavaScript loads the worker directly; TypeScript source through tsx (see worker-bootstrap.ts).
const BOOTSTRAP = workerBootstrap(
  workerModuleUrl("../simulation/simulation-worker", import.meta.url),
);

/** About twenty progress steps per job, whatever its number of runs. */
const STEPS = 20;

/**
 * A sector simulation (a preset or scenario, decision 0011) as a job: its runs go to a worker
 * thread in chunks of about a twentieth, with progress and a cancel check between chunks; each
 * run's seed depends on its index only, so the summary equals `simulationRun`'s for the same seed.
 */
export const simulationJobKind: JobKind = {
  name: "simulation",
  async run(_ctx, input, progress, signal) {
    const { spec, preset, seed, runs } = simulationResolve(input as SimulationRequest);
    const worker = new Worker(BOOTSTRAP, { eval: true });
    try {
      const chunk = Math.max(1, Math.ceil(runs / STEPS));
      const metrics: RunMetrics[] = [];
      progress(0, `0 of ${runs} runs done`, { done: 0, total: runs });
      for (let from = 0; from < runs; from += chunk) {
        abortCheck(signal);
        const to = Math.min(runs, from + chunk);
        metrics.push(
          ...(await workerRequest<RunMetrics[], SimulationJob>(worker, { spec, seed, from, to })),
        );
        progress(to / runs, `${to} of ${runs} runs done`, { done: to, total: runs });
      }
      return summaryOf(preset.name, seed, metrics, spec.window, preset.targets);
    } finally {
      await worker.terminate();
    }
  },
};
