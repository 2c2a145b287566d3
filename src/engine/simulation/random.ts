import type { SeededRandom } from "../graph/index.ts";

/**
 * The seed of run `index` of a batch seeded `seed`: a 32-bit integer hash (murmur3's finaliser) of
 * both, so a run's numbers depend only on (seed, index), never on which worker ran it.
 * @example runSeed(1, 0) === runSeed(1, 0) // true; runSeed(1, 1) differs
 */
export function runSeed(seed: number, index: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * The index whose share the draw u ∈ [0, 1) falls in, shares taken in order (need not sum to 1).
 * @example indexByShare([1, 3], 0.5) // 1
 */
export function indexByShare(shares: readonly number[], u: number): number {
  let total = 0;
  for (let r = 0; r < shares.length; r++) total += shares[r]!;
  let left = u * total;
  for (let r = 0; r < shares.length; r++) {
    left -= shares[r]!;
    if (left < 0) return r;
  }
  return shares.length - 1;
}

/** A standard normal draw (Box–Muller). */
export function normal(rng: SeededRandom): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/**
 * A Poisson draw: Knuth's product of uniforms for small means, a rounded normal above 30.
 * @example poisson(rng, 0) // 0
 */
export function poisson(rng: SeededRandom, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) k++;
  return k;
}

/**
 * The standard normal quantile Φ⁻¹(p) (Acklam's rational approximation, relative error < 1.2e-9).
 * @example normalQuantile(0.975) // ≈ 1.959964
 */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/**
 * The k-th largest value (k from 1) by quickselect on a scratch copy: O(n) on average, for the
 * funding threshold and top-20 shares of 100,000 agents without sorting them.
 * @example kthLargest(Float64Array.of(5, 1, 9, 3), 4, 2, new Float64Array(4)) // 5
 */
export function kthLargest(
  values: Float64Array,
  count: number,
  k: number,
  scratch: Float64Array,
): number {
  if (k <= 0 || count === 0) return Number.POSITIVE_INFINITY;
  if (k > count) return Number.NEGATIVE_INFINITY;
  scratch.set(values.subarray(0, count));
  let lo = 0;
  let hi = count - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = scratch[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (scratch[i]! > pivot) i++;
      while (scratch[j]! < pivot) j--;
      if (i <= j) {
        const t = scratch[i]!;
        scratch[i++] = scratch[j]!;
        scratch[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return scratch[target]!;
}
