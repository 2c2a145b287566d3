import type { SeededRandom } from "../graph/index.ts";

/**
 * A standard normal draw (Box–Muller) from a seeded source.
 * @example normalOf(seededRandom(1)) // 2.2906129… (the same on every run for seed 1)
 */
export function normalOf(rng: SeededRandom): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/**
 * A lognormal draw exp(μ + σZ): heavy-tailed like organisation sizes.
 * @example lognormalOf(seededRandom(1), 5.6, 1.5) // 8399.43… (homes: the median of such draws is e^5.6 ≈ 270, with a long right tail)
 */
export function lognormalOf(rng: SeededRandom, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * normalOf(rng));
}

/**
 * A random ISO date within a year (days 1–28, so every month is valid).
 * @example dateInYear(seededRandom(1), 2004) // "2004-12-23"
 */
export function dateInYear(rng: SeededRandom, year: number): string {
  const month = String(1 + rng.below(12)).padStart(2, "0");
  const day = String(1 + rng.below(28)).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

/**
 * Running totals of weights, for `weightedIndex`.
 * @example cumulativeOf([1, 3]) // Float64Array [1, 4]
 */
export function cumulativeOf(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) out[i] = total += weights[i]!;
  return out;
}

/**
 * An index drawn with probability proportional to its weight (binary search on running totals).
 * @example weightedIndex(cumulativeOf([0, 1]), seededRandom(1)) // 1
 */
export function weightedIndex(cumulative: Float64Array, rng: SeededRandom): number {
  const target = rng.next() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A year from `first` to `last` drawn with the given weight function.
 * @example yearOfWeights(seededRandom(1), 1970, 2012, (y) => (y >= 2004 ? 2 : 1)) // 2012
 */
export function yearOfWeights(
  rng: SeededRandom,
  first: number,
  last: number,
  weight: (year: number) => number,
): number {
  const weights: number[] = [];
  for (let y = first; y <= last; y++) weights.push(weight(y));
  return first + weightedIndex(cumulativeOf(weights), rng);
}
