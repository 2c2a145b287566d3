import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawMisses, hazardOf, hazardTable } from "./hazard.ts";

describe("drawMisses", () => {
  it("decides exactly as the draw against the exact hazard, draws near the hazard included", () => {
    const draw = fc.tuple(
      fc.double({ min: 0, max: 1e7, noNaN: true }),
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      fc.double({ min: -0.02, max: 0.02, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.array(draw, { minLength: 1, maxLength: 50 }),
        (rate, elasticity, draws) => {
          const table = hazardTable(rate, elasticity);
          for (const [size, uniform, near] of draws) {
            const base = size / 1000;
            const h = hazardOf(rate, elasticity, base);
            // A uniform draw, and one within 2% of the hazard (where the bounds matter).
            for (const u of [uniform, Math.min(0.999, h * (1 + near))])
              expect(drawMisses(table, base, u)).toBe(u >= h);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("decides draws right at the hazard of an octave's inside, and zero and huge bases", () => {
    const table = hazardTable(0.2299, 0.01691);
    for (const base of [0, 1e-320, 0.5, 0.75, 1, 1.5, 3.2, 1e6, Number.POSITIVE_INFINITY]) {
      const h = hazardOf(0.2299, 0.01691, base);
      for (const u of [h, h - 1e-17, h + 1e-17, h * (1 - 1e-12), h * (1 + 1e-12), 0, 0.9])
        expect(drawMisses(table, base, u)).toBe(u >= h);
    }
  });

  it("gives the model's hazard: 0.9 at most, the rate at base 1", () => {
    expect(hazardOf(0.2, 0.5, 1)).toBe(0.2);
    expect(hazardOf(0.2, 0.5, 4)).toBe(0.4);
    expect(hazardOf(5, 0.5, 4)).toBe(0.9);
    expect(drawMisses(hazardTable(0.2, 0.5), 4, 0.39)).toBe(false);
    expect(drawMisses(hazardTable(0.2, 0.5), 4, 0.4)).toBe(true);
  });
});
