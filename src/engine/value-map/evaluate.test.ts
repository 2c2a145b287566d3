import { describe, expect, it } from "vitest";
import { handWorked } from "../../../test/factories/value-map.ts";
import { valueMapSchema } from "../../shared/value-map.ts";
import { evaluateValueMap } from "./evaluate.ts";
import { durationFactor, outcomeImpact, valueMapFactors, yearlyValues } from "./impact.ts";

const doc = valueMapSchema.parse(handWorked());

describe("value map arithmetic (hand-worked)", () => {
  it("impact and yearly values with drop-off", () => {
    // 10 × £1,000 × (1 − 0.2)(1 − 0.1)(1 − 0.25) = 10,000 × 0.8 × 0.9 × 0.75 = £5,400 in year 1;
    // year 2 = 5,400 × (1 − 0.1) = £4,860.
    expect(outcomeImpact(doc.outcomes[0]!)).toBeCloseTo(5400, 9);
    expect(yearlyValues(doc.outcomes[0]!)).toEqual([
      expect.closeTo(5400, 9),
      expect.closeTo(4860, 9),
    ]);
  });

  it("per perspective PVs, NPV and ratios", () => {
    const [gov, society] = evaluateValueMap(doc, { iterations: 0, seed: 1 }).perspectives;
    // PV(a) = 5,400 / 1.035 + 4,860 / 1.035² = 5,217.3913 + 4,536.8620 = 9,754.2533.
    expect(gov!.pvBenefits).toBeCloseTo(9754.253308, 5);
    // Inputs: 2,000 in year 0 (DF 1) + 1,035 / 1.035 = 3,000.
    expect(gov!.pvInputs).toBeCloseTo(3000, 9);
    expect(gov!.npv).toBeCloseTo(6754.253308, 5);
    // 9,754.2533 / 3,000 = 3.251418; net (9,754.2533 − 3,000) / 3,000 = 2.251418.
    expect(gov!.ratio).toBeCloseTo(3.251418, 6);
    expect(gov!.netRatio).toBeCloseTo(2.251418, 6);
    // Society also counts b: 4 × £500 in year 0 (DF 1) = 2,000 → (9,754.2533 + 2,000) / 3,000 = 3.918084.
    expect(society!.ratio).toBeCloseTo(3.918084, 6);
    expect(society!.byStakeholder).toEqual({
      NHS: expect.closeTo(9754.2533, 4),
      Residents: expect.closeTo(2000, 9),
    });
    expect(gov!.byOutcome).toEqual({ a: expect.closeTo(9754.2533, 4) });
  });

  it("break-even proxy and sensitivity", () => {
    const [gov] = evaluateValueMap(doc, { iterations: 0, seed: 1 }).perspectives;
    // Per £1 of proxy a is worth 10 × 0.54 × (1/1.035 + 0.9/1.035²) = 9.754253; 3,000 / 9.754253 = £307.558.
    expect(gov!.breakEvenProxy.a).toBeCloseTo(307.5581395, 6);
    const dw = gov!.sensitivity.find((r) => r.outcome === "a" && r.parameter === "deadweight")!;
    // Deadweight 0.3: retained 0.7 × 0.9 × 0.75 = 0.4725 → 10,000 × 0.4725 × 1.806343 / 3,000 = 2.844991.
    expect(dw.high).toEqual({ value: expect.closeTo(0.3, 12), ratio: expect.closeTo(2.844991, 6) });
    const proxy = gov!.sensitivity.find((r) => r.outcome === "a" && r.parameter === "proxy")!;
    // Proxy ± 20 % scales PV by 0.8 and 1.2: 3.251418 × 0.8 = 2.601134, × 1.2 = 3.901701.
    expect(proxy.low.ratio).toBeCloseTo(2.601134, 6);
    expect(proxy.high.ratio).toBeCloseTo(3.901701, 6);
    // Drop-off 0.1 − 0.1 = 0 and + 0.1 = 0.2; deadweight cannot go below 0 (clamped).
    const drop = gov!.sensitivity.find((r) => r.outcome === "a" && r.parameter === "dropOff")!;
    expect([drop.low.value, drop.high.value]).toEqual([0, expect.closeTo(0.2, 12)]);
  });

  it("Green Book factors cross the 30-year band (3.5 % then 3.0 %)", () => {
    const long = valueMapSchema.parse({
      ...handWorked(),
      discount: { schedule: "green-book" },
      outcomes: [{ ...handWorked().outcomes[0]!, startYear: 30, durationYears: 2, dropOff: 0 }],
    });
    const df = valueMapFactors(long);
    // DF(30) = 1.035^−30 = 0.3562784; DF(31) = DF(30) / 1.03 = 0.3459014; sum 0.7021798.
    expect(durationFactor(long.outcomes[0]!, df)).toBeCloseTo(1.035 ** -30 * (1 + 1 / 1.03), 12);
    expect(durationFactor(long.outcomes[0]!, df)).toBeCloseTo(0.7021798, 6);
  });

  it("Monte Carlo is seeded: same seed same percentiles; P10 ≤ P50 ≤ P90 around the ratio", () => {
    const one = evaluateValueMap(doc, { iterations: 5000, seed: 7 }).perspectives[0]!.monteCarlo!;
    const two = evaluateValueMap(doc, { iterations: 5000, seed: 7 }).perspectives[0]!.monteCarlo!;
    expect(one).toEqual(two);
    expect(one.p10).toBeLessThan(one.p50);
    expect(one.p50).toBeLessThan(one.p90);
    // The proxy range is symmetric (800–1,000–1,200), so the median ratio is the base 3.2514 ± sampling.
    expect(one.p50).toBeCloseTo(3.2514, 1);
    // Bounds: proxy 800 gives 2.6011, 1,200 gives 3.9017; triangular P10 = 800 + √(0.1 × 400 × 200) ≈ 889.4.
    expect(one.p10).toBeCloseTo((3.251418 * (800 + Math.sqrt(0.1 * 400 * 200))) / 1000, 1);
  });

  it("no ranges or no inputs: Monte Carlo and ratio are null", () => {
    const bare = valueMapSchema.parse({
      ...handWorked(),
      inputs: [],
      outcomes: handWorked().outcomes.map(({ range: _r, ...o }) => o),
    });
    const [gov] = evaluateValueMap(bare).perspectives;
    expect(gov!.monteCarlo).toBeNull();
    expect(gov!.ratio).toBeNull();
    expect(gov!.breakEvenProxy.a).toBeNull();
  });
});
