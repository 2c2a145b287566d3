import { describe, expect, it } from "vitest";
import { buildPbrGroup, buildPbrModel } from "../../../test/factories/pbr-model.ts";
import { runPbrModel } from "./pbr-model.ts";
import { preparePbr } from "./prepare.ts";
import { riskTransferOf } from "./risk-transfer.ts";

const costs = { perReferral: 0, perWeekOnProgramme: 0, perWeekInWorkSupport: 0, setUp: 0 };
function chain(attachmentFee: number) {
  return buildPbrModel({
    groups: [
      buildPbrGroup({
        attachmentFee,
        jobStartProbability: 0.5,
        eligibilityWeeks: 1,
        jobOutcomeWeeks: 1,
        maxSustainmentPayments: 0,
      }),
    ],
    providers: [
      { id: "prime", name: "Prime", tier: "prime", costs },
      { id: "sub", name: "Sub", tier: "tier2", costs },
    ],
    allocation: [
      { group: "g1", provider: "prime", share: 0.5 },
      { group: "g1", provider: "sub", share: 0.5 },
    ],
    terms: { primeRetention: 0.2, paymentLagWeeks: 0, attachmentPassThrough: false },
  });
}

describe("riskTransferOf (10% shortfall)", () => {
  it("splits the loss by hand with attachment fees", () => {
    // Plan: each provider 5 referrals, 2.5 outcomes. Sub 0.8 × 2,500 = 2,000; prime 2,500 + 2 × 500
    // attachment + 0.2 × 2,500 = 4,000; commissioner pays 6,000 for 5 outcomes (1,200 each).
    // Shortfall (q = 0.45): 2.25 outcomes each ⇒ sub 1,800 (loss 200), prime 3,700 (loss 300);
    // commissioner pays 5,500 for 4.5 outcomes, 100 more than 4.5 × 1,200 ⇒ total loss 600.
    const prepared = preparePbr(chain(100));
    const risk = riskTransferOf(prepared, runPbrModel(prepared), -0.1);
    expect(risk.totalLoss).toBeCloseTo(600, 9);
    expect(risk.prime.share).toBeCloseTo(0.5, 9);
    expect(risk.tier2.share).toBeCloseTo(1 / 3, 9);
    expect(risk.tier1.loss).toBe(0);
    expect(risk.commissioner.share).toBeCloseTo(1 / 6, 9);
    expect(risk.commissionerSaving).toBeCloseTo(500, 9);
  });

  it("leaves the commissioner no loss under pure outcome payments", () => {
    const prepared = preparePbr(chain(0));
    const risk = riskTransferOf(prepared, runPbrModel(prepared), -0.1);
    expect(risk.commissioner.loss).toBeCloseTo(0, 9);
    expect(risk.prime.share! + risk.tier2.share!).toBeCloseTo(1, 12);
  });
});
