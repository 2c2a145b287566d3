import fc from "fast-check";
import { quantileSorted as referenceQuantileSorted } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { quantileOf, quantileSorted } from "./quantile.ts";

describe("quantileSorted (type 7)", () => {
  // Expected values by hand: h = (n − 1)·q, then x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]);
  // numpy.quantile([1, 2, 3, 4], [0, 0.1, 0.5, 0.9, 1]) gives the same five numbers.
  it.each([
    [0, 1],
    [0.1, 1.3], // h = 0.3 → 1 + 0.3·1
    [0.5, 2.5], // h = 1.5 → 2 + 0.5·1
    [0.9, 3.7], // h = 2.7 → 3 + 0.7·1
    [1, 4],
  ])("of 1, 2, 3, 4 at %f is %f", (q, expected) => {
    expect(quantileSorted(Float64Array.of(1, 2, 3, 4), q)).toBeCloseTo(expected, 12);
  });

  it("interpolates between two values and holds one value at every q", () => {
    expect(quantileSorted(Float64Array.of(0, 10), 0.9)).toBe(9);
    expect(quantileSorted([7], 0.1)).toBe(7);
    expect(quantileSorted([7], 0.9)).toBe(7);
  });

  it("is NaN with no values", () => {
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
    expect(quantileOf([], 0.5)).toBeNaN();
  });
});

describe("quantileOf", () => {
  it("sorts a copy and leaves the input alone", () => {
    const values = [4, 1, 3, 2];
    expect(quantileOf(values, 0.5)).toBe(2.5);
    expect(values).toEqual([4, 1, 3, 2]);
  });
});

describe("quantileSorted against simple-statistics (an independent type-7 implementation)", () => {
  it("agrees on any non-empty sample and any q in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const theirs = referenceQuantileSorted(sorted, q);
          expect(quantileSorted(Float64Array.from(sorted), q)).toBeCloseTo(theirs, 6);
        },
      ),
    );
  });
});
