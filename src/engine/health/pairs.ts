import type { PairResult } from "../../shared/health-results.ts";
import type { HealthResponse } from "../../shared/instruments.ts";
import { mean } from "./stats.ts";
import { type HealthViewer, mayShow } from "./view.ts";

/**
 * The directed matrix of ratings: rating(a→b) is the mean of a's respondents' ratings of b, shown
 * to `viewer` only under the three-respondent rule (a's own view always to a).
 */
export function ratingMatrix(
  partners: readonly string[],
  responses: readonly HealthResponse[],
  viewer: HealthViewer,
): Map<string, Map<string, number>> {
  const lists = new Map<string, number[]>();
  for (const r of responses)
    for (const [ratee, value] of Object.entries(r.ratings ?? {})) {
      const key = `${r.partner}\u0000${ratee}`;
      const list = lists.get(key);
      if (list) list.push(value);
      else lists.set(key, [value]);
    }
  const matrix = new Map<string, Map<string, number>>();
  for (const a of partners) {
    const row = new Map<string, number>();
    for (const b of partners) {
      const values = lists.get(`${a}\u0000${b}`) ?? [];
      if (a !== b && mayShow(viewer, a, values.length)) row.set(b, mean(values));
    }
    matrix.set(a, row);
  }
  return matrix;
}

/**
 * Pairs a < b (by id) rated both ways, with difference = rating(a→b) − rating(b→a): the asymmetry
 * to discuss.
 * @example // A rates B 4, B rates A 2: { a: "A", b: "B", aRatesB: 4, bRatesA: 2, difference: 2 }
 */
export function pairsOf(
  partners: readonly string[],
  responses: readonly HealthResponse[],
  viewer: HealthViewer,
): PairResult[] {
  const matrix = ratingMatrix(partners, responses, viewer);
  const ids = [...partners].sort();
  const pairs: PairResult[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      const ab = matrix.get(a)?.get(b);
      const ba = matrix.get(b)?.get(a);
      if (ab === undefined || ba === undefined) continue;
      pairs.push({ a, b, aRatesB: ab, bRatesA: ba, difference: ab - ba });
    }
  return pairs;
}
