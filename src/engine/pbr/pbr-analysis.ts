import type { PbrModel } from "../../shared/pbr.ts";
import { assumptionsOf } from "./assumptions.ts";
import { breakEvenPerformance } from "./break-even.ts";
import { monteCarloPbr, type PbrMonteCarloResult } from "./monte-carlo.ts";
import { type PbrModelResult, runPbrModel } from "./pbr-model.ts";
import { preparePbr } from "./prepare.ts";
import { type PbrRiskTransfer, riskTransferOf } from "./risk-transfer.ts";
import { type PbrSensitivity, sensitivityOf } from "./sensitivity.ts";

const MONTE_CARLO =
  "Monte Carlo: each participant's start week and weeks in work are drawn at random (seeded) from the same laws; referrals are whole people, part-referrals carried to the next week.";

/** What to add to the expected-value model. */
export interface PbrAnalysisOptions {
  /** Relative outcome shortfall for risk transfer (default −0.1). */
  shortfall?: number;
  monteCarlo?: { runs: number; seed: number; onProgress?: (done: number, runs: number) => void };
}

/** The expected-value model plus break-even, sensitivity, risk transfer and optional spread. */
export interface PbrAnalysis {
  model: PbrModelResult;
  breakEven: (number | null)[];
  sensitivity: PbrSensitivity[];
  riskTransfer: PbrRiskTransfer;
  monteCarlo: PbrMonteCarloResult | null;
  assumptions: string[];
}

/**
 * Runs everything the `pbr` command reports for a validated model.
 * @example analysePbr(model, { monteCarlo: { runs: 500, seed: 1 } }).breakEven[0]
 */
export function analysePbr(model: PbrModel, options: PbrAnalysisOptions = {}): PbrAnalysis {
  const prepared = preparePbr(model);
  const base = runPbrModel(prepared);
  return {
    model: base,
    breakEven: model.providers.map((_, i) => breakEvenPerformance(prepared, i)),
    sensitivity: sensitivityOf(prepared, base),
    riskTransfer: riskTransferOf(prepared, base, options.shortfall ?? -0.1),
    monteCarlo: options.monteCarlo ? monteCarloPbr(prepared, options.monteCarlo) : null,
    assumptions: options.monteCarlo ? [...assumptionsOf(model), MONTE_CARLO] : assumptionsOf(model),
  };
}
