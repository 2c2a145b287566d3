import { Worker } from "node:worker_threads";
import {
  concatSamples,
  iterationChunks,
  type MonteCarloModel,
} from "../../engine/appraisal/monte-carlo.ts";
import { workerBootstrap, workerModuleUrl, workerRequest } from "../worker-bootstrap.ts";
import type { MonteCarloJob } from "./monte-carlo-worker.ts";

// Built JavaScript loads the worker directly; TypeScript source through tsx (see worker-bootstrap.ts).
const BOOTSTRAP = workerBootstrap(workerModuleUrl("monte-carlo-worker", import.meta.url));

/** A small pool of Monte Carlo worker threads, reused across runs. */
export interface MonteCarloPool {
  size: number;
  /** NPV samples per option for iterations [0, n): identical to a single-threaded run. */
  run: (
    models: readonly MonteCarloModel[],
    seed: number,
    iterations: number,
  ) => Promise<Float64Array[]>;
  close: () => Promise<void>;
}

/**
 * Starts `size` workers; each runs the engine on a contiguous chunk of iterations, and the chunks
 * are joined in order, so the samples do not depend on the pool's size.
 */
export function createMonteCarloPool(size = 2): MonteCarloPool {
  const workers = Array.from({ length: size }, () => new Worker(BOOTSTRAP, { eval: true }));
  return {
    size,
    async run(models, seed, iterations) {
      const chunks = iterationChunks(iterations, size);
      const parts = await Promise.all(
        chunks.map(([from, to], k) =>
          workerRequest<Float64Array[], MonteCarloJob>(workers[k]!, {
            models: [...models],
            seed,
            from,
            to,
          }),
        ),
      );
      return models.map((_, m) => concatSamples(parts.map((part) => part[m]!)));
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
