import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatNumber, formatShare } from "./format.ts";
import { isoOfUkDate, ukDateOf } from "./uk-date.ts";

describe("format helpers", () => {
  it("writes dates as people in the UK read them", () => {
    expect(formatDate("2011-01-04")).toBe("4 Jan 2011");
    expect(formatDate(null)).toBe("—");
    expect(formatDate("not a date")).toBe("not a date");
  });

  it("writes numbers, money and shares in en-GB, with a dash for nothing", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(undefined)).toBe("—");
    expect(formatMoney(1234.6)).toBe("£1,235");
    expect(formatMoney(null)).toBe("—");
    // 0.4567 → 45.67 % → one decimal: 45.7 %.
    expect(formatShare(0.4567)).toBe("45.7%");
    expect(formatShare(null)).toBe("—");
  });
});

describe("UK dates", () => {
  it("shows a stored date day first and leaves anything else as typed", () => {
    expect(ukDateOf("2011-01-04")).toBe("04/01/2011");
    expect(ukDateOf("4/1/20")).toBe("4/1/20");
  });

  it("reads a date typed day first, or already ISO", () => {
    expect(isoOfUkDate("4/1/2011")).toBe("2011-01-04");
    expect(isoOfUkDate(" 04-01-2011 ")).toBe("2011-01-04");
    expect(isoOfUkDate("4.1.2011")).toBe("2011-01-04");
    expect(isoOfUkDate("2011-01-04")).toBe("2011-01-04");
  });

  it("refuses dates that do not exist", () => {
    expect(isoOfUkDate("31/2/2011")).toBeNull();
    expect(isoOfUkDate("29/2/2011")).toBeNull();
    expect(isoOfUkDate("29/2/2012")).toBe("2012-02-29");
    expect(isoOfUkDate("soon")).toBeNull();
  });
});
