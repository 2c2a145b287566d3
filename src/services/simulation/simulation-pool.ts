import { Worker } from "node:worker_threads";
import type { RunMetrics } from "../../engine/simulation/metrics.ts";
import { runSeed } from "../../engine/simulation/random.ts";
import { type RunSpec, simulateRun } from "../../engine/simulation/run.ts";
import { workerBootstrap, workerModuleUrl, workerRequest } from "../worker-bootstrap.ts";
import type { SimulationJob } from "./simulation-worker.ts";

// Built JavaScript loads the worker directly; TypeScript source through tsx (see worker-bootstrap.ts).
const BOOTSTRAP = workerBootstrap(workerModuleUrl("simulation-worker", import.meta.url));

/** Runs of a spec on worker threads (or in this thread when size is 0). */
export interface SimulationPool {
  size: number;
  /** Metrics of runs 0..runs-1 in run order: the same whatever the pool's size. */
  run: (spec: RunSpec, seed: number, runs: number) => Promise<RunMetrics[]>;
  close: () => Promise<void>;
}

/**
 * Contiguous chunks of run indexes, one per worker: [0, a), [a, b), …; each run's seed depends on
 * its index only, and chunks are joined in order, so the results do not depend on the split.
 * @example runChunks(10, 3) // [[0, 4], [4, 7], [7, 10]]
 */
export function runChunks(runs: number, parts: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let k = 0; k < parts; k++) {
    const to = from + Math.floor(runs / parts) + (k < runs % parts ? 1 : 0);
    if (to > from) out.push([from, to]);
    from = to;
  }
  return out;
}

/** Starts `size` workers (0: run in this thread, for small jobs and tests). */
export function createSimulationPool(size = 2): SimulationPool {
  const workers = Array.from({ length: size }, () => new Worker(BOOTSTRAP, { eval: true }));
  return {
    size,
    async run(spec, seed, runs) {
      if (size === 0)
        return Array.from({ length: runs }, (_, i) => simulateRun(spec, runSeed(seed, i)).metrics);
      const chunks = runChunks(runs, size);
      const parts = await Promise.all(
        chunks.map(([from, to], k) =>
          workerRequest<RunMetrics[], SimulationJob>(workers[k]!, { spec, seed, from, to }),
        ),
      );
      return parts.flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
