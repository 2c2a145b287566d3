import type { PbrSpread } from "../../shared/pbr-results.ts";
import { quantileSorted } from "../stats/quantile.ts";

export type { PbrSpread } from "../../shared/pbr-results.ts";

/**
 * Mean, P10, P50 and P90 of a sample (the Green Book's usual Monte Carlo summary).
 * @example spreadOf(Float64Array.of(1, 2, 3, 4, 5)) // { mean: 3, p10: 1.4, p50: 3, p90: 4.6 }
 */
export function spreadOf(values: Float64Array): PbrSpread {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i]!;
  return {
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
  };
}
