/**
 * The Monte Carlo's random streams without allocation: the counter-seeded xoroshiro128+ stream of
 * rng.ts's `streamFor(seed, key, i)` for iteration i, written out on four-word states held in one
 * Int32Array for a block of iterations, each step giving one uniform from the generator's high 32
 * bits (pure-rand's `next`). No generator object or state array per iteration, no method call per
 * draw, and one step per uniform instead of two: 32 bits resolve a probability or a triangular
 * draw far below what 100,000 iterations can show.
 */

/** The murmur3 32-bit finaliser, as rng.ts's. */
function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** mix32(mix32(seed) ^ key): the part of a stream's seed shared by all iterations. */
export function streamPrefix(seed: number, key: number): number {
  return mix32(mix32(seed) ^ key);
}

/**
 * Seeds the stream at states[at .. at + 4) like `streamFor(seed, key, iteration)`, in pure-rand's
 * XoroShiro128Plus field order [s01, s00, s11, s10]; `prefix` is `streamPrefix(seed, key)`.
 */
export function seedStream(
  states: Int32Array,
  at: number,
  prefix: number,
  iteration: number,
): void {
  const h = mix32(prefix + iteration);
  const a = mix32(h ^ 0x243f6a88);
  const b = mix32(h ^ 0x13198a2e);
  const c = mix32(h ^ 0x03707344);
  const d = mix32(h ^ 0x299f31d0);
  // xoroshiro's state must not be all zero (as streamFor guards).
  states[at] = a === 0 && b === 0 && c === 0 && d === 0 ? 1 : a;
  states[at + 1] = b;
  states[at + 2] = c;
  states[at + 3] = d;
}

/** A uniform in [0, 1) from one xoroshiro128+ step: its high 32 bits (the generator's strongest). */
export function nextUniform32(states: Int32Array, at: number): number {
  const s01 = states[at]!;
  const s00 = states[at + 1]!;
  const s11 = states[at + 2]!;
  const s10 = states[at + 3]!;
  const out = (s00 + s10) | 0;
  const a0 = s10 ^ s00;
  const a1 = s11 ^ s01;
  states[at + 1] = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
  states[at] = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
  states[at + 3] = (a1 << 5) ^ (a0 >>> 27);
  states[at + 2] = (a0 << 5) ^ (a1 >>> 27);
  return (out >>> 0) * 2.3283064365386963e-10;
}
