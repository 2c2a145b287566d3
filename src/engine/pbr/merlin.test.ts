import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MERLIN_ITEMS, MERLIN_PRINCIPLES, type MerlinRelation } from "../../shared/merlin.ts";
import { type MerlinAnswers, merlinBandOf, merlinScoresOf } from "./merlin.ts";

const answer = (relation: MerlinRelation, answers: Record<string, number>): MerlinAnswers => ({
  relation,
  answers,
});

describe("merlinScoresOf", () => {
  it("scores each principle as (mean − 1) ÷ 4, hand-computed", () => {
    // design-1: 5, 4, 3 → mean 4 → 75%; design-2: 5, 5, 5; design pooled: sum 27 of 6 → (27 − 6)/24 = 87.5%.
    // funding-1: 1, 2, 2 → sum 5 of 3 → (5 − 3)/12 = 16.67%. Overall: sum 32 of 9 → 23/36 = 63.89%.
    const responses = [
      answer("present", { "design-1": 5, "design-2": 5, "funding-1": 1 }),
      answer("present", { "design-1": 4, "design-2": 5, "funding-1": 2 }),
      answer("present", { "design-1": 3, "design-2": 5, "funding-1": 2 }),
    ];
    const result = merlinScoresOf(responses);
    const design = result.principles!.find((p) => p.id === "design")!;
    const funding = result.principles!.find((p) => p.id === "funding")!;
    expect([design.answers, design.percent, design.band]).toEqual([6, 87.5, "Excellent"]);
    expect(funding.percent).toBeCloseTo(100 / 6, 10);
    expect(funding.band).toBe("Poor");
    expect(result.overall!.percent).toBeCloseTo((23 / 36) * 100, 10);
    expect(result.overall!.band).toBe("Good");
    expect(result.principles!.find((p) => p.id === "procure")).toMatchObject({
      answers: 0,
      percent: null,
      band: null,
    });
  });

  it("bands at 80, 60 and 40 (our own bands)", () => {
    expect([80, 79.9, 60, 40, 39.9].map(merlinBandOf)).toEqual([
      "Excellent",
      "Good",
      "Good",
      "Needs improvement",
      "Poor",
    ]);
  });

  it("does not show a group smaller than 3 separately, nor everything under 3 respondents", () => {
    const two = [answer("past", { "design-1": 5 }), answer("past", { "design-1": 1 })];
    const r = merlinScoresOf(two);
    expect([r.withheld, r.overall, r.principles]).toEqual([true, null, null]);
    expect(r.byRelation.find((g) => g.relation === "past")).toMatchObject({
      respondents: 2,
      withheld: true,
      principles: null,
    });
  });

  it("also holds back the smallest shown group when only one group is too small", () => {
    const present = [5, 4, 3].map((v) => answer("present", { "contract-1": v }));
    const past = [2, 2, 2, 2].map((v) => answer("past", { "contract-1": v }));
    const r = merlinScoresOf([...present, ...past, answer("potential", { "contract-1": 1 })]);
    const shown = r.byRelation.filter((g) => !g.withheld).map((g) => g.relation);
    expect(shown).toEqual(["past"]);
    // past: all 2 → 25%.
    expect(r.byRelation[0]!.principles!.find((p) => p.id === "contract")!.percent).toBe(25);
    expect(r.withheld).toBe(false);
  });

  it("keeps every percentage within 0–100 and every principle listed", () => {
    const item = fc.constantFrom(...MERLIN_ITEMS.map((i) => i.id));
    const response = fc.record({
      relation: fc.constantFrom<MerlinRelation>("past", "present", "potential"),
      answers: fc.dictionary(item, fc.integer({ min: 1, max: 5 }), { minKeys: 1 }),
    });
    fc.assert(
      fc.property(fc.array(response, { minLength: 3, maxLength: 12 }), (responses) => {
        const r = merlinScoresOf(responses);
        expect(r.principles!.map((p) => p.id)).toEqual(MERLIN_PRINCIPLES.map((p) => p.id));
        for (const p of r.principles!)
          if (p.percent !== null) expect(p.percent >= 0 && p.percent <= 100).toBe(true);
      }),
    );
  });
});
