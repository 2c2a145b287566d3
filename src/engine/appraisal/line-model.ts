import type { AppraisalLine } from "../../shared/appraisal.ts";

/** Optimism bias: shares added to costs and taken off benefits (Green Book; docs/domain/discounting.md). */
export interface OptimismBias {
  costs: number;
  benefits: number;
}

/** One line compiled for the engine: its yearly shape and present value per unit of base amount. */
export interface LineModel {
  id: string;
  kind: AppraisalLine["kind"];
  /** +1 for savings, −1 for costs (costs are kept positive and subtracted in net). */
  sign: 1 | -1;
  /** The annual amount (or the one-off amount) as entered. */
  base: number;
  /** Probability the line happens at all (1 for costs). */
  probability: number;
  /** Optimism-bias multiplier: (1 − benefits bias) for savings, (1 + costs bias) for costs. */
  bias: number;
  range: { low: number; high: number } | undefined;
  /** Share of `base` falling in each year 0..horizon (ramp for savings). */
  profile: Float64Array;
  /** Σ_t profile(t) × DF(t): the discounted value of one unit of `base`. */
  unitPv: number;
}

/**
 * The share of a line's base amount in each year 0..horizon: a saving ramps up linearly,
 * annual × min(1, (t − startYear + 1) / rampYears), from startYear to endYear (or the horizon).
 * @example lineProfile({ kind: "one_off_cost", id: "x", amount: 5, year: 1 }, 2) // [0, 1, 0]
 */
export function lineProfile(line: AppraisalLine, horizon: number): Float64Array {
  const profile = new Float64Array(horizon + 1);
  if (line.kind === "one_off_cost") {
    if (line.year <= horizon) profile[line.year] = 1;
    return profile;
  }
  const last = Math.min(line.endYear ?? horizon, horizon);
  const ramp = line.kind === "saving" ? line.rampYears : 1;
  for (let t = line.startYear; t <= last; t++)
    profile[t] = Math.min(1, (t - line.startYear + 1) / ramp);
  return profile;
}

/**
 * Compiles a line against discount factors and optimism bias.
 * @example lineModelOf(line, discountFactors({ rate: 0 }, 3), { costs: 0, benefits: 0 }).unitPv
 */
export function lineModelOf(
  line: AppraisalLine,
  factors: Float64Array,
  bias: OptimismBias,
): LineModel {
  const profile = lineProfile(line, factors.length - 1);
  let unitPv = 0;
  for (let t = 0; t < profile.length; t++) unitPv += profile[t]! * factors[t]!;
  const saving = line.kind === "saving";
  return {
    id: line.id,
    kind: line.kind,
    sign: saving ? 1 : -1,
    base: line.kind === "one_off_cost" ? line.amount : line.annual,
    probability: saving ? line.probability : 1,
    bias: saving ? 1 - bias.benefits : 1 + bias.costs,
    range: line.range,
    profile,
    unitPv,
  };
}

/** A line's deterministic contribution to NPV when its base amount is `base` (signed). */
export function lineNpv(line: LineModel, base = line.base): number {
  return line.sign * base * line.probability * line.bias * line.unitPv;
}
