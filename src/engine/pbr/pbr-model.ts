import type { PbrTier } from "../../shared/pbr.ts";
import type {
  PbrCommissionerResult,
  PbrGroupResult,
  PbrProviderResult,
} from "../../shared/pbr-results.ts";
import { at } from "../at.ts";
import { cashPositiveWeekOf, cumulativeOf, npvOf, peakFundingOf } from "./cash-metrics.ts";
import { startProbabilityOf } from "./kernels.ts";
import { type PairCash, pairCash } from "./pair-cash.ts";
import { type PreparedPbr, shareOfPair } from "./prepare.ts";

export type {
  PbrCommissionerResult,
  PbrGroupResult,
  PbrProviderResult,
} from "../../shared/pbr-results.ts";

/** Changes to the model's inputs for what-if runs (sensitivity, risk transfer, break-even). */
export interface PbrRunOptions {
  /** Per-provider performance multipliers replacing the model's. */
  performance?: readonly number[];
  /** Multiplies every group's job start probability (0.9 = a 10% relative shortfall). */
  startProbabilityScale?: number;
  /** Added to every group's job start probability after scaling (0.01 = one percentage point). */
  startProbabilityShift?: number;
}

/** The deterministic (expected value) model's result. */
export interface PbrModelResult {
  providers: PbrProviderResult[];
  groups: PbrGroupResult[];
  commissioner: PbrCommissionerResult;
}

/** The job start probability of a pair under run options. */
export function pairStartProbability(
  prepared: PreparedPbr,
  groupIndex: number,
  providerIndex: number,
  options: PbrRunOptions = {},
): number {
  const p = at(prepared.model.groups, groupIndex, "group").jobStartProbability;
  const moved = p * (options.startProbabilityScale ?? 1) + (options.startProbabilityShift ?? 0);
  const performance =
    options.performance?.[providerIndex] ??
    at(prepared.model.providers, providerIndex, "provider").performance;
  return startProbabilityOf(Math.min(1, Math.max(0, moved)), performance);
}

/**
 * Runs the expected-value weekly model: every pair's cohort flows, split into provider cash by the
 * subcontract terms, summarised per provider, per group and for the commissioner.
 * @example runPbrModel(preparePbr(model)).providers[0].npv
 */
export function runPbrModel(prepared: PreparedPbr, options: PbrRunOptions = {}): PbrModelResult {
  const { model, weeks } = prepared;
  const revenue = model.providers.map(() => new Float64Array(weeks));
  const costs = model.providers.map((p) => {
    const c = new Float64Array(weeks);
    c[0] = p.costs.setUp; // set-up costs fall in week 0
    return c;
  });
  const cashes = prepared.pairs.map((pair) =>
    pairCash(prepared, pair, pairStartProbability(prepared, pair.group, pair.provider, options)),
  );
  prepared.pairs.forEach((pair, i) => {
    addPairTo(prepared, pair.provider, cashes[i]!, revenue, costs, i);
    if (pair.provider !== prepared.prime)
      addPairTo(prepared, prepared.prime, cashes[i]!, revenue, costs, i);
  });
  return {
    providers: model.providers.map((p, i) =>
      providerResult(prepared, p.id, p.tier, revenue[i]!, costs[i]!),
    ),
    groups: groupResults(prepared, cashes),
    commissioner: commissionerResult(prepared, cashes),
  };
}

function addPairTo(
  prepared: PreparedPbr,
  provider: number,
  cash: PairCash,
  revenue: Float64Array[],
  costs: Float64Array[],
  pairIndex: number,
): void {
  const share = shareOfPair(prepared, at(prepared.pairs, pairIndex, "pair"), provider);
  const rev = at(revenue, provider, "revenue of provider");
  const cost = at(costs, provider, "costs of provider");
  for (let w = 0; w < rev.length; w++) {
    rev[w]! += share.attachment * cash.attachment[w]! + share.results * cash.results[w]!;
    cost[w]! += share.costs * cash.costs[w]!;
  }
}

function providerResult(
  prepared: PreparedPbr,
  id: string,
  tier: PbrTier,
  revenue: Float64Array,
  costs: Float64Array,
): PbrProviderResult {
  const net = new Float64Array(revenue.length);
  for (let w = 0; w < net.length; w++) net[w] = revenue[w]! - costs[w]!;
  const cashCurve = cumulativeOf(net);
  const totalRevenue = sum(revenue);
  const totalCosts = sum(costs);
  return {
    id,
    tier,
    revenue: totalRevenue,
    costs: totalCosts,
    net: totalRevenue - totalCosts,
    npv: npvOf(net, prepared.factors),
    peakFunding: peakFundingOf(cashCurve),
    cashPositiveWeek: cashPositiveWeekOf(cashCurve),
    cashCurve,
  };
}

function groupResults(prepared: PreparedPbr, cashes: PairCash[]): PbrGroupResult[] {
  const totals = prepared.model.groups.map((g) => ({
    id: g.id,
    referrals: 0,
    starts: 0,
    jobOutcomes: 0,
    sustainmentPayments: 0,
    jobOutcomesPerReferral: null as number | null,
  }));
  prepared.pairs.forEach((pair, i) => {
    const row = at(totals, pair.group, "group");
    const f = at(cashes, i, "cash of pair").flows;
    row.referrals += sum(f.referrals);
    row.starts += sum(f.starts);
    row.jobOutcomes += sum(f.outcomes);
    row.sustainmentPayments += sum(f.sustainments);
  });
  for (const row of totals)
    row.jobOutcomesPerReferral = row.referrals > 0 ? row.jobOutcomes / row.referrals : null;
  return totals;
}

function commissionerResult(prepared: PreparedPbr, cashes: PairCash[]): PbrCommissionerResult {
  let paid = 0;
  let paidPv = 0;
  let jobOutcomes = 0;
  for (const cash of cashes) {
    for (let w = 0; w < prepared.weeks; w++) {
      const pay = cash.attachment[w]! + cash.results[w]!;
      paid += pay;
      paidPv += pay * prepared.factors[w]!;
    }
    jobOutcomes += sum(cash.flows.outcomes);
  }
  return {
    paid,
    paidPv,
    jobOutcomes,
    costPerJobOutcome: jobOutcomes > 0 ? paid / jobOutcomes : null,
  };
}

function sum(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}
