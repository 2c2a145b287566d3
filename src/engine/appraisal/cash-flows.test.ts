import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAppraisal, buildOption } from "../../../test/factories/appraisal.ts";
import { optionModelsOf } from "./appraise.ts";
import { cashFlowsOf, paybackYear, savingsSwitchingFactor } from "./cash-flows.ts";
import { lineNpv } from "./line-model.ts";

type Lines = NonNullable<ReturnType<typeof buildOption>["lines"]>;

function flowsOf(lines: Lines, extra: Parameters<typeof buildAppraisal>[0] = {}) {
  const doc = buildAppraisal({ options: [buildOption({ lines })], ...extra });
  return cashFlowsOf(optionModelsOf(doc)[0]!);
}

const saving = (over: Partial<Extract<Lines[number], { kind: "saving" }>> = {}) =>
  ({
    kind: "saving",
    id: "s",
    source: "executive_team",
    difficulty: "pretty_easy",
    annual: 120,
    startYear: 2,
    rampYears: 3,
    probability: 0.5,
    ...over,
  }) as const;

describe("cashFlowsOf (constant 10%, horizon 5)", () => {
  it("gives NPV 0 for an option with no lines", () => {
    const r = flowsOf([]);
    expect(r.npv).toBe(0);
    expect(r.cashFlows).toHaveLength(6);
  });

  it("discounts a one-off cost in its year", () => {
    // −100 / 1.1² = −82.6446…
    const r = flowsOf([{ kind: "one_off_cost", id: "c", amount: 100, year: 2 }]);
    expect(r.npv).toBeCloseTo(-100 / 1.21, 10);
    expect(r.pv.costs).toBeCloseTo(100 / 1.21, 10);
    expect(r.cashFlows[2]!.costs).toBe(100);
  });

  it("runs a recurring cost from its start to its end year", () => {
    // −50 × (1/1.1 + 1/1.21 + 1/1.331) = −124.3426…
    const r = flowsOf([{ kind: "recurring_cost", id: "c", annual: 50, startYear: 1, endYear: 3 }]);
    expect(r.npv).toBeCloseTo(-50 * (1 / 1.1 + 1 / 1.21 + 1 / 1.331), 10);
    expect(r.cashFlows.map((c) => c.costs)).toEqual([0, 50, 50, 50, 0, 0]);
  });

  it("ramps a saving up linearly and weights it by probability", () => {
    // 120 × min(1, (t − 2 + 1)/3) × 0.5 → t2: 20, t3: 40, t4: 60, t5: 60.
    const r = flowsOf([saving()]);
    expect(r.cashFlows.map((c) => c.savings)).toEqual([0, 0, 20, 40, 60, 60]);
    expect(r.npv).toBeCloseTo(20 / 1.1 ** 2 + 40 / 1.1 ** 3 + 60 / 1.1 ** 4 + 60 / 1.1 ** 5, 10);
  });

  it("stops a saving after its end year", () => {
    const r = flowsOf([saving({ endYear: 3 })]);
    expect(r.cashFlows.map((c) => c.savings)).toEqual([0, 0, 20, 40, 0, 0]);
  });

  it("applies optimism bias: costs × (1 + 0.2), savings × (1 − 0.1)", () => {
    // Saving 100 from year 1 (no ramp), cost 100 in year 0: net year 0 −120, years 1–5 +90.
    const r = flowsOf(
      [
        saving({ annual: 100, startYear: 1, rampYears: 1, probability: 1 }),
        { kind: "one_off_cost", id: "c", amount: 100, year: 0 },
      ],
      { optimismBias: { costs: 0.2, benefits: 0.1 } },
    );
    expect(r.cashFlows.map((c) => c.net)).toEqual([-120, 90, 90, 90, 90, 90]);
    const annuity = [1, 2, 3, 4, 5].reduce((s, t) => s + 1.1 ** -t, 0); // 3.790787…
    expect(r.npv).toBeCloseTo(-120 + 90 * annuity, 10);
  });

  it("subtracts loan re-pricing and VAT in net, reporting them as positive", () => {
    // Loan: 1,000,000 × 1% = 10,000 from year 4; VAT: 1,000 × 20% = 200 in years 1–5 (after 2011).
    const doc = buildAppraisal({
      options: [
        buildOption({
          vat: { regime: "separate", chargedServicesPerYear: 1000 },
          loanRepricing: { debt: 1_000_000, rateIncrease: 0.01, fromYear: 4, avoided: false },
        }),
      ],
    });
    const r = cashFlowsOf(optionModelsOf(doc)[0]!);
    expect(r.cashFlows[4]).toMatchObject({ vat: 200, loan: 10_000, net: -10_200 });
    expect(r.cashFlows.map((c) => c.vat)).toEqual([0, 200, 200, 200, 200, 200]);
    expect(r.pv.loan).toBeCloseTo(10_000 / 1.1 ** 4 + 10_000 / 1.1 ** 5, 8);
    // Worked by hand, not from r.pv: VAT 200 × (1.1⁻¹ + … + 1.1⁻⁵ = 3.7907868) = 758.15735; loan
    // 10,000 × (0.6830135 + 0.6209213) = 13,039.34778; NPV = −(758.15735 + 13,039.34778).
    expect(r.pv.vat).toBeCloseTo(758.15735, 4);
    expect(r.npv).toBeCloseTo(-13_797.50514, 4);
  });

  it("is the sum of its lines' NPVs (property: NPV is linear in lines)", () => {
    const line = fc.record({
      annual: fc.integer({ min: 0, max: 10_000 }),
      startYear: fc.integer({ min: 1, max: 5 }),
      rampYears: fc.integer({ min: 1, max: 4 }),
      probability: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (specs) => {
        const lines = specs.map((s, i) => saving({ ...s, id: `s${i}` }));
        const doc = buildAppraisal({ options: [buildOption({ lines })] });
        const model = optionModelsOf(doc)[0]!;
        const sum = model.lines.reduce((s, l) => s + lineNpv(l), 0);
        expect(cashFlowsOf(model).npv).toBeCloseTo(sum, 6);
      }),
      { seed: 11, numRuns: 60 },
    );
  });
});

describe("paybackYear", () => {
  it("is the first year from which cumulative discounted net stays non-negative", () => {
    const rows = [-100, 30, 40, 50, 10].map((net) => ({ net, discountFactor: 1 }));
    // Cumulative −100, −70, −30, 20, 30 → year 3.
    expect(paybackYear(rows)).toBe(3);
  });

  it("ignores a zero year 0 before later costs, and is null when never paid back", () => {
    expect(paybackYear([0, -10, 5].map((net) => ({ net, discountFactor: 1 })))).toBeNull();
    expect(paybackYear([0, -10, 15].map((net) => ({ net, discountFactor: 1 })))).toBe(2);
  });
});

describe("savingsSwitchingFactor", () => {
  it("is (costs + VAT + loan) / savings, and null with no savings", () => {
    expect(savingsSwitchingFactor({ savings: 200, costs: 50, vat: 30, loan: 10, staff: 10 })).toBe(
      0.5,
    );
    expect(savingsSwitchingFactor({ savings: 0, costs: 50, vat: 0, loan: 0, staff: 0 })).toBeNull();
  });

  it("makes NPV zero when every saving is scaled by it", () => {
    const lines: Lines = [
      saving({ annual: 100, startYear: 1, rampYears: 2, probability: 0.7 }),
      { kind: "one_off_cost", id: "c", amount: 150, year: 0 },
    ];
    const base = flowsOf(lines);
    const k = savingsSwitchingFactor(base.pv)!;
    const scaled = flowsOf([{ ...lines[0]!, annual: 100 * k } as Lines[number], lines[1]!]);
    expect(scaled.npv).toBeCloseTo(0, 8);
  });
});
