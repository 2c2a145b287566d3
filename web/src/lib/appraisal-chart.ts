/** Helpers for the appraisal's inline-SVG charts: short money labels, scales and ticks, percentages. */

/** Short money labels: the one shared formatter, re-exported for the charts. */
export { shortMoney } from "../../../src/shared/money-format.ts";

/** The one scale and tick generator (chart-scale.ts), re-exported for the appraisal charts. */
export { scaleOf, ticksOf } from "./chart-scale.ts";

/** A share as a whole percentage, or a dash. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value * 100)}%`;
}
