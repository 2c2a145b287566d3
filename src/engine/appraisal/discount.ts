import type { Discount } from "../../shared/appraisal.ts";

/** Green Book real discount rates by year band: [last year of band, rate] (docs/domain/discounting.md). */
const GREEN_BOOK_BANDS: readonly (readonly [number, number])[] = [
  [30, 0.035],
  [75, 0.03],
  [125, 0.025],
  [200, 0.02],
  [300, 0.015],
  [Number.POSITIVE_INFINITY, 0.01],
];

/**
 * The Green Book discount rate that applies in year `t` (years 0–30 3.5%, 31–75 3.0%, …, 301+ 1.0%).
 * @example greenBookRate(30) // 0.035
 * @example greenBookRate(31) // 0.03
 */
export function greenBookRate(t: number): number {
  for (const [last, rate] of GREEN_BOOK_BANDS) if (t <= last) return rate;
  return 0.01;
}

/**
 * Discount factors DF(0..horizon): DF(0) = 1 and DF(t) = DF(t−1) / (1 + r_t), with r_t from the
 * Green Book schedule or one constant rate (so DF(t) = (1 + r)^−t).
 * @example discountFactors({ rate: 0.1 }, 2) // Float64Array [1, 0.9090…, 0.8264…]
 */
export function discountFactors(discount: Discount, horizon: number): Float64Array {
  const factors = new Float64Array(horizon + 1);
  factors[0] = 1;
  for (let t = 1; t <= horizon; t++) {
    const rate = "rate" in discount ? discount.rate : greenBookRate(t);
    // The constant-rate case uses the closed form so DF(t) = (1 + r)^−t exactly as documented.
    factors[t] = "rate" in discount ? (1 + rate) ** -t : factors[t - 1]! / (1 + rate);
  }
  return factors;
}

/** Describes the discounting in plain words, for the result's assumptions. */
export function discountDescription(discount: Discount): string {
  if ("rate" in discount)
    return `Discounted at a constant real rate of ${(discount.rate * 100).toFixed(2)}% a year: DF(t) = (1 + r)^−t.`;
  return "Discounted with the HM Treasury Green Book schedule: 3.5% a year for years 1–30, 3.0% for 31–75, 2.5% for 76–125, 2.0% for 126–200, 1.5% for 201–300, 1.0% after; DF(t) is the product of 1/(1 + r_k) for k = 1..t.";
}
