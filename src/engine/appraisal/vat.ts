import type { AppraisalVat } from "../../shared/appraisal.ts";

/** One UK standard rate and the day it took effect (docs/domain/vat.md). */
export interface VatRatePeriod {
  from: string;
  rate: number;
}

/**
 * The UK standard rate's history since 1979; each rate applies from its date until the next one's.
 * Days before the first entry take its rate (appraisals reaching back that far are not expected).
 */
export const STANDARD_VAT_RATES: readonly VatRatePeriod[] = [
  { from: "1979-06-18", rate: 0.15 },
  { from: "1991-04-01", rate: 0.175 },
  { from: "2008-12-01", rate: 0.15 },
  { from: "2010-01-01", rate: 0.175 },
  { from: "2011-01-04", rate: 0.2 },
];

/** The day the UK standard rate rose from 17.5% to 20% (docs/domain/vat.md). */
export const VAT_20_FROM = "2011-01-04";
/** The day the cost sharing exemption (VAT Act 1994 Sch. 9 Group 16) took effect (docs/domain/vat.md). */
export const COST_SHARING_EXEMPTION_FROM = "2012-07-17";

/** The rule the VAT amounts follow, in words, for the appraisal's assumptions and reports. */
export const VAT_RULE_TEXT =
  "VAT: year t runs from its start date up to, not including, year t + 1's start date and is charged the mean of the standard rates in force on its days (17.5% to 30 November 2008, 15% from 1 December 2008 to 31 December 2009, 17.5% from 1 January 2010, 20% from 4 January 2011). Under the cost sharing exemption the days from 17 July 2012, when the Finance Act 2012 received Royal Assent, carry no VAT (the paper reports the exemption as announced for April 2012); earlier days of a year are still charged.";

/** Irrecoverable VAT per year, with the day-weighted rate charged and the years charged despite the exemption. */
export interface VatSchedule {
  amounts: Float64Array;
  /** The mean rate over each year's days; exempt days count as 0. */
  rates: Float64Array;
  /** Years charged under `cost_sharing_exemption` because some of their days fall before it took effect. */
  beforeExemption: number[];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (UTC, so no daylight-saving hour creeps in). */
function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/**
 * The date year `t` starts on: `baseDate` plus `t` calendar years (29 February rolls to 1 March).
 * @example yearStartDate("2010-04-01", 2) // "2012-04-01"
 */
export function yearStartDate(baseDate: string, t: number): string {
  const [y, m, d] = baseDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y + t, m - 1, d)).toISOString().slice(0, 10);
}

/**
 * The UK standard VAT rate in force on a date (STANDARD_VAT_RATES).
 * @example standardVatRate("2009-06-30") // 0.15
 */
export function standardVatRate(date: string): number {
  let rate = STANDARD_VAT_RATES[0]!.rate;
  for (const period of STANDARD_VAT_RATES) if (period.from <= date) rate = period.rate;
  return rate;
}

/**
 * The mean of the rates in force on each day from `from` up to, not including, `to`; days on or after
 * `exemptFrom` count as 0. Each rate period is intersected with the span, so the cost is O(periods).
 * @example dayWeightedVatRate("2010-10-01", "2011-10-01") // (95 × 0.175 + 270 × 0.2) / 365 ≈ 0.19349
 */
export function dayWeightedVatRate(from: string, to: string, exemptFrom?: string): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end <= start) return 0;
  const chargedEnd = exemptFrom ? Math.min(end, Math.max(start, dayNumber(exemptFrom))) : end;
  let weighted = 0;
  STANDARD_VAT_RATES.forEach((period, i) => {
    const next = STANDARD_VAT_RATES[i + 1];
    const lo = Math.max(start, i === 0 ? start : dayNumber(period.from));
    const hi = Math.min(chargedEnd, next ? dayNumber(next.from) : chargedEnd);
    if (hi > lo) weighted += (hi - lo) * period.rate;
  });
  return weighted / (end - start);
}

/**
 * Irrecoverable VAT in years 1..horizon (year 0, the decision year, bears none): chargedServicesPerYear
 * × the day-weighted rate of the year's days, under `separate`, and under `cost_sharing_exemption` for
 * the days before 17 July 2012.
 * @example vatSchedule({ regime: "separate", chargedServicesPerYear: 36_500 }, "2010-01-01", 2).amounts // [0, 7292.5, 7300]
 */
export function vatSchedule(
  vat: AppraisalVat | undefined,
  baseDate: string,
  horizon: number,
): VatSchedule {
  const amounts = new Float64Array(horizon + 1);
  const rates = new Float64Array(horizon + 1);
  const beforeExemption: number[] = [];
  if (!vat || vat.regime === "vat_group") return { amounts, rates, beforeExemption };
  const exempt = vat.regime === "cost_sharing_exemption";
  for (let t = 1; t <= horizon; t++) {
    const start = yearStartDate(baseDate, t);
    const end = yearStartDate(baseDate, t + 1);
    rates[t] = dayWeightedVatRate(start, end, exempt ? COST_SHARING_EXEMPTION_FROM : undefined);
    amounts[t] = vat.chargedServicesPerYear * rates[t]!;
    if (exempt && rates[t]! > 0) beforeExemption.push(t);
  }
  return { amounts, rates, beforeExemption };
}
