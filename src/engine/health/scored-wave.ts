import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import { itemScore } from "./scores.ts";

/**
 * A wave's scores in columns, for speed on large assessments: per dimension one value per
 * respondent (NaN when under half its items were answered), the total (NaN unless complete), and
 * each respondent's partner as an index into `partners` (−1 for an unknown one).
 */
export interface ScoredWave {
  n: number;
  partnerIndex: Int32Array;
  dimensions: Float64Array[];
  totals: Float64Array;
}

/**
 * Scores every response of a wave under `instrument`, with the same rules as `respondentScores`:
 * reversed items flipped, a dimension's score the mean of its answered items (missing under half),
 * the total the sum of item scores when every item was answered.
 */
export function scoreWave(
  instrument: Pick<Instrument, "dimensions" | "items" | "scale">,
  partners: readonly string[],
  responses: readonly HealthResponse[],
): ScoredWave {
  const D = instrument.dimensions.length;
  const dimIndex = new Map(instrument.dimensions.map((d, k) => [d.id, k]));
  const items = instrument.items.map((i) => ({
    id: i.id,
    d: dimIndex.get(i.dimension)!,
    reverse: i.reverse,
  }));
  const perDim = new Int32Array(D);
  for (const i of items) perDim[i.d]! += 1;
  const pIndex = new Map(partners.map((p, k) => [p, k]));
  const n = responses.length;
  const out: ScoredWave = {
    n,
    partnerIndex: new Int32Array(n),
    dimensions: instrument.dimensions.map(() => new Float64Array(n)),
    totals: new Float64Array(n),
  };
  const sums = new Float64Array(D);
  const answered = new Int32Array(D);
  for (let r = 0; r < n; r++) {
    const response = responses[r]!;
    out.partnerIndex[r] = pIndex.get(response.partner) ?? -1;
    sums.fill(0);
    answered.fill(0);
    let total = 0;
    let complete = items.length > 0;
    for (const item of items) {
      const value = response.answers[item.id];
      if (value === null || value === undefined) {
        complete = false;
        continue;
      }
      const score = itemScore(value, item.reverse, instrument.scale);
      sums[item.d]! += score;
      answered[item.d]! += 1;
      total += score;
    }
    for (let d = 0; d < D; d++)
      out.dimensions[d]![r] =
        perDim[d]! > 0 && answered[d]! * 2 >= perDim[d]! ? sums[d]! / answered[d]! : Number.NaN;
    out.totals[r] = complete ? total : Number.NaN;
  }
  return out;
}

/** The non-missing values of `column`, grouped by partner index (and all together). */
export function groupValues(
  column: Float64Array,
  partnerIndex: Int32Array,
  partners: number,
): { all: number[]; byPartner: number[][] } {
  const all: number[] = [];
  const byPartner: number[][] = Array.from({ length: partners }, () => []);
  for (let r = 0; r < column.length; r++) {
    const v = column[r]!;
    if (Number.isNaN(v)) continue;
    all.push(v);
    const p = partnerIndex[r]!;
    if (p >= 0) byPartner[p]!.push(v);
  }
  return { all, byPartner };
}
