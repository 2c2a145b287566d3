import { Worker } from "node:worker_threads";
import type { PbrMonteCarloResult } from "../../engine/pbr/monte-carlo.ts";
import type { JobView } from "../../shared/jobs.ts";
import { LIMITS } from "../../shared/limits.ts";
import type { PbrModel } from "../../shared/pbr.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import type { JobProgress } from "../jobs/kinds.ts";
import { jobEnqueue } from "../jobs.ts";
import { workerBootstrap, workerModuleUrl } from "../worker-bootstrap.ts";
import { workspaceRequire } from "../workspaces.ts";
import { supplyChainRequire } from "./supply-chain-checks.ts";
import type { SupplyChainMcMessage, SupplyChainMcTask } from "./supply-chain-mc-worker.ts";

// Built JavaScript loads the worker directly; TypeScript source through tsx (see worker-bootstrap.ts).
const BOOTSTRAP = workerBootstrap(workerModuleUrl("supply-chain-mc-worker", import.meta.url));

/** Most runs one request may ask for (10,000 take about 20 s on one core). */
export const MONTE_CARLO_MAX_RUNS = LIMITS.pbrMonteCarloRuns;

/** The Monte Carlo spread of each provider's NPV and peak funding, with names and assumptions. */
export interface SupplyChainMonteCarlo extends PbrMonteCarloResult {
  providers: (PbrMonteCarloResult["providers"][number] & { name: string; tier: string })[];
  assumptions: string[];
}

/** Runs the engine in a worker thread (the job's process keeps answering); stops it on abort. */
export function runInWorker(
  task: SupplyChainMcTask,
  progress: JobProgress,
  signal?: AbortSignal,
): Promise<PbrMonteCarloResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: task });
    signal?.addEventListener("abort", () => {
      reject(new Error("The Monte Carlo was cancelled"));
      void worker.terminate();
    });
    worker.on("message", (message: SupplyChainMcMessage) => {
      if (message.type === "progress")
        progress(
          message.done / message.runs,
          `${message.done.toLocaleString("en-GB")} of ${message.runs.toLocaleString("en-GB")} runs`,
          { done: message.done, total: message.runs },
        );
      else {
        resolve(message.result);
        void worker.terminate();
      }
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the Monte Carlo worker stopped (exit code ${code})`));
    });
  });
}

/** The result with each provider's name and tier, and the assumptions behind the numbers. */
export function withNames(model: PbrModel, result: PbrMonteCarloResult): SupplyChainMonteCarlo {
  return {
    ...result,
    providers: result.providers.map((p, i) => ({
      ...p,
      name: model.providers[i]!.name,
      tier: model.providers[i]!.tier,
    })),
    assumptions: [
      `${result.runs.toLocaleString("en-GB")} runs with seed ${result.seed}: the same seed and model give the same numbers.`,
      "Each run draws every participant's job start week and weeks in work at random from the model's laws; referrals are whole people.",
      "p10, p50 and p90 are the 10th, 50th and 90th percentiles over the runs (Green Book summary); NPV is discounted, peak funding undiscounted.",
    ],
  };
}

/** Queues a Monte Carlo of a stored supply chain (a copy of its model) as a job; poll it with `jobGet`. */
export async function supplyChainMonteCarloStart(
  ctx: ServiceContext,
  slug: string,
  id: string,
  options: { runs: number; seed: number },
): Promise<JobView> {
  if (!Number.isInteger(options.runs) || options.runs < 1 || options.runs > MONTE_CARLO_MAX_RUNS)
    throw invalid("The number of runs is not valid", [
      { path: "$.runs", message: `must be a whole number from 1 to ${MONTE_CARLO_MAX_RUNS}` },
    ]);
  const ws = await workspaceRequire(ctx, slug);
  const model = (await supplyChainRequire(ctx.store.db, ws.id, slug, id)).document;
  return jobEnqueue(ctx, {
    kind: "supply-chain-monte-carlo",
    workspace: slug,
    input: { model, ...options },
  });
}
