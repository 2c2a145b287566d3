import { describe, expect, it } from "vitest";
import {
  cashPositiveWeekOf,
  cumulativeOf,
  npvOf,
  peakFundingOf,
  weeklyDiscountFactors,
} from "./cash-metrics.ts";

describe("cash metrics", () => {
  it("discounts a year (52 weeks) by one year's rate", () => {
    const f = weeklyDiscountFactors(0.035, 105);
    expect(f[0]).toBe(1);
    expect(f[52]).toBeCloseTo(1 / 1.035, 12);
    expect(f[104]).toBeCloseTo(1 / 1.035 ** 2, 12);
  });

  it("NPV, cumulative and peak funding by hand", () => {
    expect(npvOf(Float64Array.of(-100, 0, 110), Float64Array.of(1, 0.5, 0.5))).toBe(-45);
    expect(Array.from(cumulativeOf(Float64Array.of(-5, 2, 4)))).toEqual([-5, -3, 1]);
    expect(peakFundingOf(Float64Array.of(-5, -3, 1))).toBe(5);
    expect(peakFundingOf(Float64Array.of(1, 2))).toBe(0);
  });

  it("cash turns positive for good at the last crossing", () => {
    expect(cashPositiveWeekOf(Float64Array.of(-5, 1, -1, 2, 3))).toBe(3);
    expect(cashPositiveWeekOf(Float64Array.of(0, 1, 2))).toBe(0);
    expect(cashPositiveWeekOf(Float64Array.of(1, -1))).toBeNull();
  });
});
