/** Sizes sorted largest first, the form every concentration measure reads. */
function descending(sizes: readonly number[]): Float64Array {
  return Float64Array.from(sizes).sort().reverse();
}

function totalOf(sizes: ArrayLike<number>): number {
  let t = 0;
  for (let i = 0; i < sizes.length; i++) t += sizes[i]!;
  return t;
}

/**
 * Concentration ratio CR_k: the share of the total held by the k largest (0 when the total is 0).
 * @example concentrationRatio([50, 30, 20], 2) // 0.8
 */
export function concentrationRatio(sizes: readonly number[], k: number): number {
  const sorted = descending(sizes);
  const total = totalOf(sorted);
  if (total <= 0 || k <= 0) return 0;
  let top = 0;
  for (let i = 0; i < Math.min(k, sorted.length); i++) top += sorted[i]!;
  return top / total;
}

/**
 * Herfindahl–Hirschman index HHI = Σ (100 × share)², from 10,000 / n (equal sizes) to 10,000
 * (one holds all), the US DoJ/FTC scale; 0 when the total is 0.
 * @example herfindahlIndex([50, 30, 20]) // 3800 (2500 + 900 + 400)
 */
export function herfindahlIndex(sizes: readonly number[] | Float64Array): number {
  const total = totalOf(sizes);
  if (total <= 0) return 0;
  let h = 0;
  for (let i = 0; i < sizes.length; i++) h += ((100 * sizes[i]!) / total) ** 2;
  return h;
}

/** Count, total, mean and median of sizes; zeros and `empty: true` when there are none. */
export interface SizeDistribution {
  count: number;
  total: number;
  mean: number;
  median: number;
  empty: boolean;
}

/**
 * The size distribution: count, total, mean and median (mean of the middle two for even counts).
 * @example sizeDistributionOf([1, 2, 3, 10]) // { count: 4, total: 16, mean: 4, median: 2.5, empty: false }
 */
export function sizeDistributionOf(sizes: readonly number[]): SizeDistribution {
  const n = sizes.length;
  if (n === 0) return { count: 0, total: 0, mean: 0, median: 0, empty: true };
  const sorted = Float64Array.from(sizes).sort();
  const total = totalOf(sorted);
  const mid = n >> 1;
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { count: n, total, mean: total / n, median, empty: false };
}
