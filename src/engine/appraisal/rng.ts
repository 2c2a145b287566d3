import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

/** The murmur3 32-bit finaliser: spreads every input bit over the output (Appleby, MurmurHash3). */
function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * A 32-bit key for a string (FNV-1a), so a stream depends on an option's id, not its position.
 * @example keyOf("merger") === keyOf("merger") // true
 */
export function keyOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * The random stream of one Monte Carlo iteration: a xoroshiro128+ generator whose state is hashed
 * from (seed, key, iteration) alone — counter-based seeding — so iteration i draws the same numbers
 * however the iterations are split across workers.
 * @example streamFor(42, keyOf("merger"), 0).next() === streamFor(42, keyOf("merger"), 0).next()
 */
export function streamFor(seed: number, key: number, iteration: number): RandomGenerator {
  const h = mix32(mix32(mix32(seed) ^ key) + iteration);
  const state: number[] = [
    mix32(h ^ 0x243f6a88),
    mix32(h ^ 0x13198a2e),
    mix32(h ^ 0x03707344),
    mix32(h ^ 0x299f31d0),
  ];
  // xoroshiro's state must not be all zero; the hash makes that vanishingly rare, but guard anyway.
  if (!state.some((w) => w !== 0)) state[0] = 1;
  return xoroshiro128plusFromState(state);
}

/**
 * A uniform number in [0, 1) with 53 bits of randomness.
 * @example const u = uniform(streamFor(1, 0, 0)); // 0 <= u && u < 1
 */
export function uniform(rng: RandomGenerator): number {
  return uniformFloat64(rng);
}

/**
 * Inverse-CDF draw from triangular(low, mode, high) given a uniform u in [0, 1).
 * @example triangular(0.5, 0, 1, 2) // 1
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const split = (mode - low) / width;
  if (u < split) return low + Math.sqrt(u * width * (mode - low));
  return high - Math.sqrt((1 - u) * width * (high - mode));
}
