import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import { allRows, type HealthColumns, packResponses } from "./columns.ts";

/**
 * A wave's scores in columns: per dimension one value per respondent (NaN when under half its
 * items were answered), the total (NaN unless complete), and each respondent's partner as an
 * index into the assessment's partners (−1 for an unknown one).
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
  const columns = packResponses(instrument, partners, [], responses);
  return scoreRows(instrument, columns, allRows(columns.n));
}

/** `scoreWave` for the packed rows `rows` of `columns` (sums in item order, as one by one). */
export function scoreRows(
  instrument: Pick<Instrument, "dimensions" | "items" | "scale">,
  columns: HealthColumns,
  rows: Int32Array,
): ScoredWave {
  const D = instrument.dimensions.length;
  const I = instrument.items.length;
  const dimIndex = new Map(instrument.dimensions.map((d, k) => [d.id, k]));
  const dimOf = Int32Array.from(instrument.items, (i) => dimIndex.get(i.dimension)!);
  const reverse = Uint8Array.from(instrument.items, (i) => (i.reverse ? 1 : 0));
  const perDim = new Int32Array(D);
  for (let i = 0; i < I; i++) perDim[dimOf[i]!]! += 1;
  const n = rows.length;
  const out: ScoredWave = {
    n,
    partnerIndex: new Int32Array(n),
    dimensions: instrument.dimensions.map(() => new Float64Array(n)),
    totals: new Float64Array(n),
  };
  // The same arithmetic as itemScore: min + max − value for a reversed item.
  const flip = instrument.scale.min + instrument.scale.max;
  const { answers } = columns;
  const sums = new Float64Array(D);
  const answered = new Int32Array(D);
  for (let j = 0; j < n; j++) {
    const row = rows[j]!;
    const p = columns.partner[row]!;
    out.partnerIndex[j] = p < columns.known ? p : -1;
    // A plain loop: for eight or so dimensions it beats two calls to fill.
    for (let d = 0; d < D; d++) {
      sums[d] = 0;
      answered[d] = 0;
    }
    let total = 0;
    let complete = I > 0;
    for (let i = 0, at = row * I; i < I; i++, at++) {
      const value = answers[at]!;
      if (Number.isNaN(value)) {
        complete = false;
        continue;
      }
      const score = reverse[i] ? flip - value : value;
      sums[dimOf[i]!]! += score;
      answered[dimOf[i]!]! += 1;
      total += score;
    }
    for (let d = 0; d < D; d++)
      out.dimensions[d]![j] =
        perDim[d]! > 0 && answered[d]! * 2 >= perDim[d]! ? sums[d]! / answered[d]! : Number.NaN;
    out.totals[j] = complete ? total : Number.NaN;
  }
  return out;
}
