/**
 * The Monte Carlo's random streams without allocation: the same counter-seeded xoroshiro128+
 * streams and 53-bit uniforms as rng.ts (`streamFor`, `uniform`, which use pure-rand), written out
 * on four-word states held in one Int32Array for a block of iterations. Iteration i draws exactly
 * the numbers `streamFor(seed, key, i)` would, so samples are unchanged; what goes is a generator
 * object and a state array per iteration and a method call per draw.
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

/**
 * A uniform in [0, 1) from the stream at states[at .. at + 4): two xoroshiro128+ steps (pure-rand's
 * `next`), 26 bits of the first and 27 of the second (pure-rand's `uniformFloat64`).
 */
export function nextUniform(states: Int32Array, at: number): number {
  let s01 = states[at]!;
  let s00 = states[at + 1]!;
  let s11 = states[at + 2]!;
  let s10 = states[at + 3]!;
  const first = (s00 + s10) | 0;
  let a0 = s10 ^ s00;
  let a1 = s11 ^ s01;
  let n00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
  let n01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
  s10 = (a1 << 5) ^ (a0 >>> 27);
  s11 = (a0 << 5) ^ (a1 >>> 27);
  s00 = n00;
  s01 = n01;
  const second = (s00 + s10) | 0;
  a0 = s10 ^ s00;
  a1 = s11 ^ s01;
  n00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
  n01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
  states[at] = n01;
  states[at + 1] = n00;
  states[at + 2] = (a0 << 5) ^ (a1 >>> 27);
  states[at + 3] = (a1 << 5) ^ (a0 >>> 27);
  return (
    (first & 0x3ffffff) * 1.4901161193847656e-8 + (second & 0x7ffffff) * 1.1102230246251565e-16
  );
}
