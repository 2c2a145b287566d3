import type { PbrSpread } from "../../shared/pbr-results.ts";

export type { PbrSpread } from "../../shared/pbr-results.ts";

/**
 * Quantile of sorted values by linear interpolation between order statistics (Hyndman–Fan type 7,
 * the default of R and NumPy).
 * @example quantileSorted(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function quantileSorted(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Mean, P10, P50 and P90 of a sample (the Green Book's usual Monte Carlo summary).
 * @example spreadOf(Float64Array.of(1, 2, 3, 4, 5)) // { mean: 3, p10: 1.4, p50: 3, p90: 4.6 }
 */
export function spreadOf(values: Float64Array): PbrSpread {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i];
  return {
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
  };
}
