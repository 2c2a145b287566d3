import type { PbrModel } from "../../shared/pbr.ts";
import { weeklyDiscountFactors } from "./cash-metrics.ts";
import { attachmentFeeAt } from "./cohort-flows.ts";

/** One group's referrals at one provider: indexes into the model's groups and providers. */
export interface PbrPair {
  group: number;
  provider: number;
  share: number;
}

/** A validated model with ids resolved to indexes and the weekly tables every run reuses. */
export interface PreparedPbr {
  model: PbrModel;
  prime: number;
  pairs: PbrPair[];
  /** Weeks of the cash curve: the horizon plus the payment lag, so every in-horizon trigger is paid. */
  weeks: number;
  /** Discount factor per cash week. */
  factors: Float64Array;
  /** Attachment fee per referral week, per group. */
  attachmentFees: Float64Array[];
}

/**
 * Resolves a validated model (see `pbrModelSchema`) into indexes and weekly tables.
 * @example preparePbr(model).pairs[0] // { group: 0, provider: 0, share: 1 }
 */
export function preparePbr(model: PbrModel): PreparedPbr {
  const groupIndex = new Map(model.groups.map((g, i) => [g.id, i]));
  const providerIndex = new Map(model.providers.map((p, i) => [p.id, i]));
  const pairs = model.allocation
    .filter((a) => a.share > 0)
    .map((a) => ({
      group: groupIndex.get(a.group)!,
      provider: providerIndex.get(a.provider)!,
      share: a.share,
    }));
  const weeks = model.horizonWeeks + model.terms.paymentLagWeeks;
  const attachmentFees = model.groups.map((g) => {
    const fees = new Float64Array(model.horizonWeeks);
    for (let w = 0; w < fees.length; w++) fees[w] = attachmentFeeAt(g, w);
    return fees;
  });
  return {
    model,
    prime: model.providers.findIndex((p) => p.tier === "prime"),
    pairs,
    weeks,
    factors: weeklyDiscountFactors(model.discount.rate, weeks),
    attachmentFees,
  };
}

/** How much of a pair's money reaches one provider: multipliers on attachment, results and costs. */
export interface ShareOfPair {
  attachment: number;
  results: number;
  costs: number;
}

/**
 * The provider's share of a pair's payments and costs under the subcontract terms: the commissioner
 * pays the prime, which passes (1 − retention) of results payments — and of attachment fees when
 * they pass through — to the subcontractor delivering the participant.
 * @example shareOfPair(prepared, { group: 0, provider: 1, share: 1 }, 1) // { attachment: 0, results: 0.8, costs: 1 }
 */
export function shareOfPair(prepared: PreparedPbr, pair: PbrPair, provider: number): ShareOfPair {
  const { primeRetention: keep, attachmentPassThrough: pass } = prepared.model.terms;
  const deliveredByPrime = pair.provider === prepared.prime;
  if (provider === pair.provider) {
    if (deliveredByPrime) return { attachment: 1, results: 1, costs: 1 };
    return { attachment: pass ? 1 - keep : 0, results: 1 - keep, costs: 1 };
  }
  if (provider === prepared.prime) return { attachment: pass ? keep : 1, results: keep, costs: 0 };
  return { attachment: 0, results: 0, costs: 0 };
}
