import type { AppraisalVat } from "../../shared/appraisal.ts";

/** The day the UK standard rate rose from 17.5% to 20% (docs/domain/vat.md). */
export const VAT_20_FROM = "2011-01-04";
/** The day the cost sharing exemption (VAT Act 1994 Sch. 9 Group 16) took effect (docs/domain/vat.md). */
export const COST_SHARING_EXEMPTION_FROM = "2012-07-17";

/** Irrecoverable VAT per year, with the rate used and the years charged despite the exemption. */
export interface VatSchedule {
  amounts: Float64Array;
  rates: Float64Array;
  /** Years charged under `cost_sharing_exemption` because they start before it took effect. */
  beforeExemption: number[];
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
 * The UK standard VAT rate in force on a date: 17.5% before 4 January 2011, 20% from then.
 * the two-rate rule of docs/domain/vat.md; the temporary 15% of Dec 2008–Dec 2009 is deliberately not modelled.
 * @example standardVatRate("2011-01-03") // 0.175
 */
export function standardVatRate(date: string): number {
  return date < VAT_20_FROM ? 0.175 : 0.2;
}

/**
 * Irrecoverable VAT in years 0..horizon: chargedServicesPerYear × the standard rate on each year's
 * start date for t ≥ 1, under `separate`, and under `cost_sharing_exemption` before it took effect.
 * @example vatSchedule({ regime: "separate", chargedServicesPerYear: 100 }, "2010-01-01", 2).amounts // [0, 20, 20]
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
  for (let t = 1; t <= horizon; t++) {
    const start = yearStartDate(baseDate, t);
    const exempt = vat.regime === "cost_sharing_exemption" && start >= COST_SHARING_EXEMPTION_FROM;
    if (exempt) continue;
    if (vat.regime === "cost_sharing_exemption") beforeExemption.push(t);
    rates[t] = standardVatRate(start);
    amounts[t] = vat.chargedServicesPerYear * rates[t]!;
  }
  return { amounts, rates, beforeExemption };
}
