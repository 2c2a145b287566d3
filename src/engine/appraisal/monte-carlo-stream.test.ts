import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MonteCarloModel, monteCarloSamples } from "./monte-carlo.ts";
import { nextUniform32, seedStream, streamPrefix } from "./monte-carlo-stream.ts";
import { streamFor, triangular } from "./rng.ts";

/**
 * The sampling scheme written plainly on pure-rand's generator: per iteration its own stream; per
 * line one draw d (the high 32 bits of one step); realised when d < p, then u = d / p (or d when
 * certain; 1 / p capped at 2^32) and the amount triangular(u, low, mode, high) when ranged, else
 * the mode.
 */
function plainSamples(mc: MonteCarloModel, seed: number, from: number, to: number) {
  const samples = new Float64Array(Math.max(0, to - from));
  for (let i = from; i < to; i++) {
    const rng = streamFor(seed, mc.key, i);
    let npv = mc.fixedNpv;
    for (let l = 0; l < mc.weight.length; l++) {
      const p = mc.probability[l]!;
      const d = (rng.next() >>> 0) / 2 ** 32;
      if (!(d < p)) continue;
      const u = p < 1 ? d * Math.min(1 / p, 2 ** 32) : d;
      const [low, mode, high] = [mc.low[l]!, mc.mode[l]!, mc.high[l]!];
      const amount = mc.ranged[l] === 1 && high - low > 0 ? triangular(u, low, mode, high) : mode;
      npv += amount * mc.weight[l]!;
    }
    samples[i - from] = npv;
  }
  return samples;
}

// A line: probability (certain, impossible or between), a range (or none, or of no width), a weight.
const line = fc.record({
  probability: fc.oneof(
    fc.constantFrom(0, 1, 2 ** -40, Number.MIN_VALUE),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
  low: fc.double({ min: -1000, max: 1000, noNaN: true }),
  lift: fc.double({ min: 0, max: 500, noNaN: true }),
  spread: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 500, noNaN: true })),
  ranged: fc.boolean(),
  weight: fc.double({ min: -20, max: 20, noNaN: true }),
});

const models = fc
  .record({
    key: fc.integer(),
    // Not −0: an unrealised line adds +0, which turns a −0 NPV into +0 (the same number).
    fixedNpv: fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((v) => !Object.is(v, -0)),
    lines: fc.array(line, { maxLength: 12 }),
  })
  .map(({ key, fixedNpv, lines }) => {
    const column = (f: (l: (typeof lines)[number]) => number) => Float64Array.from(lines, f);
    return {
      key,
      fixedNpv,
      probability: column((l) => l.probability),
      low: column((l) => l.low),
      mode: column((l) => l.low + l.lift),
      high: column((l) => l.low + l.lift + l.spread),
      ranged: Uint8Array.from(lines, (l) => (l.ranged ? 1 : 0)),
      weight: column((l) => l.weight),
    } satisfies MonteCarloModel;
  });

describe("the Monte Carlo's streams", () => {
  it("are streamFor(seed, key, i)'s generator, step for step", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.nat(1_000_000), (seed, key, i) => {
        const rng = streamFor(seed, key, i);
        const states = new Int32Array(8);
        seedStream(states, 4, streamPrefix(seed, key), i);
        for (let k = 0; k < 20; k++)
          expect(nextUniform32(states, 4)).toBe((rng.next() >>> 0) / 2 ** 32);
      }),
    );
  });

  it("give monteCarloSamples the plainly written scheme's samples exactly, across block edges", () => {
    fc.assert(
      fc.property(models, fc.integer(), fc.nat(5000), fc.nat(2500), (mc, seed, from, length) => {
        const to = from + length;
        expect(Array.from(monteCarloSamples(mc, seed, from, to))).toEqual(
          Array.from(plainSamples(mc, seed, from, to)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("draw uniforms in [0, 1) with mean near 1/2 and a realised share near p", () => {
    const states = new Int32Array(4);
    seedStream(states, 0, streamPrefix(1, 2), 3);
    let sum = 0;
    let below = 0;
    for (let k = 0; k < 100_000; k++) {
      const u = nextUniform32(states, 0);
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      if (u < 0.3) below++;
    }
    // Standard errors: 1/sqrt(12 × 100,000) ≈ 0.00091 and sqrt(0.21 / 100,000) ≈ 0.00145.
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.0037);
    expect(Math.abs(below / 100_000 - 0.3)).toBeLessThan(0.0058);
  });
});
