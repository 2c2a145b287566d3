import { describe, expect, it } from "vitest";
import { buildPbrGroup, buildPbrModel } from "../../../test/factories/pbr-model.ts";
import { runPbrModel } from "./pbr-model.ts";
import { preparePbr } from "./prepare.ts";

const arr = (a: Float64Array, n: number) => Array.from(a.slice(0, n));

describe("runPbrModel — one group, one provider, worked by hand", () => {
  // 10 referrals in week 0; E = 2, q = 0.75 ⇒ h = 1 − √0.25 = 0.5.
  // Starts: week 1: 10 × 0.5 = 5; week 2: 10 × 0.5 × 0.5 = 2.5 (total 7.5 = 10 × 0.75).
  // On programme out of work: week 0: 10; week 1: the 5 not yet started.
  it("x = 0: starts, outcomes, sustainment, payments with lag 1 and costs", () => {
    const prepared = preparePbr(buildPbrModel());
    const result = runPbrModel(prepared);
    const group = result.groups[0]!;
    expect(group.referrals).toBeCloseTo(10, 12);
    expect(group.starts).toBeCloseTo(7.5, 12);
    // W = 2 and nobody leaves: outcomes in week 3 (5) and week 4 (2.5).
    expect(group.jobOutcomes).toBeCloseTo(7.5, 12);
    // Sustainment j = 1 at start + 2 + 4 (weeks 7, 8), j = 2 at start + 10 (weeks 11, 12): 2 × 7.5.
    expect(group.sustainmentPayments).toBeCloseTo(15, 12);
    expect(group.jobOutcomesPerReferral).toBeCloseTo(0.75, 12);
    // Revenue: attachment 10 × 100 = 1,000 (week 1); outcomes 7.5 × 1,000 = 7,500 (weeks 4, 5);
    // sustainment 15 × 50 = 750 (weeks 8, 9, 12, 13) ⇒ 9,250.
    const prime = result.providers[0]!;
    expect(prime.revenue).toBeCloseTo(9250, 9);
    // Costs: set-up 1,000 + 10 × 10 per referral + 15 weeks out of work × 5 (10 + 5)
    // + 15 in-work weeks × 20 (week 1: 5, week 2: 5 + 2.5, week 3: 2.5) ⇒ 1,000 + 100 + 75 + 300.
    expect(prime.costs).toBeCloseTo(1475, 9);
    expect(prime.net).toBeCloseTo(7775, 9);
    expect(prime.npv).toBeCloseTo(7775, 9); // rate 0
    // Cumulative: w0 −1,000 −100 −50 = −1,150; w1 +1,000 −25 −100 ⇒ −275; w2 −150 ⇒ −425;
    // w3 −50 ⇒ −475; w4 +5,000 ⇒ 4,525 and positive from then on.
    expect(arr(prime.cashCurve, 5).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([
      -1150, -275, -425, -475, 4525,
    ]);
    // The deepest point is week 0 (set-up before any fee arrives): peak funding 1,150.
    expect(prime.peakFunding).toBeCloseTo(1150, 9);
    expect(prime.cashPositiveWeek).toBe(4);
    // The cash curve runs to horizon + lag so the last in-horizon trigger is paid.
    expect(prime.cashCurve.length).toBe(21);
    expect(result.commissioner.paid).toBeCloseTo(9250, 9);
    expect(result.commissioner.costPerJobOutcome).toBeCloseTo(9250 / 7.5, 9);
  });

  it("x = 0.1: fewer outcomes and sustainment payments", () => {
    const model = buildPbrModel({ groups: [buildPbrGroup({ weeklyJobExitProbability: 0.1 })] });
    const result = runPbrModel(preparePbr(model));
    const group = result.groups[0]!;
    // Outcomes: 7.5 × 0.9² = 6.075. Sustainment: 7.5 × (0.9⁶ + 0.9¹⁰) = 7.5 × (0.531441 + 0.3486784401).
    expect(group.jobOutcomes).toBeCloseTo(6.075, 12);
    expect(group.sustainmentPayments).toBeCloseTo(7.5 * (0.531441 + 0.3486784401), 12);
    // In-work weeks: 5 × (1 + 0.9) + 2.5 × (1 + 0.9) = 14.25 ⇒ costs 1,000 + 100 + 75 + 285.
    expect(result.providers[0]!.costs).toBeCloseTo(1460, 9);
    const revenue = 1000 + 6.075 * 1000 + 50 * 7.5 * (0.531441 + 0.3486784401);
    expect(result.providers[0]!.revenue).toBeCloseTo(revenue, 9);
  });

  it("ignores triggers after the horizon", () => {
    // Horizon 10: sustainment j = 2 (weeks 11, 12) and nothing else falls outside.
    const result = runPbrModel(preparePbr(buildPbrModel({ horizonWeeks: 10 })));
    expect(result.groups[0]!.sustainmentPayments).toBeCloseTo(7.5, 12);
    expect(result.providers[0]!.revenue).toBeCloseTo(1000 + 7500 + 375, 9);
  });

  it("takes attachment fees from the schedule by referral week", () => {
    // Referrals in weeks 0–3; the fee is 100 in weeks 0–1 and 0 from week 2: 2 × 10 × 100.
    const group = buildPbrGroup({
      referralWeeks: 4,
      jobOutcomeFee: 0,
      sustainmentFee: 0,
      attachmentFeeSchedule: [{ fromWeek: 2, fee: 0 }],
    });
    const result = runPbrModel(preparePbr(buildPbrModel({ groups: [group] })));
    expect(result.commissioner.paid).toBeCloseTo(2000, 9);
  });

  it("discounts week w by (1 + r)^(−w/52)", () => {
    // Only a set-up cost and one attachment payment of 52,000 arriving in week 52.
    const group = buildPbrGroup({ attachmentFee: 5200, jobOutcomeFee: 0, sustainmentFee: 0 });
    const model = buildPbrModel({
      horizonWeeks: 60,
      discount: { rate: 0.04 },
      groups: [group],
      terms: { primeRetention: 0, paymentLagWeeks: 52, attachmentPassThrough: true },
      providers: [
        {
          id: "prime",
          name: "Prime",
          tier: "prime",
          costs: { perReferral: 0, perWeekOnProgramme: 0, perWeekInWorkSupport: 0, setUp: 1000 },
        },
      ],
    });
    const npv = runPbrModel(preparePbr(model)).providers[0]!.npv;
    expect(npv).toBeCloseTo(52000 / 1.04 - 1000, 6);
  });
});
