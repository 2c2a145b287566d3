import type { HistogramBin, MonteCarloSummary } from "../../shared/appraisal-results.ts";
import { quantileSorted } from "../stats/quantile.ts";

export type { HistogramBin, MonteCarloSummary } from "../../shared/appraisal-results.ts";

function histogramOf(sorted: Float64Array, bins: number): HistogramBin[] {
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [{ from: min, to: max, count: sorted.length }];
  const width = (max - min) / bins;
  const out = Array.from({ length: bins }, (_, k) => ({
    from: min + k * width,
    to: k === bins - 1 ? max : min + (k + 1) * width,
    count: 0,
  }));
  for (const x of sorted) out[Math.min(bins - 1, Math.floor((x - min) / width))]!.count++;
  return out;
}

/**
 * Mean, sample sd, P10/P50/P90, P(NPV > 0) and a histogram of Monte Carlo NPVs; the sums run in
 * iteration order, so the same samples always give the same summary.
 * @example summariseSamples(new Float64Array([1, 2, 3]), 2).p50 // 2
 */
export function summariseSamples(samples: Float64Array, bins = 20): MonteCarloSummary {
  const n = samples.length;
  let sum = 0;
  let positive = 0;
  for (const x of samples) {
    sum += x;
    if (x > 0) positive++;
  }
  const mean = sum / n;
  let squares = 0;
  for (const x of samples) squares += (x - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const sorted = Float64Array.from(samples).sort();
  return {
    iterations: n,
    mean,
    sd,
    standardError: sd / Math.sqrt(n),
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    probPositive: positive / n,
    histogram: n > 0 ? histogramOf(sorted, bins) : [],
  };
}
