import { describe, expect, it } from "vitest";
import { buildPbrModel } from "../../../test/factories/pbr-model.ts";
import { runPbrModel } from "./pbr-model.ts";
import { preparePbr } from "./prepare.ts";

const costs = { perReferral: 0, perWeekOnProgramme: 0, perWeekInWorkSupport: 0, setUp: 0 };
function chain(attachmentPassThrough: boolean) {
  return buildPbrModel({
    providers: [
      { id: "prime", name: "Prime", tier: "prime", costs },
      { id: "sub", name: "Sub", tier: "tier1", costs },
    ],
    allocation: [
      { group: "g1", provider: "prime", share: 0.5 },
      { group: "g1", provider: "sub", share: 0.5 },
    ],
    terms: { primeRetention: 0.2, paymentLagWeeks: 1, attachmentPassThrough },
  });
}

// Each provider gets 5 referrals: attachment 5 × 100 = 500; starts 3.75 ⇒ outcomes 3,750 and
// sustainment 7.5 × 50 = 375, so 4,125 of results payments per provider (x = 0, as in pbr-model.test).
describe("subcontract pass-through (retention 0.2)", () => {
  it("passes on 80% of results and attachment fees when attachment passes through", () => {
    const [prime, sub] = runPbrModel(preparePbr(chain(true))).providers;
    if (!prime || !sub) throw new Error("expected a prime and a subcontractor");
    expect(sub.revenue).toBeCloseTo(0.8 * (4125 + 500), 9); // 3,700
    expect(prime.revenue).toBeCloseTo(4625 + 0.2 * 4625, 9); // 5,550
  });

  it("keeps attachment fees with the prime when they do not pass through", () => {
    const [prime, sub] = runPbrModel(preparePbr(chain(false))).providers;
    if (!prime || !sub) throw new Error("expected a prime and a subcontractor");
    expect(sub.revenue).toBeCloseTo(0.8 * 4125, 9); // 3,300
    expect(prime.revenue).toBeCloseTo(4625 + 0.2 * 4125 + 500, 9); // 5,950
  });

  it("the commissioner's payments all land with someone", () => {
    for (const pass of [true, false]) {
      const result = runPbrModel(preparePbr(chain(pass)));
      const received = result.providers.reduce((s, p) => s + p.revenue, 0);
      expect(received).toBeCloseTo(result.commissioner.paid, 9);
    }
  });
});
