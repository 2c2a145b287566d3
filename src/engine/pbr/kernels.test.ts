import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  convolve,
  geometricConvolve,
  startKernel,
  startProbabilityOf,
  weeklyHazard,
} from "./kernels.ts";

describe("weeklyHazard", () => {
  it("solves 1 − (1 − h)^E = q by hand", () => {
    expect(weeklyHazard(0.75, 2)).toBeCloseTo(0.5, 15); // 1 − 0.5² = 0.75
    expect(weeklyHazard(0.875, 3)).toBeCloseTo(0.5, 15); // 1 − 0.5³ = 0.875
    expect(weeklyHazard(1, 104)).toBe(1);
    expect(weeklyHazard(0, 104)).toBe(0);
  });

  it("gives back q over the window for any q and E", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        (q, E) => {
          const h = weeklyHazard(q, E);
          expect(1 - (1 - h) ** E).toBeCloseTo(q, 10);
        },
      ),
      { seed: 5 },
    );
  });

  it("caps the start probability at 1", () => {
    expect(startProbabilityOf(0.4, 3)).toBe(1);
    expect(startProbabilityOf(0.3, 1.5)).toBeCloseTo(0.45, 15);
  });
});

describe("convolutions", () => {
  it("start kernel for h = 0.5, E = 2 is [0, 0.5, 0.25]", () => {
    expect(Array.from(startKernel(0.5, 2))).toEqual([0, 0.5, 0.25]);
  });

  it("geometric recursion equals direct convolution with the truncated kernel", () => {
    const signal = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
      minLength: 1,
      maxLength: 80,
    });
    fc.assert(
      fc.property(
        signal,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 3 }),
        (values, ratio, length, delay) => {
          const s = Float64Array.from(values);
          const kernel = new Float64Array(delay + length);
          for (let j = 0; j < length; j++) kernel[delay + j] = ratio ** j;
          const direct = convolve(s, kernel);
          const fast = geometricConvolve(s, ratio, length, delay);
          for (let t = 0; t < s.length; t++) expect(fast[t]).toBeCloseTo(direct[t]!, 8);
        },
      ),
      { seed: 11 },
    );
  });
});
