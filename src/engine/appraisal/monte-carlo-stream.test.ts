import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MonteCarloModel, monteCarloSamples } from "./monte-carlo.ts";
import { nextUniform, seedStream, streamPrefix } from "./monte-carlo-stream.ts";
import { streamFor, triangular, uniform } from "./rng.ts";

/** The sampling loop as it was before it was made faster: one pure-rand stream per iteration. */
function referenceSamples(mc: MonteCarloModel, seed: number, from: number, to: number) {
  const samples = new Float64Array(Math.max(0, to - from));
  for (let i = from; i < to; i++) {
    const rng = streamFor(seed, mc.key, i);
    let npv = mc.fixedNpv;
    for (let l = 0; l < mc.weight.length; l++) {
      const p = mc.probability[l]!;
      if (p < 1 && uniform(rng) >= p) continue;
      const amount =
        mc.ranged[l] === 1
          ? triangular(uniform(rng), mc.low[l]!, mc.mode[l]!, mc.high[l]!)
          : mc.mode[l]!;
      npv += amount * mc.weight[l]!;
    }
    samples[i - from] = npv;
  }
  return samples;
}

// A line: probability (certain or not), a range (or none, or of no width), a signed weight.
const line = fc.record({
  probability: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  low: fc.double({ min: -1000, max: 1000, noNaN: true }),
  lift: fc.double({ min: 0, max: 500, noNaN: true }),
  spread: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 500, noNaN: true })),
  ranged: fc.boolean(),
  weight: fc.double({ min: -20, max: 20, noNaN: true }),
});

const models = fc
  .record({
    key: fc.integer(),
    fixedNpv: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
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
  it("draw exactly the numbers of streamFor(seed, key, i) and uniform()", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.nat(1_000_000), (seed, key, i) => {
        const rng = streamFor(seed, key, i);
        const states = new Int32Array(8);
        seedStream(states, 4, streamPrefix(seed, key), i);
        for (let k = 0; k < 20; k++) expect(nextUniform(states, 4)).toBe(uniform(rng));
      }),
    );
  });

  it("give the samples of the former per-iteration loop exactly, across block edges", () => {
    fc.assert(
      fc.property(models, fc.integer(), fc.nat(5000), fc.nat(2500), (mc, seed, from, length) => {
        const to = from + length;
        expect(Array.from(monteCarloSamples(mc, seed, from, to))).toEqual(
          Array.from(referenceSamples(mc, seed, from, to)),
        );
      }),
      { numRuns: 150 },
    );
  });
});
