import { describe, expect, it } from "vitest";
import { buildAppraisal, buildOption } from "../../../test/factories/appraisal.ts";
import { appraisalSchema } from "../../shared/appraisal.ts";
import { appraise, optionModelsOf } from "./appraise.ts";
import { cashFlowsOf, savingsSwitchingFactor } from "./cash-flows.ts";
import { staffBarrierAmounts } from "./staff-barriers.ts";

type Barriers = NonNullable<ReturnType<typeof buildOption>["staffBarriers"]>;

// Constant 10%, horizon 5 (buildAppraisal): DF(t) = 1.1^−t.
function resultOf(staffBarriers: Barriers) {
  const doc = buildAppraisal({ options: [buildOption({ staffBarriers })] });
  return appraise(doc, { iterations: 200 }).options[0]!;
}

describe("staff and pension barriers (hand-worked, constant 10%, horizon 5)", () => {
  it("TUPE transfer: 40 staff × 1,500 = 60,000 once in year 1", () => {
    const r = resultOf([
      { kind: "tupe_transfer", id: "tupe", staff: 40, costPerPerson: 1500, year: 1 },
    ]);
    expect(r.cashFlows.map((c) => c.staff)).toEqual([0, 60_000, 0, 0, 0, 0]);
    expect(r.cashFlows[1]!.net).toBe(-60_000);
    // PV = 60,000 / 1.1 = 54,545.45…; NPV is its negative (no other lines).
    expect(r.pv.staff).toBeCloseTo(60_000 / 1.1, 8);
    expect(r.npv).toBeCloseTo(-60_000 / 1.1, 8);
    const flag = r.flags.find((f) => f.code === "tupe_transfer")!;
    expect(flag.message).toContain("40 staff × 1,500 = 60,000 once, in year 1 (PV 54,545)");
  });

  it("harmonising terms: 25 staff × 800 = 20,000 a year in years 2–4", () => {
    const r = resultOf([
      {
        kind: "terms_harmonisation",
        id: "terms",
        staff: 25,
        annualPerPerson: 800,
        startYear: 2,
        endYear: 4,
      },
    ]);
    expect(r.cashFlows.map((c) => c.staff)).toEqual([0, 0, 20_000, 20_000, 20_000, 0]);
    // PV = 20,000 × (1.1^−2 + 1.1^−3 + 1.1^−4) = 20,000 × (0.826446 + 0.751315 + 0.683013) = 45,215.49…
    expect(r.pv.staff).toBeCloseTo(20_000 * (1.1 ** -2 + 1.1 ** -3 + 1.1 ** -4), 8);
    expect(r.flags.find((f) => f.code === "terms_harmonisation")!.message).toContain(
      "25 staff × 800 = 20,000 a year in years 2–4",
    );
  });

  it("pension liability: an employer debt of 300,000 spread over 3 years from year 1", () => {
    const r = resultOf([
      { kind: "pension_liability", id: "s75", amount: 300_000, year: 1, spreadYears: 3 },
    ]);
    expect(r.cashFlows.map((c) => c.staff)).toEqual([0, 100_000, 100_000, 100_000, 0, 0]);
    expect(r.pv.staff).toBeCloseTo(100_000 * (1.1 ** -1 + 1.1 ** -2 + 1.1 ** -3), 8);
    expect(r.flags.find((f) => f.code === "pension_liability")!.message).toMatch(
      /300,000 in 3 equal parts, paid in years 1–3 .*employer debt/,
    );
  });

  it("pension liability avoided: no cost, and a flag saying why", () => {
    const r = resultOf([
      { kind: "pension_liability", id: "s75", amount: 300_000, year: 1, avoided: true },
    ]);
    expect(r.pv.staff).toBe(0);
    expect(r.flags.map((f) => f.code)).toContain("pension_liability_avoided");
  });

  it("counts staff barriers in the switching factor, Monte Carlo and assumptions", () => {
    // Saving 100,000 a year from year 1 (PV 100,000 × 3.790787 = 379,078.68) against TUPE 60,000 in year 1.
    const doc = buildAppraisal({
      options: [
        buildOption({
          lines: [
            {
              kind: "saving",
              id: "s",
              source: "back_office",
              difficulty: "harder",
              annual: 100_000,
              startYear: 1,
            },
          ],
          staffBarriers: [
            { kind: "tupe_transfer", id: "t", staff: 40, costPerPerson: 1500, year: 1 },
          ],
        }),
      ],
    });
    const flows = cashFlowsOf(optionModelsOf(doc)[0]!);
    const annuity = [1, 2, 3, 4, 5].reduce((s, t) => s + 1.1 ** -t, 0);
    expect(savingsSwitchingFactor(flows.pv)).toBeCloseTo(60_000 / 1.1 / (100_000 * annuity), 10);
    const result = appraise(doc, { iterations: 100 });
    // A certain saving with no range: every Monte Carlo draw equals the deterministic NPV.
    expect(result.options[0]!.monteCarlo.mean).toBeCloseTo(flows.npv, 6);
    expect(result.assumptions.some((a) => a.startsWith("Staff and pension barriers"))).toBe(true);
  });

  it("drops parts after the horizon and rejects a start year beyond it", () => {
    const amounts = staffBarrierAmounts(
      { kind: "pension_liability", id: "p", amount: 90, year: 4, spreadYears: 3, avoided: false },
      5,
    );
    expect([...amounts]).toEqual([0, 0, 0, 0, 30, 30]);
    const bad = appraisalSchema.safeParse({
      ...buildAppraisal(),
      options: [
        buildOption({
          staffBarriers: [{ kind: "tupe_transfer", id: "t", staff: 1, costPerPerson: 1, year: 9 }],
        }),
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(["options", 0, "staffBarriers", 0, "year"]);
  });
});
