import type { PbrModel } from "../../shared/pbr.ts";
import { runInWorker, withNames } from "../supply-chains/supply-chain-monte-carlo.ts";
import type { JobKind } from "./kinds.ts";

/** The stored input of a supply-chain Monte Carlo: a copy of the model as it was when queued. */
interface SupplyChainMcInput {
  model: PbrModel;
  runs: number;
  seed: number;
}

/** A supply chain's Monte Carlo as a job: the engine on a worker thread, stopped on cancel. */
export const supplyChainMonteCarloKind: JobKind = {
  name: "supply-chain-monte-carlo",
  async run(_ctx, input, progress, signal) {
    const { model, runs, seed } = input as SupplyChainMcInput;
    progress(0, `0 of ${runs.toLocaleString("en-GB")} runs`, { done: 0, total: runs });
    return withNames(model, await runInWorker({ model, runs, seed }, progress, signal));
  },
};
