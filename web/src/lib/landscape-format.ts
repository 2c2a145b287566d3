import type { SizeMetric } from "../../../src/shared/index.ts";
import { formatMoney, formatNumber } from "./format.ts";

/** Labels for the size metrics. */
export const METRIC_LABELS: Record<SizeMetric, string> = {
  homes: "Homes",
  turnover: "Turnover",
  staff: "Staff",
};

/** A size in its metric's unit: pounds for turnover, a count for homes and staff; a dash if unknown. */
export function formatMeasure(metric: SizeMetric, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return metric === "turnover" ? formatMoney(value) : formatNumber(Math.round(value));
}

/** A Herfindahl–Hirschman index (0–10,000) rounded to a whole number. */
export function formatHhi(value: number): string {
  if (!Number.isFinite(value)) return "—";
  // Tiny shares give tiny indices (0.2% alone is 0.04): keep two significant digits there.
  if (value > 0 && value < 10)
    return value.toLocaleString("en-GB", { maximumSignificantDigits: 2 });
  return formatNumber(Math.round(value));
}

/** How concentrated an HHI is, in words (US merger guidelines' bands: 1,500 and 2,500). */
export function hhiInWords(value: number): string {
  if (value <= 0) return "No shares recorded";
  if (value < 1_500) return "Spread out (unconcentrated)";
  if (value < 2_500) return "Moderately concentrated";
  return "Highly concentrated";
}

/** A count with its noun, singular or plural ('1 link', '540 links'). */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}
