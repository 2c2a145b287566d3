import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAppraisal, buildOption } from "../../../test/factories/appraisal.ts";
import { quantileSorted } from "../stats/quantile.ts";
import { optionModelsOf } from "./appraise.ts";
import { cashFlowsOf } from "./cash-flows.ts";
import {
  concatSamples,
  iterationChunks,
  monteCarloModelOf,
  monteCarloSamples,
} from "./monte-carlo.ts";
import { summariseSamples } from "./monte-carlo-summary.ts";
import { streamFor, triangular, uniform } from "./rng.ts";

const doc = buildAppraisal({
  options: [
    buildOption({
      lines: [
        {
          kind: "saving",
          id: "procurement",
          source: "external_procurement",
          difficulty: "easy",
          annual: 100,
          startYear: 1,
          rampYears: 2,
          probability: 0.6,
          range: { low: 50, high: 200 },
        },
        {
          kind: "saving",
          id: "board",
          source: "board_governance",
          difficulty: "hardest",
          annual: 40,
          startYear: 2,
          probability: 0.3,
        },
        {
          kind: "recurring_cost",
          id: "it",
          annual: 30,
          startYear: 1,
          range: { low: 20, high: 70 },
        },
        { kind: "one_off_cost", id: "setup", amount: 80, year: 0 },
      ],
      loanRepricing: { debt: 1000, rateIncrease: 0.01, fromYear: 1, avoided: false },
    }),
  ],
});
const model = optionModelsOf(doc)[0]!;
const mc = monteCarloModelOf(model);

describe("monteCarloSamples", () => {
  it("has a mean within 4 standard errors of the analytic expectation", () => {
    // E[NPV] = certain part + Σ p × E[amount] × signed unit PV, with E[triangular] = (low + mode + high)/3.
    const [procurement, board, it_, setup] = model.lines;
    const expected =
      0.6 * ((50 + 100 + 200) / 3) * procurement!.unitPv +
      0.3 * 40 * board!.unitPv -
      ((20 + 30 + 70) / 3) * it_!.unitPv -
      80 * setup!.unitPv -
      model.barrierPv;
    const s = summariseSamples(monteCarloSamples(mc, 2024, 0, 20_000));
    expect(Math.abs(s.mean - expected)).toBeLessThan(4 * s.standardError);
    expect(s.standardError).toBeGreaterThan(0);
  });

  it("gives identical samples for the same seed and different ones for another seed", () => {
    const a = monteCarloSamples(mc, 7, 0, 2000);
    expect(monteCarloSamples(mc, 7, 0, 2000)).toEqual(a);
    expect(monteCarloSamples(mc, 8, 0, 2000)).not.toEqual(a);
  });

  it("gives identical samples when the iterations are split into chunks (any split)", () => {
    const whole = monteCarloSamples(mc, 7, 0, 3001);
    const two = iterationChunks(3001, 2).map(([from, to]) => monteCarloSamples(mc, 7, from, to));
    expect(concatSamples(two)).toEqual(whole);
    expect(summariseSamples(concatSamples(two))).toEqual(summariseSamples(whole));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), (parts) => {
        const chunks = iterationChunks(500, parts).map(([f, t]) => monteCarloSamples(mc, 3, f, t));
        expect(concatSamples(chunks)).toEqual(monteCarloSamples(mc, 3, 0, 500));
      }),
      { seed: 5, numRuns: 10 },
    );
  });

  it("is the deterministic NPV every time when nothing is uncertain", () => {
    const certain = buildAppraisal({
      options: [buildOption({ lines: [{ kind: "one_off_cost", id: "c", amount: 100, year: 1 }] })],
    });
    const m = optionModelsOf(certain)[0]!;
    const s = summariseSamples(monteCarloSamples(monteCarloModelOf(m), 1, 0, 50));
    // −100/1.1 every iteration; the running sum leaves only rounding in sd.
    expect(s.sd).toBeCloseTo(0, 9);
    expect(s.p10).toBe(s.p90);
    expect(s.mean).toBeCloseTo(cashFlowsOf(m).npv, 10);
    expect(s.histogram).toEqual([{ from: s.p50, to: s.p50, count: 50 }]);
  });
});

describe("iterationChunks", () => {
  it("covers [0, n) with contiguous chunks differing in size by at most one", () => {
    expect(iterationChunks(10, 3)).toEqual([
      [0, 4],
      [4, 7],
      [7, 10],
    ]);
  });
});

describe("triangular", () => {
  it("maps u to the inverse CDF: the mode at F(mode), the ends at 0 and 1", () => {
    // F(mode) = (mode − low)/(high − low) = (1 − 0)/(4 − 0) = 0.25.
    expect(triangular(0.25, 0, 1, 4)).toBeCloseTo(1, 12);
    expect(triangular(0, 0, 1, 4)).toBe(0);
    expect(triangular(0.5, 2, 2, 2)).toBe(2);
  });

  it("stays within [low, high] (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.999999, noNaN: true }), (u) => {
        const x = triangular(u, 10, 12, 30);
        expect(x).toBeGreaterThanOrEqual(10);
        expect(x).toBeLessThanOrEqual(30);
      }),
      { seed: 9 },
    );
  });
});

describe("uniform and summary", () => {
  it("draws uniforms in [0, 1) with mean near 1/2", () => {
    const rng = streamFor(1, 2, 3);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) sum += uniform(rng);
    // sd of the mean = √(1/12 / 10,000) ≈ 0.0029; 4 standard errors ≈ 0.0115.
    expect(Math.abs(sum / 10_000 - 0.5)).toBeLessThan(0.0115);
  });

  it("computes type-7 quantiles, P(NPV > 0) and sample sd by hand", () => {
    const s = summariseSamples(new Float64Array([-1, 0, 1, 2, 3]), 2);
    // mean 1; squares 4+1+0+1+4 = 10 → sd √(10/4); P10 = −1 + 0.4 × 1 = −0.6; three of five > 0.
    expect(s.mean).toBe(1);
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(s.p10).toBeCloseTo(-0.6, 12);
    expect(s.p50).toBe(1);
    expect(s.probPositive).toBe(0.6);
    expect(s.histogram.map((b) => b.count)).toEqual([2, 3]);
    expect(quantileSorted(new Float64Array([0, 10]), 0.9)).toBe(9);
  });
});
