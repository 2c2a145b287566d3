/** Money measures of a weekly cash-flow vector: discounting, cumulative curve, funding need, payback. */

/**
 * Weekly discount factors for an annual rate: week w is discounted by (1 + rate)^(−w/52).
 * @example weeklyDiscountFactors(0.035, 53)[52] // 1 / 1.035
 */
export function weeklyDiscountFactors(rate: number, weeks: number): Float64Array {
  const out = new Float64Array(weeks);
  const perWeek = -Math.log1p(rate) / 52;
  for (let w = 0; w < weeks; w++) out[w] = Math.exp(perWeek * w);
  return out;
}

/**
 * Net present value of a weekly net cash vector with precomputed discount factors.
 * @example npvOf(Float64Array.of(-100, 0, 110), Float64Array.of(1, 1, 1)) // 10
 */
export function npvOf(net: Float64Array, factors: Float64Array): number {
  let sum = 0;
  for (let w = 0; w < net.length; w++) sum += net[w]! * factors[w]!;
  return sum;
}

/**
 * The running total of a weekly vector.
 * @example cumulativeOf(Float64Array.of(-5, 2, 4)) // [-5, -3, 1]
 */
export function cumulativeOf(net: Float64Array): Float64Array {
  const out = new Float64Array(net.length);
  let sum = 0;
  for (let w = 0; w < net.length; w++) {
    sum += net[w]!;
    out[w] = sum;
  }
  return out;
}

/**
 * Peak funding need: the deepest point of the undiscounted cumulative net cash, as a positive
 * amount (0 if the curve never goes below zero).
 * @example peakFundingOf(Float64Array.of(-5, -3, 1)) // 5
 */
export function peakFundingOf(cumulative: Float64Array): number {
  let min = 0;
  for (let w = 0; w < cumulative.length; w++) if (cumulative[w]! < min) min = cumulative[w]!;
  return min < 0 ? -min : 0; // never −0 in JSON or comparisons
}

/**
 * The week cash turns positive for good: the first week from which cumulative net cash stays ≥ 0
 * to the end of the curve (0 if it is never negative; null if it ends negative). We chose 'for good'
 * over 'first crossing' because a chain can cross zero on attachment fees and dip again.
 * @example cashPositiveWeekOf(Float64Array.of(-5, 1, -1, 2, 3)) // 3
 */
export function cashPositiveWeekOf(cumulative: Float64Array): number | null {
  const n = cumulative.length;
  if (n === 0) return 0;
  if (cumulative[n - 1]! < 0) return null;
  let w = n - 1;
  while (w > 0 && cumulative[w - 1]! >= 0) w--;
  return w;
}
