import type { Criterion } from "../../shared/appraisal.ts";
import { NPV_CRITERION } from "../../shared/appraisal.ts";
import type { McdaCriterionResult } from "../../shared/appraisal-results.ts";
import {
  byScoreThenId,
  criterionMatrix,
  weightedScore as weighted,
} from "../../shared/mcda-ranking.ts";

export type { McdaCriterionResult } from "../../shared/appraisal-results.ts";
export { SCORE_TIE } from "../../shared/mcda-ranking.ts";

/** What MCDA needs of an option: its id, computed NPV and hand scores (0–10). */
export interface McdaOptionInput {
  id: string;
  npv: number;
  scores?: Record<string, number> | undefined;
}

/** An option's weighted score (0–10) and rank (1 = best; ties go to the lower id). */
export interface McdaOptionResult {
  id: string;
  score: number;
  rank: number;
  criterionScores: Record<string, number>;
}

/** The multi-criteria result. */
export interface McdaResult {
  options: McdaOptionResult[];
  criteria: McdaCriterionResult[];
}

function topOf(ids: readonly string[], scores: readonly number[]): number {
  const compare = byScoreThenId(ids, scores);
  let best = 0;
  for (let i = 1; i < ids.length; i++) if (compare(i, best) < 0) best = i;
  return best;
}

/**
 * The weight of criterion k at which another option overtakes the top one, other weights rescaled
 * proportionally: score_o(x) = x·s_ok + (1 − x)·R_o is linear, so the nearest crossing is exact.
 */
function switchingOf(
  matrix: readonly number[][],
  weights: readonly number[],
  k: number,
  top: number,
): { at: number; to: number } | null {
  const w = weights[k]!;
  if (w >= 1) return null;
  const rest = matrix.map((row) => (weighted(row, weights) - w * row[k]!) / (1 - w));
  let found: { at: number; to: number } | null = null;
  matrix.forEach((row, o) => {
    const dS = matrix[top]![k]! - row[k]!;
    const dR = rest[top]! - rest[o]!;
    if (o === top || dS === dR) return;
    const x = dR / (dR - dS);
    const slope = dS - dR;
    // Only crossings where o ends up ahead in the direction of travel switch the top option.
    const overtakes = (x > w && slope < 0) || (x < w && slope > 0) || x === w;
    if (x < 0 || x > 1 || !overtakes) return;
    if (!found || Math.abs(x - w) < Math.abs(found.at - w)) found = { at: x, to: o };
  });
  return found;
}

/**
 * Weighted multi-criteria scores, ranks and switching weights; weights are normalised to sum 1
 * and no criteria means NPV alone.
 * @example mcdaOf([{ id: "a", npv: 1 }, { id: "b", npv: 2 }], []).options[1].rank // 1
 */
export function mcdaOf(
  options: readonly McdaOptionInput[],
  criteria: readonly Criterion[],
): McdaResult {
  const used = criteria.length > 0 ? criteria : [{ id: NPV_CRITERION, weight: 1 }];
  const total = used.reduce((s, c) => s + c.weight, 0);
  const weights = used.map((c) => c.weight / total);
  const matrix = criterionMatrix(
    options,
    used.map((c) => c.id),
  );
  const scores = matrix.map((row) => weighted(row, weights));
  const ids = options.map((o) => o.id);
  const order = ids.map((_, i) => i).sort(byScoreThenId(ids, scores));
  const top = topOf(ids, scores);
  return {
    options: options.map((o, i) => ({
      id: o.id,
      score: scores[i]!,
      rank: order.indexOf(i) + 1,
      criterionScores: Object.fromEntries(used.map((c, k) => [c.id, matrix[i]![k]!])),
    })),
    criteria: used.map((c, k) => {
      const s = switchingOf(matrix, weights, k, top);
      return {
        id: c.id,
        weight: weights[k]!,
        switchingWeight: s?.at ?? null,
        switchesTo: s ? ids[s.to]! : null,
      };
    }),
  };
}
