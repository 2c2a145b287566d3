import { NPV_CRITERION } from "./appraisal.ts";

/**
 * Multi-criteria ranking: one pure module for the engine (src/engine/appraisal/mcda.ts, which adds
 * switching weights) and the browser (the weight sliders rank again at once, with the same code).
 * NPV is scored 0–10 linearly between the worst and best option; other criteria from each option's
 * 0–10 scores; weights normalised to sum 1; scores within SCORE_TIE are a tie broken by id.
 */

/** What ranking needs of an option: its id, NPV and hand scores (0–10). */
export interface McdaInput {
  id: string;
  npv: number;
  scores?: Record<string, number> | undefined;
}

/** An option's weighted score (0–10) and rank (1 = best). */
export interface McdaRow {
  id: string;
  score: number;
  rank: number;
}

/**
 * Weighted scores (0–10) closer than this are a tie, broken by option id: sums of the same terms in
 * another order differ in the last bits, and a ranking must not hang on rounding.
 */
export const SCORE_TIE = 1e-9;

/**
 * Each option's score on each criterion: NPV 0–10 between the worst and best option (all 10 when
 * equal), the others as given (a missing score, only possible at zero weight, counts as 0).
 * @example criterionMatrix([{ id: "a", npv: 0 }, { id: "b", npv: 5 }], ["npv"]) // [[0], [10]]
 */
export function criterionMatrix(
  options: readonly McdaInput[],
  criteria: readonly string[],
): number[][] {
  const npvs = options.map((o) => o.npv);
  const min = Math.min(...npvs);
  const max = Math.max(...npvs);
  return options.map((o) =>
    criteria.map((id) =>
      id === NPV_CRITERION
        ? max === min
          ? 10
          : (10 * (o.npv - min)) / (max - min)
        : (o.scores?.[id] ?? 0),
    ),
  );
}

/** A row's weighted sum. */
export function weightedScore(row: readonly number[], weights: readonly number[]): number {
  return row.reduce((sum, s, k) => sum + s * weights[k]!, 0);
}

/** Orders option indexes by weighted score, highest first, ties (within SCORE_TIE) by id. */
export function byScoreThenId(ids: readonly string[], scores: readonly number[]) {
  return (a: number, b: number) => {
    const gap = scores[b]! - scores[a]!;
    if (Math.abs(gap) > SCORE_TIE) return gap;
    return ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0;
  };
}

/**
 * Weighted scores and ranks for `weights` (criterion id → weight ≥ 0; none means NPV alone; all
 * zero means nothing is preferred and every score is 0).
 * @example mcdaRanking([{ id: "a", npv: 0 }, { id: "b", npv: 5 }], { npv: 1 })[1].rank // 1
 */
export function mcdaRanking(
  options: readonly McdaInput[],
  weights: Readonly<Record<string, number>>,
): McdaRow[] {
  const used = Object.keys(weights).length > 0 ? Object.entries(weights) : [[NPV_CRITERION, 1]];
  const total = used.reduce((s, [, w]) => s + Number(w), 0);
  const normalised = used.map(([, w]) => (total === 0 ? 0 : Number(w) / total));
  const matrix = criterionMatrix(
    options,
    used.map(([id]) => String(id)),
  );
  const scores = matrix.map((row) => weightedScore(row, normalised));
  const ids = options.map((o) => o.id);
  const order = ids.map((_, i) => i).sort(byScoreThenId(ids, scores));
  return options.map((o, i) => ({ id: o.id, score: scores[i]!, rank: order.indexOf(i) + 1 }));
}

/** The id of the top-ranked option, or null when there are none. */
export function mcdaTop(rows: readonly McdaRow[]): string | null {
  return rows.find((r) => r.rank === 1)?.id ?? null;
}
