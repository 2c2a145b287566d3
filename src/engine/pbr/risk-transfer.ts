import type { PbrTier } from "../../shared/pbr.ts";
import type { PbrRiskShare, PbrRiskTransfer } from "../../shared/pbr-results.ts";
import { type PbrModelResult, runPbrModel } from "./pbr-model.ts";
import type { PreparedPbr } from "./prepare.ts";

export type { PbrRiskShare, PbrRiskTransfer } from "../../shared/pbr-results.ts";

/**
 * Shares of the loss from an outcome shortfall. Each tier's loss is the fall in its providers' NPV.
 * The commissioner's loss is what it pays, in present value, above the planned price per job outcome
 * for the outcomes it still gets — fees paid regardless of results (attachment fees) spread over fewer
 * outcomes; with pure outcome payments it is about zero and the chain carries the risk.
 * @example riskTransferOf(prepared, base, -0.1).tier2.share // e.g. 0.18
 */
export function riskTransferOf(
  prepared: PreparedPbr,
  base: PbrModelResult,
  shortfall = -0.1,
): PbrRiskTransfer {
  const low = runPbrModel(prepared, { startProbabilityScale: 1 + shortfall });
  const byTier: Record<PbrTier, number> = { prime: 0, tier1: 0, tier2: 0 };
  base.providers.forEach((p, i) => {
    byTier[p.tier] += p.npv - low.providers[i]!.npv;
  });
  const planned = base.commissioner;
  const pricePerOutcome = planned.jobOutcomes > 0 ? planned.paidPv / planned.jobOutcomes : 0;
  const commissionerLoss =
    planned.jobOutcomes > 0
      ? low.commissioner.paidPv - pricePerOutcome * low.commissioner.jobOutcomes
      : 0;
  const totalLoss = byTier.prime + byTier.tier1 + byTier.tier2 + commissionerLoss;
  const part = (loss: number): PbrRiskShare => ({
    loss,
    share: totalLoss !== 0 ? loss / totalLoss : null,
  });
  return {
    shortfall,
    totalLoss,
    commissionerSaving: planned.paidPv - low.commissioner.paidPv,
    prime: part(byTier.prime),
    tier1: part(byTier.tier1),
    tier2: part(byTier.tier2),
    commissioner: part(commissionerLoss),
  };
}
