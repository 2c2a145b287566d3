import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discountFactors, greenBookRate } from "./discount.ts";

describe("greenBookRate", () => {
  it.each([
    [1, 0.035],
    [30, 0.035],
    [31, 0.03],
    [75, 0.03],
    [76, 0.025],
    [125, 0.025],
    [126, 0.02],
    [200, 0.02],
    [201, 0.015],
    [300, 0.015],
    [301, 0.01],
    [1000, 0.01],
  ])("year %i is discounted at %f (Green Book bands)", (t, rate) => {
    expect(greenBookRate(t)).toBe(rate);
  });
});

describe("discountFactors", () => {
  const gb = discountFactors({ schedule: "green-book" }, 320);

  it("starts at 1 in year 0", () => {
    expect(gb[0]).toBe(1);
  });

  it("is 1.035^-30 in year 30, all within the first band", () => {
    expect(gb[30]).toBeCloseTo(1.035 ** -30, 14);
  });

  it("moves to the next band's rate at each boundary", () => {
    // DF(t) = DF(t−1) / (1 + r_t) with r_t the rate of the band year t falls in.
    expect(gb[31]).toBeCloseTo(gb[30]! / 1.03, 15);
    expect(gb[76]).toBeCloseTo(gb[75]! / 1.025, 15);
    expect(gb[126]).toBeCloseTo(gb[125]! / 1.02, 15);
    expect(gb[201]).toBeCloseTo(gb[200]! / 1.015, 15);
    expect(gb[301]).toBeCloseTo(gb[300]! / 1.01, 15);
  });

  it("is 1.035^-30 × 1.03^-45 in year 75", () => {
    expect(gb[75]! / (1.035 ** -30 * 1.03 ** -45)).toBeCloseTo(1, 12);
  });

  it("uses (1 + r)^-t for a constant rate", () => {
    const f = discountFactors({ rate: 0.1 }, 3);
    // 1/1.1 = 0.909090…, 1/1.21 = 0.826446…, 1/1.331 = 0.751314…
    expect([...f]).toEqual([1, 1 / 1.1, 1.1 ** -2, 1.1 ** -3]);
  });

  it("falls every year for any positive rate (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (r, h) => {
          const f = discountFactors({ rate: r }, h);
          for (let t = 1; t <= h; t++) expect(f[t]!).toBeLessThan(f[t - 1]!);
        },
      ),
      { seed: 4 },
    );
  });
});
