import type { JobKind } from "../jobs/kinds.ts";
import { simulationCompareResolve, simulationCompareSteps } from "./simulation-compare.ts";

/**
 * A scenario comparison as a job on the queue: its stored input is the request, checked again
 * when a worker picks it up; runs go one at a time with progress and a cancel check between them.
 */
export const simulationCompareJobKind: JobKind = {
  name: "simulation-compare",
  run: (_ctx, input, progress, signal) =>
    simulationCompareSteps(simulationCompareResolve(input), progress, signal),
};
