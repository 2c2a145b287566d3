import { at } from "../at.ts";
import { startProbabilityOf } from "./kernels.ts";
import { pairCash, pairValueOf } from "./pair-cash.ts";
import { type PbrPair, type PreparedPbr, shareOfPair } from "./prepare.ts";

const ITERATIONS = 60; // halves the bracket to 2^-60 of its width: far below a cent of NPV

/**
 * A provider's NPV when its own performance multiplier is `performance` (everyone else as modelled).
 * @example providerNpvAt(prepared, 1, 0.8) // the tier-1 provider's NPV at 80% of modelled performance
 */
export function providerNpvAt(
  prepared: PreparedPbr,
  provider: number,
  performance: number,
): number {
  return fixedValue(prepared, provider) + ownValue(prepared, provider, performance);
}

function ownPairs(prepared: PreparedPbr, provider: number): PbrPair[] {
  return prepared.pairs.filter((pair) => pair.provider === provider);
}

function ownValue(prepared: PreparedPbr, provider: number, performance: number): number {
  let value = 0;
  for (const pair of ownPairs(prepared, provider)) {
    const p = at(prepared.model.groups, pair.group, "group").jobStartProbability;
    const cash = pairCash(prepared, pair, startProbabilityOf(p, performance));
    value += pairValueOf(cash, shareOfPair(prepared, pair, provider), prepared.factors);
  }
  return value;
}

// The part of the NPV that does not depend on the provider's own performance: set-up costs and,
// for the prime, its retention from subcontractors' participants.
function fixedValue(prepared: PreparedPbr, provider: number): number {
  const { model } = prepared;
  // factors[0] is 1 (week 0 is not discounted) and always present: weeks ≥ the horizon ≥ 1.
  let value = -at(model.providers, provider, "provider").costs.setUp * prepared.factors[0]!;
  for (const pair of prepared.pairs) {
    if (pair.provider === provider) continue;
    const share = shareOfPair(prepared, pair, provider);
    if (share.attachment === 0 && share.results === 0 && share.costs === 0) continue;
    const q = startProbabilityOf(
      at(model.groups, pair.group, "group").jobStartProbability,
      at(model.providers, pair.provider, "provider").performance,
    );
    value += pairValueOf(pairCash(prepared, pair, q), share, prepared.factors);
  }
  return value;
}

/**
 * The performance multiplier at which a provider's NPV is zero, by bisection on [0, m*] where m* is
 * the multiplier at which every one of its groups' job start probabilities reaches 1; null when the
 * NPV does not change sign on that range (profitable even at zero performance, or never).
 * @example breakEvenPerformance(prepared, 2) // 0.83: the provider needs 83% of its modelled rates
 */
export function breakEvenPerformance(prepared: PreparedPbr, provider: number): number | null {
  const probabilities = ownPairs(prepared, provider)
    .map((pair) => ({ pair, group: at(prepared.model.groups, pair.group, "group") }))
    .filter(({ pair, group }) => pair.share * group.referralsPerWeek > 0)
    .map(({ group }) => group.jobStartProbability)
    .filter((p) => p > 0);
  if (probabilities.length === 0) return null;
  const fixed = fixedValue(prepared, provider);
  const f = (m: number) => fixed + ownValue(prepared, provider, m);
  let lo = 0;
  let hi = 1 / Math.min(...probabilities);
  const atLo = f(lo);
  if (atLo === 0) return 0;
  if (atLo > 0 || f(hi) < 0) return null;
  for (let i = 0; i < ITERATIONS && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
