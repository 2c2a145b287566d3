import { describe, expect, it } from "vitest";
import { type CoproductionStage, TYPICAL_COPRODUCTION } from "../../shared/coproduction.ts";
import { coproductionAnalysis, coproductionTimeline, inclusiveDays } from "./index.ts";

const stage = (
  name: CoproductionStage["stage"],
  start: string | null,
  end: string | null,
  amounts: number[],
): CoproductionStage => ({
  stage: name,
  start,
  end,
  people: [],
  organisations: [],
  costs: amounts.map((amount, i) => ({ description: `cost ${i + 1}`, amount })),
  outputs: [],
  evidence: [],
  links: [],
  valueMap: null,
});

describe("a co-production project's timeline, cost and duration", () => {
  // Steering group 1 Apr – 30 Jun 2009 (30 + 31 + 30 = 91 days), evaluation 1 Jul – 30 Sep 2010
  // (31 + 31 + 30 = 92 days); given out of order to show they are put in process order.
  const stages = [
    stage("evaluation", "2010-07-01", "2010-09-30", [20_000]),
    stage("steering_group", "2009-04-01", "2009-06-30", [10_000, 5_000]),
    stage("co_design", null, null, []),
  ];

  it("counts both the first and the last day", () => {
    expect(inclusiveDays("2009-01-01", "2009-01-31")).toBe(31);
    expect(inclusiveDays("2012-02-01", "2012-02-29")).toBe(29);
  });

  it("places each stage by days from the first day, in process order", () => {
    const t = coproductionTimeline(stages);
    expect(t.stages.map((s) => s.stage)).toEqual(["steering_group", "co_design", "evaluation"]);
    expect(t.start).toBe("2009-04-01");
    expect(t.end).toBe("2010-09-30");
    // 1 Apr 2009 → 1 Apr 2010 is 365 days, then April to September 2010 is 183: 548 in all.
    expect(t.days).toBe(548);
    expect(t.months).toBeCloseTo(548 / 30.4375, 12);
    // 1 Apr 2009 → 1 Jul 2010: 365 + 30 + 31 + 30 = 456 days.
    expect(t.stages[2]).toMatchObject({ offsetDays: 456, days: 92, cost: 20_000 });
    expect(t.stages[0]).toMatchObject({ offsetDays: 0, days: 91, cost: 15_000 });
    expect(t.stages[1]).toMatchObject({ offsetDays: null, days: null, cost: 0 });
  });

  it("compares cost and length with the typical project (18 months, £150,000)", () => {
    const { comparison } = coproductionAnalysis({ stages, proposals: [] });
    // 15,000 + 20,000 = 35,000 against 150,000.
    expect(comparison.cost).toBe(35_000);
    expect(comparison.costDifference).toBe(-115_000);
    expect(comparison.costRatio).toBeCloseTo(35_000 / 150_000, 12);
    // 548 / 30.4375 = 18.0041… months, 0.0041 over the typical 18.
    expect(comparison.monthsDifference).toBeCloseTo(548 / 30.4375 - 18, 12);
    expect(comparison.costPerMonth).toBeCloseTo(35_000 / (548 / 30.4375), 9);
    expect(comparison.typicalCostPerMonth).toBeCloseTo(150_000 / 18, 9);
    expect(comparison.assumption).toBe(TYPICAL_COPRODUCTION.assumption);
  });

  it("takes another typical project as a parameter, and has no months without dates", () => {
    const typical = { months: 12, cost: 70_000, assumption: "a test figure" };
    const dated = coproductionAnalysis({ stages, proposals: [] }, typical).comparison;
    expect(dated.costRatio).toBe(0.5);
    expect(dated.typicalCostPerMonth).toBeCloseTo(70_000 / 12, 9);
    const undated = coproductionAnalysis({
      stages: [stage("delivery", null, null, [1])],
      proposals: [],
    });
    expect(undated.timeline.days).toBeNull();
    expect(undated.comparison).toMatchObject({
      months: null,
      monthsRatio: null,
      costPerMonth: null,
    });
  });
});
