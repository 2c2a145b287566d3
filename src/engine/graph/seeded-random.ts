import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A seeded source of random numbers: the engine never touches Math.random. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
}

/**
 * Creates a seeded random source (xoroshiro128+ from pure-rand), so results are reproducible.
 * @example const rng = seededRandom(42); rng.below(10) // same integer in 0..9 on every run
 */
export function seededRandom(seed: number): SeededRandom {
  const generator = xoroshiro128plus(seed | 0);
  const next = () => uniformFloat64(generator);
  return { next, below: (n) => Math.floor(next() * n) };
}

/**
 * Shuffles an array in place (Fisher–Yates) with a seeded source.
 * @example shuffleInPlace(Int32Array.of(0, 1, 2), seededRandom(1)) // a fixed permutation
 */
export function shuffleInPlace<T extends { length: number; [i: number]: number }>(
  items: T,
  rng: SeededRandom,
): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
  return items;
}
