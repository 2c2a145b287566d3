/**
 * Worker thread for a supply chain's Monte Carlo: runs the engine in one go (its random stream is one
 * sequence, so the result does not depend on how progress is reported) and posts progress as it goes.
 */
import { parentPort, workerData } from "node:worker_threads";
import { monteCarloPbr } from "../../engine/pbr/monte-carlo.ts";
import { preparePbr } from "../../engine/pbr/prepare.ts";
import type { PbrModel } from "../../shared/pbr.ts";

/** What the worker is given: a validated model, the number of runs and the seed. */
export interface SupplyChainMcTask {
  model: PbrModel;
  runs: number;
  seed: number;
}

/** Messages from the worker: progress, then the result. */
export type SupplyChainMcMessage =
  | { type: "progress"; done: number; runs: number }
  | { type: "result"; result: ReturnType<typeof monteCarloPbr> };

const task = workerData as SupplyChainMcTask;
const post = (message: SupplyChainMcMessage) => parentPort!.postMessage(message);
const result = monteCarloPbr(preparePbr(task.model), {
  runs: task.runs,
  seed: task.seed,
  onProgress: (done, runs) => post({ type: "progress", done, runs }),
});
post({ type: "result", result });
