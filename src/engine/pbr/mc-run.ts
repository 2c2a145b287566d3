import { at } from "../at.ts";
import { weeklyHazard } from "./kernels.ts";
import { pairStartProbability } from "./pbr-model.ts";
import type { PreparedPbr } from "./prepare.ts";

/** Per-pair constants of the simulation, computed once for all runs. */
export interface SimPair {
  provider: number;
  referrals: number;
  referralWeeks: number;
  E: number;
  W: number;
  J: number;
  logNoStart: number;
  /** (1 − h)^E = 1 − q: a uniform at or below it means no start in the window (no log needed). */
  noStart: number;
  logStay: number;
  outcomeFee: number;
  sustainmentFee: number;
  fees: Float64Array;
  perReferral: number;
  perWeekOut: number;
  perWeekIn: number;
}

/** Reusable weekly buffers, one set per delivering provider (by cash week). */
export interface SimBuffers {
  attachment: Float64Array[];
  results: Float64Array[];
  /** Sustainment runs as a stride-4 difference array: one add and one subtract per participant. */
  sustainDiff4: Float64Array[];
  /** Weekly costs as a difference array. */
  costDiff: Float64Array[];
}

/** Builds the per-pair constants of the simulation. */
export function simPairsOf(prepared: PreparedPbr): SimPair[] {
  return prepared.pairs.map((pair) => {
    const g = at(prepared.model.groups, pair.group, "group");
    const c = at(prepared.model.providers, pair.provider, "provider").costs;
    const h = weeklyHazard(
      pairStartProbability(prepared, pair.group, pair.provider),
      g.eligibilityWeeks,
    );
    return {
      provider: pair.provider,
      referrals: g.referralsPerWeek * pair.share,
      referralWeeks: Math.min(g.referralWeeks, prepared.model.horizonWeeks),
      E: g.eligibilityWeeks,
      W: g.jobOutcomeWeeks,
      J: g.maxSustainmentPayments,
      logNoStart: Math.log1p(-h), // −Infinity when h = 1: everyone starts in week 1
      noStart: (1 - h) ** g.eligibilityWeeks,
      logStay: Math.log1p(-g.weeklyJobExitProbability),
      outcomeFee: g.jobOutcomeFee,
      sustainmentFee: g.sustainmentFee,
      fees: at(prepared.attachmentFees, pair.group, "attachment fees of group"),
      perReferral: c.perReferral,
      perWeekOut: c.perWeekOnProgramme,
      perWeekIn: c.perWeekInWorkSupport,
    };
  });
}

/** Allocates zeroed buffers for every provider. */
export function simBuffersOf(prepared: PreparedPbr): SimBuffers {
  const make = (n: number) => prepared.model.providers.map(() => new Float64Array(n));
  const weeks = prepared.weeks;
  return {
    attachment: make(weeks),
    results: make(weeks),
    sustainDiff4: make(weeks),
    costDiff: make(prepared.model.horizonWeeks + 1),
  };
}

/**
 * Simulates one pair's participants into the buffers. Each participant's start week is drawn by
 * inversion of the geometric law h(1 − h)^(k − 1) and their weeks in work by inversion of (1 − x)^n:
 * the same law as binomial draws per weekly cohort, at one uniform per participant and event.
 */
export function simulatePair(
  sp: SimPair,
  T: number,
  lag: number,
  uniform: () => number,
  buf: SimBuffers,
): void {
  const cost = at(buf.costDiff, sp.provider, "cost buffer of provider");
  const attachment = at(buf.attachment, sp.provider, "attachment buffer of provider");
  let carry = 0;
  for (let w = 0; w < sp.referralWeeks; w++) {
    // Referrals are whole people and not random: fractions carry to the next week, so the total
    // matches the expected-value model to within one referral; only starts and exits are drawn.
    carry += sp.referrals;
    const n = Math.floor(carry + 1e-9);
    carry -= n;
    if (n === 0) continue;
    // Buffers are sized weeks = horizon + lag and w < referralWeeks ≤ horizon, so every index is in range.
    attachment[w + lag]! += n * sp.fees[w]!;
    // Everyone is on the programme from week w; each participant's end of it is subtracted below.
    cost[w]! += n * (sp.perReferral + sp.perWeekOut);
    cost[w + 1]! -= n * sp.perReferral;
    let stayers = 0;
    for (let i = 0; i < n; i++) {
      const u = uniform();
      if (u <= sp.noStart) stayers++;
      else simulateStarter(sp, w, u, T, lag, uniform, buf);
    }
    cost[Math.min(w + sp.E, T)]! -= stayers * sp.perWeekOut;
  }
}

// A participant who starts a job (u > (1 − h)^E): k = 1 + ⌊ln u / ln(1 − h)⌋ ≤ E.
function simulateStarter(
  sp: SimPair,
  w: number,
  u: number,
  T: number,
  lag: number,
  uniform: () => number,
  buf: SimBuffers,
): void {
  // Per participant, so no checked look-up here: simulatePair has already checked sp.provider.
  const cost = buf.costDiff[sp.provider]!;
  const k = Math.min(sp.E, 1 + Math.floor(Math.log(u) / sp.logNoStart)); // min: rounding at u ≈ 1 − q
  const s = w + k;
  cost[Math.min(s, T)]! -= sp.perWeekOut;
  if (s >= T) return;
  const d = Math.floor(Math.log(uniform()) / sp.logStay); // weeks survived; Infinity when x = 0
  cost[s]! += sp.perWeekIn;
  cost[Math.min(s + Math.min(d + 1, sp.W), T)]! -= sp.perWeekIn;
  const t = s + sp.W;
  if (d < sp.W || t >= T) return;
  buf.results[sp.provider]![t + lag]! += sp.outcomeFee;
  const m = Math.min(sp.J, Math.floor((d - sp.W) / 4), Math.floor((T - 1 - t) / 4));
  if (m <= 0) return;
  const diff = buf.sustainDiff4[sp.provider]!;
  diff[t + 4 + lag]! += sp.sustainmentFee;
  const end = t + 4 * (m + 1) + lag;
  if (end < diff.length) diff[end]! -= sp.sustainmentFee;
}
