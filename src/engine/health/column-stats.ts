import type { Agreement } from "../../shared/health-results.ts";
import { readingsOf, rwgOf } from "./stats.ts";

/** A group's present values summarised: count, mean, sd (n − 1), variance, and agreement. */
export interface GroupSummary extends Agreement {
  n: number;
  /** NaN for an empty group (callers check n first). */
  mean: number;
  sd: number | null;
  variance: number | null;
}

/**
 * Every partner's and the whole group's summary of a column's present values (NaN skipped), in
 * two passes and without copying values out: per group the same arithmetic as `mean`,
 * `sampleSd` and `agreementOf` on its values, whose sums run in row order too, so the results
 * are the same to the last bit.
 */
export function columnSummaries(
  column: Float64Array,
  groupOf: Int32Array,
  groups: number,
  options: number,
): { all: GroupSummary; byGroup: GroupSummary[] } {
  const { n, sum } = sums(column, groupOf, groups);
  const mean = sum.map((s, g) => s / n[g]!);
  const { ss, dev } = deviations(column, groupOf, mean);
  const at = (g: number) => summaryAt(n[g]!, mean[g]!, ss[g]!, dev[g]!, options);
  return { all: at(groups), byGroup: Array.from({ length: groups }, (_, g) => at(g)) };
}

/** Counts and sums per group, slot `groups` for everyone (a row of no group, −1, only there). */
function sums(column: Float64Array, groupOf: Int32Array, groups: number) {
  const n = new Float64Array(groups + 1);
  const sum = new Float64Array(groups + 1);
  for (let r = 0; r < column.length; r++) {
    const v = column[r]!;
    if (Number.isNaN(v)) continue;
    const g = groupOf[r]!;
    if (g >= 0) {
      n[g]! += 1;
      sum[g]! += v;
    }
    n[groups]! += 1;
    sum[groups]! += v;
  }
  return { n, sum };
}

/** Sums of squared and of absolute deviations from each group's mean (the last slot everyone's). */
function deviations(column: Float64Array, groupOf: Int32Array, mean: Float64Array) {
  const all = mean.length - 1;
  const ss = new Float64Array(mean.length);
  const dev = new Float64Array(mean.length);
  const m = mean[all]!;
  for (let r = 0; r < column.length; r++) {
    const v = column[r]!;
    if (Number.isNaN(v)) continue;
    const g = groupOf[r]!;
    if (g >= 0) {
      ss[g]! += (v - mean[g]!) ** 2;
      dev[g]! += Math.abs(v - mean[g]!);
    }
    ss[all]! += (v - m) ** 2;
    dev[all]! += Math.abs(v - m);
  }
  return { ss, dev };
}

function summaryAt(
  n: number,
  mean: number,
  ss: number,
  dev: number,
  options: number,
): GroupSummary {
  if (n < 2) return { n, mean, sd: null, variance: null, ...readingsOf(null, null, options) };
  const variance = ss / (n - 1);
  return {
    n,
    mean,
    sd: Math.sqrt(variance),
    variance,
    ...readingsOf(rwgOf(variance, options), dev / n, options),
  };
}
