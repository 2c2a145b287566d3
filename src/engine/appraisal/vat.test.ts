import { describe, expect, it } from "vitest";
import { loanSchedule } from "./loan.ts";
import { dayWeightedVatRate, standardVatRate, vatSchedule, yearStartDate } from "./vat.ts";

describe("standardVatRate", () => {
  it("follows the history: 17.5%, 15% from 1 December 2008, 17.5% from 1 January 2010, 20% from 4 January 2011", () => {
    expect(standardVatRate("2008-11-30")).toBe(0.175);
    expect(standardVatRate("2008-12-01")).toBe(0.15);
    expect(standardVatRate("2009-12-31")).toBe(0.15);
    expect(standardVatRate("2010-01-01")).toBe(0.175);
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

describe("dayWeightedVatRate (hand-counted days)", () => {
  it("a year from 1 October 2010: 95 days at 17.5% and 270 at 20%", () => {
    // 17.5%: 1 Oct–3 Jan = 31 (Oct) + 30 (Nov) + 31 (Dec) + 3 (Jan) = 95 days.
    // 20%: 4 Jan–30 Sep 2011 = 28 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 = 270 days. 95 + 270 = 365.
    expect(dayWeightedVatRate("2010-10-01", "2011-10-01")).toBeCloseTo(
      (95 * 0.175 + 270 * 0.2) / 365,
      12,
    );
  });

  it("a year spanning 1 December 2008: 153 days at 17.5% and 212 at 15%", () => {
    // 17.5%: 1 Jul–30 Nov 2008 = 31 + 31 + 30 + 31 + 30 = 153 days.
    // 15%: 1 Dec 2008–30 Jun 2009 = 31 + 31 + 28 + 31 + 30 + 31 + 30 = 212 days. 153 + 212 = 365.
    expect(dayWeightedVatRate("2008-07-01", "2009-07-01")).toBeCloseTo(
      (153 * 0.175 + 212 * 0.15) / 365,
      12,
    );
  });

  it("a year spanning 1 January 2010: 184 days at 15% and 181 at 17.5%", () => {
    // 15%: 1 Jul–31 Dec 2009 = 31 + 31 + 30 + 31 + 30 + 31 = 184; 17.5%: 1 Jan–30 Jun 2010 = 181.
    expect(dayWeightedVatRate("2009-07-01", "2010-07-01")).toBeCloseTo(
      (184 * 0.15 + 181 * 0.175) / 365,
      12,
    );
  });

  it("weighs by the days of a leap year (366) and stops exempt days at 0", () => {
    // 1 Jan 2012–31 Dec 2012 has 366 days; charged 1 Jan–16 Jul = 31+29+31+30+31+30+16 = 198.
    expect(dayWeightedVatRate("2012-01-01", "2013-01-01")).toBe(0.2);
    expect(dayWeightedVatRate("2012-01-01", "2013-01-01", "2012-07-17")).toBeCloseTo(
      (198 * 0.2) / 366,
      12,
    );
  });
});

describe("vatSchedule", () => {
  it("charges a year starting 1 January 2011 three days at 17.5% and 362 at 20% (separate)", () => {
    // £36,500 a year is £100 a day: year 1 = 100 × (3 × 0.175 + 362 × 0.2) = 7,292.5;
    // year 2 (2012, 366 days, all at 20%) = 36,500 × 0.2 = 7,300.
    const s = vatSchedule({ regime: "separate", chargedServicesPerYear: 36_500 }, "2010-01-01", 2);
    expect(s.amounts[0]).toBe(0);
    expect(s.amounts[1]).toBeCloseTo(7292.5, 9);
    expect(s.amounts[2]).toBeCloseTo(7300, 9);
    expect(s.beforeExemption).toEqual([]);
  });

  it("charges a year from 1 October 2010 (95 × 17.5% + 270 × 20%) / 365", () => {
    // 100 a day × (95 × 0.175 + 270 × 0.2) = 100 × 70.625 = 7,062.5.
    const s = vatSchedule({ regime: "separate", chargedServicesPerYear: 36_500 }, "2009-10-01", 1);
    expect(s.amounts[1]).toBeCloseTo(7062.5, 9);
    expect(s.rates[1]).toBeCloseTo(70.625 / 365, 12);
  });

  it("charges a year spanning 1 December 2008 at 15% for its 212 days from then", () => {
    // 100 a day × (153 × 0.175 + 212 × 0.15) = 100 × 58.575 = 5,857.5.
    const s = vatSchedule({ regime: "separate", chargedServicesPerYear: 36_500 }, "2007-07-01", 1);
    expect(s.amounts[1]).toBeCloseTo(5857.5, 9);
  });

  it("charges nothing in year 0 and nothing in a VAT group", () => {
    const s = vatSchedule({ regime: "vat_group", chargedServicesPerYear: 1000 }, "2010-01-03", 3);
    expect([...s.amounts]).toEqual([0, 0, 0, 0]);
  });

  it("under the cost sharing exemption charges only the days before 17 July 2012 of a crossing year", () => {
    // Base 2011-04-01: year 1 runs 1 Apr 2012–31 Mar 2013 (365 days). Charged 1 Apr–16 Jul 2012 =
    // 30 + 31 + 30 + 16 = 107 days at 20% → 100 × 107 × 0.2 = 2,140; the other 258 days are exempt.
    // Year 2 starts 1 Apr 2013: wholly exempt.
    const s = vatSchedule(
      { regime: "cost_sharing_exemption", chargedServicesPerYear: 36_500 },
      "2011-04-01",
      2,
    );
    expect(s.amounts[1]).toBeCloseTo(2140, 9);
    expect(s.amounts[2]).toBe(0);
    expect(s.beforeExemption).toEqual([1]);
  });

  it("charges the one day of 16 July 2012 to a year starting then", () => {
    // Year 1 = 16 Jul 2011–15 Jul 2012 (366 days, all 20%): 500 × 0.2 = 100. Year 2 = 16 Jul 2012–
    // 15 Jul 2013 (365 days), one charged day: 500 × 0.2 / 365. Year 3 exempt.
    const s = vatSchedule(
      { regime: "cost_sharing_exemption", chargedServicesPerYear: 500 },
      "2010-07-16",
      3,
    );
    expect(s.amounts[1]).toBeCloseTo(100, 9);
    expect(s.amounts[2]).toBeCloseTo(100 / 365, 12);
    expect(s.amounts[3]).toBe(0);
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
