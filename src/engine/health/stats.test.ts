import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adIndex, agreementOf, mean, rwg, sampleSd, tQuantile975, welchInterval } from "./stats.ts";

describe("agreement within a group", () => {
  it("answers 4, 5, 3 on a 5-point scale: mean 4, s² = 1, r_wg = 1 − 1 / ((25 − 1) / 12) = 0.5, AD = (0 + 1 + 1) / 3", () => {
    expect(mean([4, 5, 3])).toBe(4);
    expect(sampleSd([4, 5, 3])).toBe(1);
    expect(rwg([4, 5, 3], 5)).toBe(0.5);
    expect(adIndex([4, 5, 3])).toBeCloseTo(0.6667, 4);
    // r_wg 0.5 < 0.70: not agreement; AD 0.667 ≤ 5 / 6 = 0.833: acceptable.
    expect(agreementOf([4, 5, 3], 5)).toMatchObject({ rwgAgrees: false, adAcceptable: true });
  });

  it("answers 5, 5, 4: s² = (1/9 + 1/9 + 4/9) / 2 = 1/3, r_wg = 1 − (1/3) / 2 = 5/6, AD = (1/3 + 1/3 + 2/3) / 3 = 4/9", () => {
    expect(rwg([5, 5, 4], 5)).toBeCloseTo(5 / 6, 12);
    expect(adIndex([5, 5, 4])).toBeCloseTo(4 / 9, 12);
    expect(agreementOf([5, 5, 4], 5).rwgAgrees).toBe(true);
  });

  it("answers 1 and 5: s² = 8, 1 − 8 / 2 = −3 is clipped to 0; AD = 2 > 0.833", () => {
    expect(rwg([1, 5], 5)).toBe(0);
    expect(agreementOf([1, 5], 5)).toMatchObject({ rwg: 0, ad: 2, adAcceptable: false });
  });

  it("has no agreement for a single respondent", () => {
    expect(agreementOf([3], 5)).toEqual({
      rwg: null,
      ad: null,
      rwgAgrees: null,
      adAcceptable: null,
    });
  });

  it("keeps r_wg in [0, 1] and AD at most half the range, whatever the answers", () => {
    const answers = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(answers, (values) => {
        const r = rwg(values, 5)!;
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        expect(adIndex(values)!).toBeLessThanOrEqual(2 + 1e-12);
        // Everyone giving the same answer is perfect agreement.
        expect(
          rwg(
            values.map(() => values[0]!),
            5,
          ),
        ).toBe(1);
      }),
    );
  });
});

describe("Welch's interval", () => {
  it("reads the t table, interpolating in 1/df", () => {
    expect(tQuantile975(10)).toBe(2.228);
    expect(tQuantile975(1e9)).toBeCloseTo(1.96, 3);
    // Between 4 (2.776) and 5 (2.571) at 4.5: 2.776 − 0.205 × (0.25 − 0.2222)/(0.25 − 0.2) = 2.776 − 0.205 × 0.5556 = 2.6621
    expect(tQuantile975(4.5)).toBeCloseTo(2.6621, 4);
  });

  it("1, 2, 3 → 3, 4, 5: difference 2, s² 1 each, se² = 2/3, df = (4/9) / (1/18 + 1/18) = 4, half-width 2.776 × √(2/3) = 2.2666", () => {
    const out = welchInterval([1, 2, 3], [3, 4, 5]);
    expect(out.difference).toBe(2);
    expect(out.low).toBeCloseTo(2 - 2.26659, 4);
    expect(out.high).toBeCloseTo(2 + 2.26659, 4);
  });

  it("has no interval under two values in a group", () => {
    expect(welchInterval([3], [4, 5])).toEqual({ difference: 1.5, low: null, high: null });
  });

  it("contains the difference and is symmetric about it", () => {
    const group = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 20 });
    fc.assert(
      fc.property(group, group, (a, b) => {
        const out = welchInterval(a, b);
        if (out.low === null || out.high === null) return;
        expect(out.low).toBeLessThanOrEqual(out.difference);
        expect(out.high - out.difference).toBeCloseTo(out.difference - out.low, 9);
      }),
    );
  });
});
