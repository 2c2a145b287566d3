import type { HealthResponse, Instrument } from "../../shared/instruments.ts";

/**
 * An assessment's answers packed once into columns, for speed on large assessments: reading an
 * answer from its object costs more than everything done with it afterwards, so it is done once.
 */
export interface HealthColumns {
  /** Respondents (rows). */
  n: number;
  /** Answers, n × instrument.items.length, row by row in the instrument's item order; NaN: none. */
  answers: Float64Array;
  /** Each row's partner as an index into `partnerNames`. */
  partner: Int32Array;
  /** The assessment's partners, then partners unknown to it in order of first appearance. */
  partnerNames: string[];
  /** How many of `partnerNames` are the assessment's (indices from here on are unknown ones). */
  known: number;
  /** Each row's wave as an index into `waveIds`; −1 for a wave not in the assessment. */
  wave: Int32Array;
  /** The assessment's wave ids (the last index of an id given twice, as a Map keeps it). */
  waveIds: readonly string[];
  /** Rows that carry ratings of other partners (pairwise instruments), with their response. */
  rated: { row: number; response: HealthResponse }[];
}

/** Packs `responses` into columns under `instrument` (item answers only; ratings kept aside). */
export function packResponses(
  instrument: Pick<Instrument, "items">,
  partners: readonly string[],
  waveIds: readonly string[],
  responses: readonly HealthResponse[],
): HealthColumns {
  const n = responses.length;
  const ids = instrument.items.map((i) => i.id);
  const I = ids.length;
  const columns: HealthColumns = {
    n,
    answers: new Float64Array(n * I),
    partner: new Int32Array(n),
    partnerNames: [...partners],
    known: partners.length,
    wave: new Int32Array(n),
    waveIds,
    rated: [],
  };
  const pIndex = new Map(partners.map((p, k) => [p, k]));
  const wIndex = new Map(waveIds.map((w, k) => [w, k]));
  const { answers } = columns;
  for (let r = 0; r < n; r++) {
    const response = responses[r]!;
    const given = response.answers;
    const base = r * I;
    for (let i = 0; i < I; i++) {
      const v = given[ids[i]!];
      answers[base + i] = v === null || v === undefined ? Number.NaN : v;
    }
    columns.partner[r] = partnerOf(columns, pIndex, response.partner);
    columns.wave[r] = wIndex.get(response.wave) ?? -1;
    if (response.ratings) columns.rated.push({ row: r, response });
  }
  return columns;
}

function partnerOf(columns: HealthColumns, index: Map<string, number>, partner: string): number {
  const k = index.get(partner);
  if (k !== undefined) return k;
  index.set(partner, columns.partnerNames.length);
  columns.partnerNames.push(partner);
  return columns.partnerNames.length - 1;
}

/**
 * The rows of each wave (by index into `columns.waveIds`), each in input order: one counting pass
 * and one placing pass into a single buffer.
 */
export function rowsByWave(columns: HealthColumns): Int32Array[] {
  const W = columns.waveIds.length;
  const counts = new Int32Array(W + 1);
  for (let r = 0; r < columns.n; r++) counts[columns.wave[r]! + 1]! += 1;
  const starts = new Int32Array(W + 1);
  for (let w = 1; w <= W; w++) starts[w] = starts[w - 1]! + counts[w - 1]!;
  const buffer = new Int32Array(columns.n);
  const at = starts.slice();
  for (let r = 0; r < columns.n; r++) buffer[at[columns.wave[r]! + 1]!++] = r;
  return Array.from({ length: W }, (_, w) =>
    buffer.subarray(starts[w + 1]!, starts[w + 1]! + counts[w + 1]!),
  );
}

/** Every row, 0 … n − 1 (one wave holding all the responses given). */
export function allRows(n: number): Int32Array {
  const rows = new Int32Array(n);
  for (let r = 0; r < n; r++) rows[r] = r;
  return rows;
}
