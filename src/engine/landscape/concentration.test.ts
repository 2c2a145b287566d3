import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concentrationRatio, herfindahlIndex, sizeDistributionOf } from "./concentration.ts";

describe("concentration", () => {
  it("shares 0.5 / 0.3 / 0.2 give HHI 3,800 and CR_2 0.8", () => {
    // HHI = 50² + 30² + 20² = 2,500 + 900 + 400; CR_2 = 0.5 + 0.3.
    expect(herfindahlIndex([20, 50, 30])).toBeCloseTo(3800, 9);
    expect(concentrationRatio([20, 50, 30], 2)).toBeCloseTo(0.8, 12);
    expect(concentrationRatio([20, 50, 30], 10)).toBeCloseTo(1, 12);
  });

  it("gives zeros, never NaN, when there is nothing to share", () => {
    expect(herfindahlIndex([])).toBe(0);
    expect(concentrationRatio([], 20)).toBe(0);
    expect(concentrationRatio([0, 0], 1)).toBe(0);
    expect(sizeDistributionOf([])).toEqual({ count: 0, total: 0, mean: 0, median: 0, empty: true });
  });

  it("describes a distribution: mean of the middle two for an even count", () => {
    expect(sizeDistributionOf([10, 1, 3, 2])).toEqual({
      count: 4,
      total: 16,
      mean: 4,
      median: 2.5,
      empty: false,
    });
    expect(sizeDistributionOf([7, 1, 3]).median).toBe(3);
  });

  const sizes = fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 60 });

  it("CR_k never falls as k grows, and reaches 1 at k = n", () => {
    fc.assert(
      fc.property(sizes, (s) => {
        let previous = 0;
        for (let k = 1; k <= s.length; k++) {
          const cr = concentrationRatio(s, k);
          expect(cr).toBeGreaterThanOrEqual(previous - 1e-12);
          previous = cr;
        }
        expect(previous).toBeCloseTo(1, 9);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it("HHI lies within [10,000 / n, 10,000]", () => {
    fc.assert(
      fc.property(sizes, (s) => {
        const h = herfindahlIndex(s);
        expect(h).toBeGreaterThanOrEqual(10_000 / s.length - 1e-6);
        expect(h).toBeLessThanOrEqual(10_000 + 1e-6);
      }),
      { seed: 12, numRuns: 200 },
    );
  });
});
