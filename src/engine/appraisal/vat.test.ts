import { describe, expect, it } from "vitest";
import { loanSchedule } from "./loan.ts";
import { standardVatRate, vatSchedule, yearStartDate } from "./vat.ts";

describe("standardVatRate", () => {
  it("is 17.5% up to 3 January 2011 and 20% from 4 January 2011", () => {
    expect(standardVatRate("2011-01-03")).toBe(0.175);
    expect(standardVatRate("2011-01-04")).toBe(0.2);
  });
});

describe("yearStartDate", () => {
  it("adds whole calendar years to the base date", () => {
    expect(yearStartDate("2010-04-01", 0)).toBe("2010-04-01");
    expect(yearStartDate("2010-04-01", 3)).toBe("2013-04-01");
  });
});

describe("vatSchedule", () => {
  it("charges 17.5% for years starting before 4 January 2011 and 20% after (separate)", () => {
    // Year 1 starts 2011-01-03 (17.5%), year 2 2012-01-03 (20%): 1000 × 0.175 = 175; 1000 × 0.2 = 200.
    const s = vatSchedule({ regime: "separate", chargedServicesPerYear: 1000 }, "2010-01-03", 2);
    expect([...s.amounts]).toEqual([0, 175, 200]);
    expect(s.beforeExemption).toEqual([]);
  });

  it("charges nothing in year 0 and nothing in a VAT group", () => {
    const s = vatSchedule({ regime: "vat_group", chargedServicesPerYear: 1000 }, "2010-01-03", 3);
    expect([...s.amounts]).toEqual([0, 0, 0, 0]);
  });

  it("still charges under the cost sharing exemption for years starting before 17 July 2012", () => {
    // Base 2010-07-16: year 1 starts 2011-07-16 (20%), year 2 2012-07-16 (still before: 20%),
    // year 3 2013-07-16 (exempt).
    const s = vatSchedule(
      { regime: "cost_sharing_exemption", chargedServicesPerYear: 500 },
      "2010-07-16",
      3,
    );
    expect([...s.amounts]).toEqual([0, 100, 100, 0]);
    expect(s.beforeExemption).toEqual([1, 2]);
  });

  it("treats a year starting on 17 July 2012 as exempt", () => {
    const s = vatSchedule(
      { regime: "cost_sharing_exemption", chargedServicesPerYear: 500 },
      "2011-07-17",
      2,
    );
    expect([...s.amounts]).toEqual([0, 0, 0]);
    expect(s.beforeExemption).toEqual([]);
  });

  it("charges nothing when there is no VAT block", () => {
    expect([...vatSchedule(undefined, "2010-01-01", 2).amounts]).toEqual([0, 0, 0]);
  });
});

describe("loanSchedule", () => {
  it("charges debt × rate increase from the first year, or nothing when avoided", () => {
    // 2,000,000 × 0.005 = 10,000 a year from year 2.
    const loan = { debt: 2_000_000, rateIncrease: 0.005, fromYear: 2, avoided: false };
    expect([...loanSchedule(loan, 3)]).toEqual([0, 0, 10_000, 10_000]);
    expect([...loanSchedule({ ...loan, avoided: true }, 3)]).toEqual([0, 0, 0, 0]);
  });
});
