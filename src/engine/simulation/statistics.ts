import type { RunMetrics } from "./metrics.ts";

const YEARLY = {
  organisations: "organisations",
  meanSize: "meanSize",
  "top20.entity": "top20Entity",
  "top20.group": "top20Group",
  procurementGroups: "procurementGroups",
  procurementInRange: "procurementInRange",
} as const;

function yearIndex(m: RunMetrics, year: number, id: string): number {
  const y = year - m.start;
  if (!Number.isInteger(y) || y < 0 || y >= m.mergers.length)
    throw new RangeError(
      `${id}: year ${year} is outside the run (${m.start}–${m.start + m.mergers.length - 1})`,
    );
  return y;
}

function mergersIn(m: RunMetrics, from: number, to: number, id: string): number {
  let total = 0;
  for (let year = from; year <= to; year++) total += m.mergers[yearIndex(m, year, id)]!;
  return total;
}

/**
 * One statistic of one run, named as calibration targets name it: `organisations.2007`,
 * `meanSize.2010`, `top20.entity.2010`, `top20.group.2002`, `mergers.2007-2011` (a sum),
 * `mergerTrough.2008-2010.2005-2007` (mean mergers a year in the first period over the second),
 * `constitutional.share`, `constitutional.shareLarge`, `procurementGroups.2009`, `procurementInRange.2009`.
 * @example statisticOf(run, "meanSize.2002") // 955
 */
export function statisticOf(m: RunMetrics, id: string): number {
  const c = m.constitutional;
  if (id === "constitutional.share") return c[0]! > 0 ? c[1]! / c[0]! : 0;
  if (id === "constitutional.shareLarge") return c[2]! > 0 ? c[3]! / c[2]! : 0;
  const trough = /^mergerTrough\.(\d{4})-(\d{4})\.(\d{4})-(\d{4})$/.exec(id);
  if (trough) {
    const [a, b, x, z] = trough.slice(1).map(Number) as [number, number, number, number];
    const during = mergersIn(m, a, b, id) / (b - a + 1);
    const before = mergersIn(m, x, z, id) / (z - x + 1);
    return before > 0 ? during / before : 1;
  }
  const sum = /^mergers\.(\d{4})-(\d{4})$/.exec(id);
  if (sum) return mergersIn(m, Number(sum[1]), Number(sum[2]), id);
  const yearly = /^(.+)\.(\d{4})$/.exec(id);
  const key = yearly ? YEARLY[yearly[1] as keyof typeof YEARLY] : undefined;
  if (!yearly || key === undefined)
    throw new RangeError(`${id}: not a statistic the model reports`);
  return m[key][yearIndex(m, Number(yearly[2]), id)]!;
}
