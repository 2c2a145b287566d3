import { at } from "../at.ts";
import { type CohortFlows, cohortFlows } from "./cohort-flows.ts";
import type { PbrPair, PreparedPbr, ShareOfPair } from "./prepare.ts";

/** One pair's money by cash week: payments arrive `paymentLagWeeks` after their trigger. */
export interface PairCash {
  flows: CohortFlows;
  /** Attachment fees the commissioner pays for this pair's referrals. */
  attachment: Float64Array;
  /** Job outcome and sustainment payments the commissioner pays. */
  results: Float64Array;
  /** The delivering provider's variable costs (set-up costs are per provider, not per pair). */
  costs: Float64Array;
}

/**
 * Expected payments and costs of one pair at job start probability `q`.
 * @example pairCash(prepared, prepared.pairs[0], 0.75).results // outcome fees one lag after each trigger
 */
export function pairCash(prepared: PreparedPbr, pair: PbrPair, q: number): PairCash {
  const { model, weeks } = prepared;
  const group = at(model.groups, pair.group, "group");
  const costRates = at(model.providers, pair.provider, "provider").costs;
  const T = model.horizonWeeks;
  const lag = model.terms.paymentLagWeeks;
  const flows = cohortFlows(group, group.referralsPerWeek * pair.share, q, T);
  const fees = at(prepared.attachmentFees, pair.group, "attachment fees of group");
  const attachment = new Float64Array(weeks);
  const results = new Float64Array(weeks);
  const costs = new Float64Array(weeks);
  for (let t = 0; t < T; t++) {
    attachment[t + lag] = flows.referrals[t]! * fees[t]!;
    results[t + lag] =
      flows.outcomes[t]! * group.jobOutcomeFee + flows.sustainments[t]! * group.sustainmentFee;
    costs[t] =
      flows.referrals[t]! * costRates.perReferral +
      flows.onProgramme[t]! * costRates.perWeekOnProgramme +
      flows.inWork[t]! * costRates.perWeekInWorkSupport;
  }
  return { flows, attachment, results, costs };
}

/**
 * Discounted value of a pair's money to one provider, given its share of the pair.
 * @example pairValueOf(cash, { attachment: 0, results: 0.8, costs: 1 }, factors) // NPV contribution
 */
export function pairValueOf(cash: PairCash, share: ShareOfPair, factors: Float64Array): number {
  let sum = 0;
  for (let w = 0; w < factors.length; w++) {
    const net =
      share.attachment * cash.attachment[w]! +
      share.results * cash.results[w]! -
      share.costs * cash.costs[w]!;
    sum += net * factors[w]!;
  }
  return sum;
}
