import type { TransitionPath, TransitionsResult } from "../../shared/landscape-results.ts";
import { assertIsoDate, type LandscapeInput } from "./as-of.ts";
import { type PairInterval, pairIntervalsOf } from "./pair-intervals.ts";

export type {
  TransitionMatrix,
  TransitionPath,
  TransitionsResult,
} from "../../shared/landscape-results.ts";

/**
 * The pair's stage after each boundary date up to `to`: the deepest interval covering it, 0 if
 * none. Stage 7 (merged) is final: one of the two is gone, so the history stops there.
 */
export function stageSequenceOf(
  intervals: readonly PairInterval[],
  to: string,
): { date: string; stage: number }[] {
  const dates = [
    ...new Set(intervals.flatMap((i) => (i.until === null ? [i.from] : [i.from, i.until]))),
  ]
    .filter((d) => d <= to)
    .sort();
  const out: { date: string; stage: number }[] = [];
  let current = 0;
  for (const d of dates) {
    let stage = 0;
    for (const i of intervals)
      if (i.from <= d && (i.until === null || d < i.until)) stage = Math.max(stage, i.stage);
    if (stage === current) continue;
    out.push({ date: d, stage });
    current = stage;
    if (stage === 7) break;
  }
  return out;
}

/**
 * Life-cycle transitions (the paper's Figure 5, 'one thing leads to another'): for each pair of
 * organisations, the deepest stage of any partnership they share, followed through every date on
 * which it can change; a matrix of counts between stages 0–7 (moves dated in [from, to]; a move
 * from 'always' counts only without `from`) and the paths pairs took, with counts.
 * @example transitionsOf(doc, { to: "2012-12-31" }).paths[0] // { stages: [2, 5, 7], label: "2→5→7", count: 14 }
 */
export function transitionsOf(
  input: LandscapeInput,
  options: { to: string; from?: string },
): TransitionsResult {
  const { to, from } = options;
  assertIsoDate(to, "to");
  if (from !== undefined && assertIsoDate(from, "from") > to)
    throw new RangeError(`from (${from}) must not be after to (${to})`);
  const matrix = Array.from({ length: 8 }, () => new Array<number>(8).fill(0));
  const paths = new Map<string, TransitionPath>();
  let pairs = 0;
  for (const intervals of pairIntervalsOf(input).values()) {
    const sequence = stageSequenceOf(intervals, to);
    if (sequence.length === 0) continue;
    pairs++;
    let previous = 0;
    for (const step of sequence) {
      if (from === undefined || (step.date !== "" && step.date >= from))
        matrix[previous]![step.stage]!++;
      previous = step.stage;
    }
    const stages = sequence.map((s) => s.stage);
    const label = stages.join("→");
    const path = paths.get(label) ?? { stages, label, count: 0 };
    path.count++;
    paths.set(label, path);
  }
  const sorted = [...paths.values()].sort(
    (a, b) => b.count - a.count || (a.label < b.label ? -1 : 1),
  );
  return { from: from ?? null, to, pairs, matrix, paths: sorted, empty: pairs === 0 };
}
