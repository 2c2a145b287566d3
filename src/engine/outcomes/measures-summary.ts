import type { IndicatorSummary, Measure, Outcome } from "../../shared/outcomes.ts";

/** A measure, or the mean of `count` measures on one date (a store can group them first). */
type Point = Pick<Measure, "indicator" | "date" | "value"> & { count?: number };

/** The mean value on each date, oldest first. */
function seriesOf(points: readonly Point[]): IndicatorSummary["series"] {
  const byDate = new Map<string, { sum: number; count: number }>();
  for (const p of points) {
    const at = byDate.get(p.date) ?? { sum: 0, count: 0 };
    const count = p.count ?? 1;
    at.sum += p.value * count;
    at.count += count;
    byDate.set(p.date, at);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, { sum, count }]) => ({ date, value: sum / count, count }));
}

/**
 * (latest − baseline) / (target − baseline): 0 at the baseline, 1 at the target, above 1 beyond
 * it and below 0 when it moved the wrong way. Not clamped, so overshoot and slippage stay visible.
 */
export function progressOf(latest: number, baseline?: number, target?: number): number | null {
  if (baseline === undefined || target === undefined || target === baseline) return null;
  return (latest - baseline) / (target - baseline);
}

/**
 * Each indicator of the outcomes over time: its mean value by date, latest value and progress.
 * Measures of indicators not in the outcomes are ignored here (the service refuses them on entry).
 */
export function measuresSummary(
  outcomes: readonly Outcome[],
  measures: readonly Point[],
): IndicatorSummary[] {
  const byIndicator = new Map<string, Point[]>();
  for (const m of measures) {
    const list = byIndicator.get(m.indicator);
    if (list) list.push(m);
    else byIndicator.set(m.indicator, [m]);
  }
  return outcomes.flatMap((o) =>
    o.indicators.map((ind) => {
      const series = seriesOf(byIndicator.get(ind.id) ?? []);
      const last = series.at(-1);
      const latest = last ? { date: last.date, value: last.value } : null;
      return {
        indicator: ind.id,
        outcome: o.id,
        name: ind.name,
        unit: ind.unit,
        direction: ind.direction,
        baseline: ind.baseline ?? null,
        target: ind.target ?? null,
        series,
        latest,
        progress: latest ? progressOf(latest.value, ind.baseline, ind.target) : null,
      };
    }),
  );
}
