import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** Journeys grouped by the set of providers that touched them (ids are indexes 0..n − 1). */
export interface CoalitionCounts {
  /** Provider indexes of each distinct set. */
  sets: number[][];
  journeys: number[];
  outcomes: number[];
}

/** Largest number of providers for the exact (2^n) Shapley value. */
export const EXACT_SHAPLEY_LIMIT = 16;

/**
 * Exact Shapley values of v(S) = outcome rate among journeys whose provider set is a subset of S
 * (0 when there are none), for n ≤ 16: counts by bitmask, subset sums by the zeta transform, then
 * φ_i = Σ_{S ∌ i} |S|!(n − |S| − 1)!/n! · (v(S ∪ {i}) − v(S)).
 * @example shapleyExact({ sets: [[0], [0, 1]], journeys: [1, 1], outcomes: [0, 1] }, 2)
 */
export function shapleyExact(counts: CoalitionCounts, n: number): Float64Array {
  if (n > EXACT_SHAPLEY_LIMIT)
    throw new RangeError(`exact Shapley needs n ≤ ${EXACT_SHAPLEY_LIMIT}`);
  const size = 1 << n;
  const c = new Float64Array(size);
  const o = new Float64Array(size);
  counts.sets.forEach((set, k) => {
    let mask = 0;
    for (const i of set) mask |= 1 << i;
    c[mask]! += counts.journeys[k]!;
    o[mask]! += counts.outcomes[k]!;
  });
  for (let bit = 1; bit < size; bit <<= 1)
    for (let mask = 0; mask < size; mask++)
      if (mask & bit) {
        c[mask]! += c[mask ^ bit]!;
        o[mask]! += o[mask ^ bit]!;
      }
  const v = new Float64Array(size);
  for (let mask = 0; mask < size; mask++) v[mask] = c[mask]! > 0 ? o[mask]! / c[mask]! : 0;
  return marginalSums(v, n);
}

function marginalSums(v: Float64Array, n: number): Float64Array {
  // weight[s] = s!(n − s − 1)!/n! = 1 / (n · C(n − 1, s))
  const weight = new Float64Array(n);
  let binom = 1;
  for (let s = 0; s < n; s++) {
    weight[s] = 1 / (n * binom);
    binom = (binom * (n - 1 - s)) / (s + 1);
  }
  const phi = new Float64Array(n);
  const popcount = new Uint8Array(v.length);
  for (let mask = 1; mask < v.length; mask++) popcount[mask] = popcount[mask >> 1]! + (mask & 1);
  for (let mask = 0; mask < v.length; mask++) {
    const w = weight[popcount[mask]!] ?? 0;
    for (let i = 0; i < n; i++)
      if (!(mask & (1 << i))) phi[i]! += w * (v[mask | (1 << i)]! - v[mask]!);
  }
  return phi;
}

/**
 * Shapley values estimated from `samples` random orders of the providers (seeded): each provider's
 * mean marginal contribution when it joins those before it.
 * @example shapleySampled(counts, 20, 5000, 42)
 */
export function shapleySampled(
  counts: CoalitionCounts,
  n: number,
  samples: number,
  seed: number,
): Float64Array {
  const rng = xoroshiro128plus(seed);
  const setsOf: number[][] = Array.from({ length: n }, () => []);
  counts.sets.forEach((set, k) => {
    for (const i of set) setsOf[i]!.push(k);
  });
  const missing = new Int32Array(counts.sets.length);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const phi = new Float64Array(n);
  for (let s = 0; s < samples; s++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(((rng.next() >>> 0) / 4294967296) * (i + 1)); // Fisher–Yates
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    counts.sets.forEach((set, k) => {
      missing[k] = set.length;
    });
    let journeys = 0;
    let outcomes = 0;
    let before = 0;
    for (const p of order) {
      for (const k of setsOf[p]!)
        if (--missing[k]! === 0) {
          journeys += counts.journeys[k]!;
          outcomes += counts.outcomes[k]!;
        }
      const after = journeys > 0 ? outcomes / journeys : 0;
      phi[p]! += after - before;
      before = after;
    }
  }
  for (let i = 0; i < n; i++) phi[i]! /= samples;
  return phi;
}
