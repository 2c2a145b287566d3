import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logGamma, studentTCdf, studentTQuantile } from "./student-t.ts";

describe("Student's t quantile", () => {
  // Published two-sided 95 % critical values (t tables, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2).
  it.each([
    [1, 12.706],
    [2, 4.303],
    [4, 2.776],
    [9, 2.262],
    [19, 2.093],
    [29, 2.045],
    [120, 1.98],
  ])("t(0.975, %i) = %f to three decimals", (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 3);
  });

  it("matches more tabulated points: t(0.95, 5) = 2.015, t(0.995, 10) = 3.169, t(0.9, 3) = 1.638", () => {
    expect(studentTQuantile(0.95, 5)).toBeCloseTo(2.015, 3);
    expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.169, 3);
    expect(studentTQuantile(0.9, 3)).toBeCloseTo(1.638, 3);
  });

  it("with one degree of freedom is the Cauchy quantile tan(π(p − ½))", () => {
    expect(studentTQuantile(0.8, 1)).toBeCloseTo(Math.tan(Math.PI * 0.3), 9);
  });

  it("approaches the normal quantile 1.95996 for large df", () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 4);
  });

  it("ln Γ: Γ(5) = 24, Γ(½) = √π", () => {
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 10);
    expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 12);
  });

  it("refuses p outside (0, 1) and df ≤ 0", () => {
    expect(() => studentTQuantile(1, 5)).toThrow(/p must be/);
    expect(() => studentTQuantile(0.5, 0)).toThrow(/df must be/);
  });

  it("inverts the CDF and is antisymmetric (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        (p, df) => {
          const t = studentTQuantile(p, df);
          expect(studentTCdf(t, df)).toBeCloseTo(p, 9);
          expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 6);
        },
      ),
    );
  });
});
