import type { AttributionMethod, AttributionResult } from "../../shared/pbr-results.ts";
import type { Journey, OutcomeClaim } from "./journeys.ts";
import {
  type CoalitionCounts,
  EXACT_SHAPLEY_LIMIT,
  shapleyExact,
  shapleySampled,
} from "./shapley.ts";

export type { AttributionMethod, AttributionResult, ClaimLine } from "../../shared/pbr-results.ts";
export { ATTRIBUTION_METHODS } from "../../shared/pbr-results.ts";

/** How to attribute: method, extra providers to list (e.g. claimants), and Shapley sampling. */
export interface AttributionOptions {
  method: AttributionMethod;
  /** Providers to include even if they touch no journey (they get 0). */
  providers?: readonly string[];
  /** Random orders for Shapley above 16 providers (default 10,000). */
  samples?: number;
  seed?: number;
}

/** Groups journeys by the set of providers that touched them (provider id → index given). */
export function coalitionCountsOf(
  journeys: readonly Journey[],
  index: ReadonlyMap<string, number>,
): CoalitionCounts {
  const byKey = new Map<number | string, number>();
  const counts: CoalitionCounts = { sets: [], journeys: [], outcomes: [] };
  const small = index.size <= 31; // a 31-bit mask is a cheap, exact key
  for (const j of journeys) {
    let mask = 0;
    const members = new Set<number>();
    for (const p of j.touches) {
      const i = index.get(p)!;
      if (small) mask |= 1 << i;
      else members.add(i);
    }
    const key = small ? mask : [...members].sort((a, b) => a - b).join(",");
    let k = byKey.get(key);
    if (k === undefined) {
      k = counts.sets.length;
      byKey.set(key, k);
      counts.sets.push(small ? bitsOf(mask) : [...members].sort((a, b) => a - b));
      counts.journeys.push(0);
      counts.outcomes.push(0);
    }
    counts.journeys[k]!++;
    counts.outcomes[k]! += j.outcome;
  }
  return counts;
}

function bitsOf(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 31; i++) if (mask & (1 << i)) out.push(i);
  return out;
}

function ruleCredits(
  journeys: readonly Journey[],
  method: AttributionMethod,
  credit: Map<string, number>,
): void {
  const add = (p: string, x: number) => credit.set(p, credit.get(p)! + x);
  for (const j of journeys) {
    if (j.outcome === 0) continue;
    const first = j.touches[0];
    const last = j.touches[j.touches.length - 1];
    // An outcome with nobody to credit cannot be split: say so rather than credit `undefined`.
    if (first === undefined || last === undefined)
      throw new Error(`participant ${j.participantId} has an outcome but no touches`);
    if (method === "first") add(first, 1);
    else if (method === "last") add(last, 1);
    else for (const p of j.touches) add(p, 1 / j.touches.length); // linear: equal credit per touch
  }
}

/**
 * Credits each provider with a share of the participants' outcomes by first touch, last touch,
 * linear (equal per touch) or Shapley value (exact up to 16 providers, sampled orders above), scaled
 * so credits sum to the number of participants with an outcome.
 * @example attributionOf(journeys, { method: "shapley" }).credits // { a: 9.33, b: 5.33, c: 1.33 }
 */
export function attributionOf(
  journeys: readonly Journey[],
  options: AttributionOptions,
): AttributionResult {
  const ids = [
    ...new Set([...journeys.flatMap((j) => j.touches), ...(options.providers ?? [])]),
  ].sort();
  const credit = new Map(ids.map((id) => [id, 0]));
  const outcomes = journeys.reduce((s, j) => s + j.outcome, 0);
  const result: AttributionResult = {
    method: options.method,
    journeys: journeys.length,
    outcomes,
    credits: {},
  };
  if (options.method === "shapley") {
    const exact = ids.length <= EXACT_SHAPLEY_LIMIT;
    const counts = coalitionCountsOf(journeys, new Map(ids.map((id, i) => [id, i])));
    const samples = options.samples ?? 10_000;
    const seed = options.seed ?? 1;
    const phi = exact
      ? shapleyExact(counts, ids.length)
      : shapleySampled(counts, ids.length, samples, seed);
    // Σφ = v(all providers) = outcomes ÷ journeys, so scaling by the journey count gives outcomes.
    ids.forEach((id, i) => credit.set(id, phi[i]! * journeys.length));
    result.shapley = exact ? { exact } : { exact, samples, seed };
  } else ruleCredits(journeys, options.method, credit);
  for (const id of ids) result.credits[id] = credit.get(id)!;
  return result;
}

/**
 * Reconciles partners' claims with attributed credits: the over-claim factor is Σ claims ÷ distinct
 * outcomes (the paper's 'credit stealing': every partner claiming the same job).
 * @example reconcileClaims(result, [{ provider: "a", claimed: 15 }]).overClaimFactor
 */
export function reconcileClaims(
  result: AttributionResult,
  claims: readonly OutcomeClaim[],
): NonNullable<AttributionResult["claims"]> {
  const totalClaimed = claims.reduce((s, c) => s + c.claimed, 0);
  const claimed = new Map(claims.map((c) => [c.provider, c.claimed]));
  const ids = [...new Set([...Object.keys(result.credits), ...claimed.keys()])].sort();
  return {
    totalClaimed,
    overClaimFactor: result.outcomes > 0 ? totalClaimed / result.outcomes : null,
    partners: ids.map((provider) => {
      const c = claimed.get(provider) ?? 0;
      const a = result.credits[provider] ?? 0;
      return { provider, claimed: c, attributed: a, excess: c - a };
    }),
  };
}
