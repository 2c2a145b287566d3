import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAppraisal, buildOption } from "../../../test/factories/appraisal.ts";
import { realisationOf, yearIndexOf } from "./realisation.ts";

// Horizon 3 at 0%: planned s1 = [0, 50, 100, 100] (ramp 2), s2 = 40 × 0.5 = [0, 20, 20, 20], c = [60, 0, 0, 0].
const doc = buildAppraisal({
  horizonYears: 3,
  discount: { rate: 0 },
  options: [
    buildOption({
      lines: [
        {
          kind: "saving",
          id: "s1",
          name: "Procurement",
          source: "external_procurement",
          difficulty: "easy",
          annual: 100,
          startYear: 1,
          rampYears: 2,
        },
        {
          kind: "saving",
          id: "s2",
          source: "board_governance",
          difficulty: "hardest",
          annual: 40,
          startYear: 1,
          probability: 0.5,
        },
        { kind: "one_off_cost", id: "c", amount: 60, year: 0 },
      ],
    }),
  ],
});
const actuals = [
  { line: "s1", year: 1, amount: 40 },
  { line: "s1", year: 2, amount: 80 },
  { line: "c", year: 0, amount: 75 },
];

describe("realisationOf", () => {
  const r = realisationOf(doc, "a", actuals, "2016-04-01");

  it("compares planned with actual per line and re-forecasts at the rate to date", () => {
    const [s1, s2, c] = r.lines;
    expect(s1).toMatchObject({ planned: [0, 50, 100, 100], actual: [null, 40, 80, null] });
    expect(s1).toMatchObject({ plannedToDate: 150, actualToDate: 120, rate: 0.8 });
    expect(s1!.forecast).toEqual([0, 40, 80, 80]);
    expect(s2).toMatchObject({ name: "s2", rate: null, forecast: [0, 20, 20, 20] });
    expect(c).toMatchObject({ plannedToDate: 60, actualToDate: 75, rate: 1.25 });
    expect(c!.forecast).toEqual([75, 0, 0, 0]);
  });

  it("totals savings and costs separately and groups savings by difficulty", () => {
    // Past = years 0–2 (today 2016-04-01 starts year 3). Savings planned in the past: s1 0 + 50 + 100
    // and s2 0 + 20 + 20 = 190; over the horizon: s1 250 + s2 60 = 310. Costs: 60 in year 0.
    expect(r.savings).toEqual({
      plannedToDate: 150,
      actualToDate: 120,
      rate: 0.8,
      plannedPast: 190,
      plannedTotal: 310,
    });
    expect(r.costs).toEqual({
      plannedToDate: 60,
      actualToDate: 75,
      rate: 1.25,
      plannedPast: 60,
      plannedTotal: 60,
    });
    const none = { plannedToDate: 0, actualToDate: 0, rate: null, plannedPast: 0, plannedTotal: 0 };
    expect(r.byDifficulty).toEqual(
      [
        { difficulty: "easy", plannedToDate: 150, actualToDate: 120, rate: 0.8 },
        { difficulty: "pretty_easy", ...none },
        { difficulty: "harder", ...none },
        { difficulty: "hardest", ...none, plannedPast: 40, plannedTotal: 60 },
      ].map((d) => (d.difficulty === "easy" ? { ...d, plannedPast: 150, plannedTotal: 250 } : d)),
    );
  });

  it("shows what was planned for a decided plan with no actuals, and which years are past", () => {
    // Same lines, base 2009-04-01, horizon 3, read on 2026-05-30 (year index 17): every year is past,
    // so the plan's savings (310) and costs (60) are all 'planned for past years', none recorded.
    const old = { ...doc, baseDate: "2009-04-01" };
    const out = realisationOf(old, "a", [], "2026-05-30");
    expect(out.currentYear).toBe(17);
    expect(out.savings).toMatchObject({ plannedToDate: 0, plannedPast: 310, plannedTotal: 310 });
    expect(out.costs).toMatchObject({ plannedPast: 60, plannedTotal: 60 });
    expect(out.years.every((y) => y.past)).toBe(true);
    expect(out.pastText).toBe(
      "All 4 years of the plan (0–3, 1 April 2009 to 31 March 2013) are past as of 30 May 2026.",
    );
    expect(r.pastText).toBe("Years 0–2 are past as of 1 April 2016; year 3 began on 1 April 2016.");
    expect(realisationOf(doc, "a", [], "2013-05-01").pastText).toBe(
      "No year of the plan is past yet as of 1 May 2013: year 0 runs from 1 April 2013 to 31 March 2014.",
    );
  });

  it("adds up each year and marks the past", () => {
    expect(r.years[0]).toEqual({
      year: 0,
      past: true,
      plannedSavings: 0,
      actualSavings: null,
      forecastSavings: 0,
      plannedCosts: 60,
      actualCosts: 75,
      forecastCosts: 75,
    });
    expect(r.years[1]).toMatchObject({
      plannedSavings: 70,
      actualSavings: 40,
      forecastSavings: 60,
    });
    expect(r.years[3]).toMatchObject({ past: false, actualSavings: null, forecastSavings: 100 });
  });

  it("re-forecasts NPV: 310 − 60 planned, 260 − 75 re-forecast", () => {
    expect(r.npv.planned).toBeCloseTo(250, 10);
    expect(r.npv.reforecast).toBeCloseTo(185, 10);
  });

  it("lists lines with no actual for a past year that planned something", () => {
    expect(r.followUp).toEqual([{ line: "s2", name: "s2", years: [1, 2] }]);
    expect(realisationOf(doc, "a", actuals, "2014-04-01").followUp).toEqual([]);
  });

  it("discounts the re-forecast and applies probability and optimism bias to the plan", () => {
    const biased = buildAppraisal({
      horizonYears: 2,
      optimismBias: { costs: 0.5, benefits: 0.2 },
      options: [
        buildOption({
          lines: [
            {
              kind: "saving",
              id: "s",
              source: "back_office",
              difficulty: "harder",
              annual: 100,
              startYear: 1,
              probability: 0.5,
            },
          ],
        }),
      ],
    });
    const out = realisationOf(biased, "a", [{ line: "s", year: 1, amount: 20 }], "2015-04-01");
    // Planned 100 × 0.5 × 0.8 = 40 in years 1 and 2; rate 0.5 → year 2 forecast 20.
    expect(out.lines[0]!.planned).toEqual([0, 40, 40]);
    expect(out.lines[0]!.forecast).toEqual([0, 20, 20]);
    expect(out.npv.planned).toBeCloseTo(40 / 1.1 + 40 / 1.21, 10);
    expect(out.npv.reforecast).toBeCloseTo(20 / 1.1 + 20 / 1.21, 10);
    expect(out.byDifficulty.find((d) => d.difficulty === "harder")!.rate).toBe(0.5);
  });

  it("re-forecasts the plan itself when actuals equal it or none are recorded", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.boolean(), (year, record) => {
        const planned = realisationOf(doc, "a", [], `${2013 + year}-04-01`).lines;
        const same = record
          ? planned.flatMap((l) => l.planned.map((amount, t) => ({ line: l.id, year: t, amount })))
          : [];
        const out = realisationOf(doc, "a", same, `${2013 + year}-04-01`);
        expect(out.npv.reforecast).toBeCloseTo(out.npv.planned, 9);
        expect(out.savings.rate).toBe(record ? 1 : null);
      }),
      { numRuns: 20 },
    );
  });

  it("refuses an option the document does not have", () => {
    expect(() => realisationOf(doc, "zz", [], "2013-04-01")).toThrow(/No option "zz"/);
  });
});

describe("yearIndexOf", () => {
  it.each([
    ["2009-04-01", "2009-04-01", 0],
    ["2009-04-01", "2010-03-31", 0],
    ["2009-04-01", "2010-04-01", 1],
    ["2009-04-01", "2009-03-31", -1],
    ["2009-04-01", "2026-11-29T12:00:00Z", 17],
  ])("%s → %s is year %i", (base, today, want) => {
    expect(yearIndexOf(base, today)).toBe(want);
  });
});
