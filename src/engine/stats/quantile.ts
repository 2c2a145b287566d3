/**
 * The one quantile of the engine: linear interpolation between order statistics (Hyndman & Fan
 * type 7, the default of R and NumPy), so P10/P50/P90 read the same as a NumPy check of the same
 * draws. simple-statistics computes the same type 7 but over `number[]` and throws on an empty sample,
 * while the Monte Carlo engines sort `Float64Array`s and report NaN; so it is the test's independent
 * reference (a dev dependency) rather than a run-time one.
 */

/**
 * The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending; NaN when there are none.
 * @example quantileSorted(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const below = sorted[lo] ?? Number.NaN;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] ?? Number.NaN;
  return below + (h - lo) * (above - below);
}

/**
 * The q-quantile of values in any order (sorted on a copy; the input is left as it is).
 * @example quantileOf([4, 1, 3, 2], 0.5) // 2.5
 */
export function quantileOf(values: readonly number[], q: number): number {
  return quantileSorted(Float64Array.from(values).sort(), q);
}
