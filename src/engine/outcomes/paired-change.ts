import type { Indicator, Measure, PairedChange } from "../../shared/outcomes.ts";
import { studentTQuantile } from "./student-t.ts";

type PersonMeasure = Pick<Measure, "indicator" | "date" | "value" | "personCode" | "phase">;

/**
 * Each person's change on one indicator: their earliest 'before' and latest 'after' measure (a
 * person measured twice before the service is compared from where they started).
 */
export function personChanges(measures: readonly PersonMeasure[], indicator: string) {
  const people = new Map<string, { before?: PersonMeasure; after?: PersonMeasure }>();
  for (const m of measures) {
    if (m.indicator !== indicator || !m.personCode || !m.phase) continue;
    const p = people.get(m.personCode) ?? {};
    if (m.phase === "before" && (!p.before || m.date < p.before.date)) p.before = m;
    if (m.phase === "after" && (!p.after || m.date >= p.after.date)) p.after = m;
    people.set(m.personCode, p);
  }
  const changes: number[] = [];
  let unpaired = 0;
  for (const p of people.values())
    if (p.before && p.after) changes.push(p.after.value - p.before.value);
    else unpaired++;
  return { changes, unpaired };
}

/** Mean, and the 95 % confidence interval of the mean by Student's t with n − 1 degrees of freedom. */
export function meanWithCi(values: readonly number[]) {
  const n = values.length;
  if (n === 0) return { mean: null, ci95: null };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (n < 2) return { mean, ci95: null };
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  const half = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return { mean, ci95: { low: mean - half, high: mean + half } };
}

/**
 * Paired change on one indicator: before/after pairs by person code, mean change with its 95 %
 * confidence interval, and how many improved — a rise for higher_is_better, a fall for
 * lower_is_better; no change is not an improvement.
 */
export function pairedChange(
  indicator: Pick<Indicator, "id" | "direction">,
  measures: readonly PersonMeasure[],
): PairedChange {
  const { changes, unpaired } = personChanges(measures, indicator.id);
  const better = indicator.direction === "higher_is_better" ? 1 : -1;
  const improved = changes.filter((c) => c * better > 0).length;
  const { mean, ci95 } = meanWithCi(changes);
  return {
    indicator: indicator.id,
    pairs: changes.length,
    unpaired,
    meanChange: mean,
    ci95,
    improved,
    improvedShare: changes.length === 0 ? null : improved / changes.length,
  };
}
