import { describe, expect, it } from "vitest";
import { buildPbrGroup, buildPbrModel } from "../../../test/factories/pbr-model.ts";
import type { PbrModelInput } from "../../shared/pbr.ts";
import { breakEvenPerformance, providerNpvAt } from "./break-even.ts";
import { runPbrModel } from "./pbr-model.ts";
import { preparePbr } from "./prepare.ts";
import { sensitivityOf } from "./sensitivity.ts";

// E = 1 (so h = q), W = 1, no sustainment, no attachment, lag 0, rate 0, only a set-up cost of
// 3,000: NPV = 10 referrals × 0.5 × m × 1,000 − 3,000, zero at m = 0.6.
function simple(setUp: number, overrides: Partial<PbrModelInput> = {}) {
  return buildPbrModel({
    groups: [
      buildPbrGroup({
        jobStartProbability: 0.5,
        eligibilityWeeks: 1,
        jobOutcomeWeeks: 1,
        attachmentFee: 0,
        maxSustainmentPayments: 0,
      }),
    ],
    providers: [
      {
        id: "prime",
        name: "Prime",
        tier: "prime",
        costs: { perReferral: 0, perWeekOnProgramme: 0, perWeekInWorkSupport: 0, setUp },
      },
    ],
    terms: { primeRetention: 0.2, paymentLagWeeks: 0, attachmentPassThrough: true },
    ...overrides,
  });
}

describe("breakEvenPerformance", () => {
  it("finds m = 0.6 by bisection where NPV = 5,000 m − 3,000", () => {
    const prepared = preparePbr(simple(3000));
    const m = breakEvenPerformance(prepared, 0)!;
    expect(m).toBeCloseTo(0.6, 9);
    expect(Math.abs(providerNpvAt(prepared, 0, m))).toBeLessThan(1e-6);
    expect(Math.abs(runPbrModel(prepared, { performance: [m] }).providers[0]!.npv)).toBeLessThan(
      1e-6,
    );
  });

  it("is null when the NPV does not change sign on [0, 1/p]", () => {
    // At m = 1/0.5 = 2 every participant starts: NPV = 10,000 − 12,000 < 0 — never breaks even.
    expect(breakEvenPerformance(preparePbr(simple(12000)), 0)).toBeNull();
  });

  it("gives NPV ≈ 0 for the prime and a subcontractor in a chain with costs", () => {
    // Prime: NPV(0) ≈ −6,400 (set-up 20,000 against retention and attachment fees), NPV(4/3) > 0.
    const model = buildPbrModel({
      groups: [buildPbrGroup({ referralWeeks: 10, weeklyJobExitProbability: 0.05 })],
      providers: [
        {
          id: "prime",
          name: "P",
          tier: "prime",
          costs: { perReferral: 5, perWeekOnProgramme: 2, perWeekInWorkSupport: 10, setUp: 20000 },
        },
        {
          id: "sub",
          name: "S",
          tier: "tier2",
          costs: { perReferral: 50, perWeekOnProgramme: 30, perWeekInWorkSupport: 40, setUp: 4000 },
        },
      ],
      allocation: [
        { group: "g1", provider: "prime", share: 0.4 },
        { group: "g1", provider: "sub", share: 0.6 },
      ],
      horizonWeeks: 40,
    });
    const prepared = preparePbr(model);
    for (const i of [0, 1]) {
      const m = breakEvenPerformance(prepared, i);
      expect(m).not.toBeNull();
      const performance = [1, 1];
      performance[i] = m!;
      expect(Math.abs(runPbrModel(prepared, { performance }).providers[i]!.npv)).toBeLessThan(1e-6);
    }
  });
});

describe("sensitivityOf", () => {
  it("moves NPV by ±10 referrals × 1 point × 1,000 = ±100", () => {
    const prepared = preparePbr(simple(3000));
    const [s] = sensitivityOf(prepared, runPbrModel(prepared));
    if (!s) throw new Error("expected one provider's sensitivity");
    expect(s.minus1pp).toBeCloseTo(-100, 9);
    expect(s.plus1pp).toBeCloseTo(100, 9);
  });
});
