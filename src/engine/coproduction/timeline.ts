import {
  COPRODUCTION_STAGES,
  type CoproductionStage,
  DAYS_PER_MONTH,
} from "../../shared/coproduction.ts";
import type { CoproductionTimeline } from "../../shared/coproduction-results.ts";

/** Days since 1970-01-01 of an ISO date (UTC calendar arithmetic, no clock). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Days a span covers, counting both its first and its last day (1 Jan to 31 Jan is 31). */
export function inclusiveDays(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

/** The sum of a stage's costs. */
export function stageCost(stage: CoproductionStage): number {
  return stage.costs.reduce((sum, c) => sum + c.amount, 0);
}

/**
 * The project's timeline: its first day is the earliest stage start, its last the latest stage end;
 * each stage's offset is in days from the first day. Stages are in process order; a stage with no
 * dates has no offset or length. Months are days ÷ 30.4375 (the mean calendar month).
 */
export function coproductionTimeline(stages: readonly CoproductionStage[]): CoproductionTimeline {
  const ordered = [...stages].sort(
    (a, b) => COPRODUCTION_STAGES.indexOf(a.stage) - COPRODUCTION_STAGES.indexOf(b.stage),
  );
  const starts = ordered.flatMap((s) => (s.start ? [s.start] : [])).sort();
  const ends = ordered.flatMap((s) => (s.end ? [s.end] : [])).sort();
  const start = starts[0] ?? null;
  const end = ends.at(-1) ?? null;
  const days = start && end && end >= start ? inclusiveDays(start, end) : null;
  return {
    start,
    end,
    days,
    months: days === null ? null : days / DAYS_PER_MONTH,
    stages: ordered.map((s) => ({
      stage: s.stage,
      start: s.start,
      end: s.end,
      offsetDays: start && s.start ? dayNumber(s.start) - dayNumber(start) : null,
      days: s.start && s.end ? inclusiveDays(s.start, s.end) : null,
      cost: stageCost(s),
    })),
  };
}
