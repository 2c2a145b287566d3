import type { Agreement } from "../../shared/health-results.ts";

/** Arithmetic mean; NaN for no values (callers check the count first). */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Sample variance (n − 1); null under two values. */
export function sampleVariance(values: ArrayLike<number>): number | null {
  if (values.length < 2) return null;
  return sumOfSquares(values, mean(values)) / (values.length - 1);
}

function sumOfSquares(values: ArrayLike<number>, m: number): number {
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (values[i]! - m) ** 2;
  return ss;
}

function sumOfDeviations(values: ArrayLike<number>, m: number): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.abs(values[i]! - m);
  return sum;
}

/** Sample standard deviation (n − 1); null under two values. */
export function sampleSd(values: ArrayLike<number>): number | null {
  const v = sampleVariance(values);
  return v === null ? null : Math.sqrt(v);
}

/**
 * r_wg = 1 − s² / ((A² − 1) / 12) for `options` answer options A, clipped to [0, 1] (more spread
 * than random answering reads as no agreement); null under two values.
 * @example rwg([4, 5, 3], 5) // 1 − 1 / 2 = 0.5
 */
export function rwg(values: ArrayLike<number>, options: number): number | null {
  const s2 = sampleVariance(values);
  return s2 === null ? null : rwgOf(s2, options);
}

/** r_wg from a sample variance `s2` on `options` answer options, clipped to [0, 1]. */
export function rwgOf(s2: number, options: number): number {
  const expected = (options * options - 1) / 12;
  return Math.min(1, Math.max(0, 1 - s2 / expected));
}

/**
 * Average deviation index AD: mean absolute deviation from the mean; null under two values.
 * @example adIndex([4, 5, 3]) // (0 + 1 + 1) / 3
 */
export function adIndex(values: ArrayLike<number>): number | null {
  if (values.length < 2) return null;
  return sumOfDeviations(values, mean(values)) / values.length;
}

/** Conventional threshold of r_wg read as agreement (LeBreton & Senter 2008). */
export const RWG_AGREEMENT = 0.7;

/** r_wg and AD of `values` on a scale of `options` points, with their conventional readings. */
export function agreementOf(values: ArrayLike<number>, options: number): Agreement {
  return readingsOf(rwg(values, options), adIndex(values), options);
}

/** r_wg and AD with their conventional readings. */
export function readingsOf(r: number | null, ad: number | null, options: number): Agreement {
  return {
    rwg: r,
    ad,
    rwgAgrees: r === null ? null : r >= RWG_AGREEMENT,
    // A small tolerance: 0.8333… on a 5-point scale must not fail on rounding.
    adAcceptable: ad === null ? null : ad <= options / 6 + 1e-12,
  };
}

// Two-sided 95% quantiles of Student's t for 1–30 degrees of freedom (standard tables).
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];
const T975_TAIL: [number, number][] = [
  [30, 2.042],
  [40, 2.021],
  [60, 2.0],
  [120, 1.98],
  [Number.POSITIVE_INFINITY, 1.959964],
];

/**
 * The 0.975 quantile of Student's t for `df` degrees of freedom (fractional, as Welch gives):
 * table values, interpolated linearly in 1/df, which is accurate to about 0.001 here.
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) return Number.NaN;
  const lo = Math.floor(df);
  const at = (k: number) => T975[k - 1]!;
  if (df <= 30) {
    if (lo === df || lo === 30) return at(lo);
    return interpolate(df, [lo, at(lo)], [lo + 1, at(lo + 1)]);
  }
  for (let i = 1; i < T975_TAIL.length; i++)
    if (df <= T975_TAIL[i]![0]) return interpolate(df, T975_TAIL[i - 1]!, T975_TAIL[i]!);
  return 1.959964;
}

function interpolate(df: number, [d0, t0]: [number, number], [d1, t1]: [number, number]): number {
  const [x, x0, x1] = [1 / df, 1 / d0, 1 / d1];
  return t0 + ((t1 - t0) * (x - x0)) / (x1 - x0);
}

/**
 * Welch's 95% interval of mean(b) − mean(a); null bounds when either group has under two values
 * or both have no spread.
 */
export function welchInterval(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): { difference: number; low: number | null; high: number | null } {
  const of = (x: ArrayLike<number>) => ({
    n: x.length,
    mean: mean(x),
    variance: sampleVariance(x),
  });
  return welchOf(of(a), of(b));
}

/** `welchInterval` from each group's count, mean and sample variance (null under two values). */
export function welchOf(
  a: { n: number; mean: number; variance: number | null },
  b: { n: number; mean: number; variance: number | null },
): { difference: number; low: number | null; high: number | null } {
  const difference = b.mean - a.mean;
  const [va, vb] = [a.variance, b.variance];
  if (va === null || vb === null) return { difference, low: null, high: null };
  const [qa, qb] = [va / a.n, vb / b.n];
  const se2 = qa + qb;
  if (se2 === 0) return { difference, low: null, high: null };
  const df = se2 ** 2 / (qa ** 2 / (a.n - 1) + qb ** 2 / (b.n - 1));
  const half = tQuantile975(df) * Math.sqrt(se2);
  return { difference, low: difference - half, high: difference + half };
}
