import { simulationCompareJobKind } from "../simulation/simulation-compare-kind.ts";
import { appraisalMonteCarloKind } from "./appraisal-kind.ts";
import { importJobKind } from "./import-kind.ts";
import type { JobKind } from "./kinds.ts";
import { simulationJobKind } from "./simulation-kind.ts";
import { supplyChainMonteCarloKind } from "./supply-chain-kind.ts";

/** Every kind of job the product runs; test-only kinds are never listed here. */
export const PRODUCTION_JOB_KINDS: readonly JobKind[] = [
  simulationJobKind,
  supplyChainMonteCarloKind,
  simulationCompareJobKind,
  appraisalMonteCarloKind,
  importJobKind,
];
