import { describe, expect, it } from "vitest";
import { buildPbrGroup, buildPbrModel } from "../../../test/factories/pbr-model.ts";
import { monteCarloPbr } from "./monte-carlo.ts";
import { runPbrModel } from "./pbr-model.ts";
import { preparePbr } from "./prepare.ts";
import { spreadOf } from "./spread.ts";

const costs = { perReferral: 20, perWeekOnProgramme: 5, perWeekInWorkSupport: 15, setUp: 2000 };
function chain() {
  return buildPbrModel({
    horizonWeeks: 80,
    discount: { rate: 0.035 },
    groups: [
      buildPbrGroup({
        referralsPerWeek: 7.5, // fractional shares exercise the carrying of part-referrals
        referralWeeks: 20,
        jobStartProbability: 0.5,
        eligibilityWeeks: 8,
        weeklyJobExitProbability: 0.05,
        jobOutcomeWeeks: 4,
        maxSustainmentPayments: 3,
        attachmentFeeSchedule: [{ fromWeek: 10, fee: 0 }],
      }),
    ],
    providers: [
      { id: "prime", name: "P", tier: "prime", costs },
      { id: "sub", name: "S", tier: "tier1", costs },
    ],
    allocation: [
      { group: "g1", provider: "prime", share: 1 / 3 },
      { group: "g1", provider: "sub", share: 2 / 3 },
    ],
    terms: { primeRetention: 0.2, paymentLagWeeks: 2, attachmentPassThrough: false },
  });
}

describe("monteCarloPbr", () => {
  it("is reproducible: same seed, same output; another seed, other draws", () => {
    const prepared = preparePbr(chain());
    const a = monteCarloPbr(prepared, { runs: 200, seed: 42 });
    const b = monteCarloPbr(prepared, { runs: 200, seed: 42 });
    const c = monteCarloPbr(prepared, { runs: 200, seed: 43 });
    expect(b).toEqual(a);
    expect(c.providers[0]!.npv.mean).not.toBe(a.providers[0]!.npv.mean);
  });

  it("has the expected-value model's NPV as its mean (within 4 standard errors)", () => {
    const prepared = preparePbr(chain());
    const expected = runPbrModel(prepared);
    const runs = 3000;
    const mc = monteCarloPbr(prepared, { runs, seed: 7 });
    mc.providers.forEach((p, i) => {
      const sd = (p.npv.p90 - p.npv.p10) / 2.563; // normal approximation: P90 − P10 = 2.563 σ
      expect(Math.abs(p.npv.mean - expected.providers[i]!.npv)).toBeLessThan(
        (4 * sd) / Math.sqrt(runs),
      );
      expect(p.npv.p10).toBeLessThan(p.npv.p90);
    });
  });

  it("collapses to the expected value when nothing is random (q = 1, x = 0, whole referrals)", () => {
    const model = buildPbrModel({ groups: [buildPbrGroup({ jobStartProbability: 1 })] });
    const prepared = preparePbr(model);
    const expected = runPbrModel(prepared).providers[0]!;
    const [p] = monteCarloPbr(prepared, { runs: 20, seed: 1 }).providers;
    if (!p) throw new Error("expected one provider");
    for (const v of [p.npv.mean, p.npv.p10, p.npv.p50, p.npv.p90])
      expect(v).toBeCloseTo(expected.npv, 9);
    expect(p.peakFunding.p50).toBeCloseTo(expected.peakFunding, 9);
  });
});

describe("spreadOf", () => {
  it("takes type-7 percentiles by hand", () => {
    // Positions (n − 1)p = 0.4, 2, 3.6 ⇒ 1.4, 3, 4.6.
    const s = spreadOf(Float64Array.of(5, 1, 4, 2, 3));
    expect(s.mean).toBe(3);
    expect(s.p10).toBeCloseTo(1.4, 12);
    expect(s.p50).toBe(3);
    expect(s.p90).toBeCloseTo(4.6, 12);
  });
});
