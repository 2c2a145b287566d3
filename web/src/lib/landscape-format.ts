import { formatMoney, formatNumber } from "./format.ts";
import type { SizeMetric } from "./landscape-types.ts";

/** A size in its metric's unit: pounds for turnover, a count for homes and staff; a dash if unknown. */
export function formatMeasure(metric: SizeMetric, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return metric === "turnover" ? formatMoney(value) : formatNumber(Math.round(value));
}

/** A Herfindahl–Hirschman index (0–10,000) rounded to a whole number. */
export function formatHhi(value: number): string {
  return Number.isFinite(value) ? formatNumber(Math.round(value)) : "—";
}

/** How concentrated an HHI is, in words (US merger guidelines' bands: 1,500 and 2,500). */
export function hhiInWords(value: number): string {
  if (value <= 0) return "no shares recorded";
  if (value < 1_500) return "spread out (unconcentrated)";
  if (value < 2_500) return "moderately concentrated";
  return "highly concentrated";
}

/** A count with its noun, singular or plural ('1 link', '540 links'). */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}
