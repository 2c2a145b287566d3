import type {
  DimensionResult,
  GapResult,
  PartnerDimension,
  TotalResult,
  WaveResult,
} from "../../shared/health-results.ts";
import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import { allRows, type HealthColumns, packResponses } from "./columns.ts";
import { pairsOf } from "./pairs.ts";
import { groupValues, type ScoredWave, scoreRows } from "./scored-wave.ts";
import { bandOf } from "./scores.ts";
import { mean, summaryOf } from "./stats.ts";
import { type HealthViewer, mayShow, mayShowWhole } from "./view.ts";

const NO_AGREEMENT = { rwg: null, ad: null, rwgAgrees: null, adAcceptable: null };

/** Each dimension's present scores, all together and by partner, in respondent order. */
export type DimensionGroups = { all: Float64Array; byPartner: Float64Array[] }[];

/** What a wave's analysis reads: counts, scores in columns, their groups and the ratings given. */
export interface WaveFacts {
  respondents: number;
  responsesByPartner: Record<string, number>;
  scored: ScoredWave;
  groups: DimensionGroups;
  /** The wave's responses that rate other partners (the only ones pairs read). */
  rated: HealthResponse[];
}

/** One wave's analysis as `viewer` may see it (the three-respondent rule applied). */
export function analyseWave(
  instrument: Instrument,
  partners: readonly string[],
  wave: { id: string; date: string },
  responses: readonly HealthResponse[],
  viewer: HealthViewer,
): WaveResult {
  const columns = packResponses(instrument, partners, [], responses);
  const rated = columns.rated.map((x) => x.response);
  const facts = waveFactsOf(instrument, partners, columns, allRows(columns.n), rated);
  return analyseFacts(instrument, partners, wave, facts, viewer);
}

/** The facts of the packed rows `rows` (one wave's), scored and grouped once. */
export function waveFactsOf(
  instrument: Instrument,
  partners: readonly string[],
  columns: HealthColumns,
  rows: Int32Array,
  rated: HealthResponse[],
): WaveFacts {
  const scored = scoreRows(instrument, columns, rows);
  const groups = scored.dimensions.map((column) =>
    groupValues(column, scored.partnerIndex, partners.length),
  );
  const responsesByPartner = countsOf(partners, columns, rows);
  return { respondents: rows.length, responsesByPartner, scored, groups, rated };
}

/** Responses per partner: the assessment's partners first, then unknown ones as they appear. */
function countsOf(
  partners: readonly string[],
  columns: HealthColumns,
  rows: Int32Array,
): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(partners.map((p) => [p, 0]));
  const counts = new Int32Array(columns.partnerNames.length);
  for (let j = 0; j < rows.length; j++) counts[columns.partner[rows[j]!]!]! += 1;
  for (let k = 0; k < columns.known; k++) {
    const p = columns.partnerNames[k]!;
    if (counts[k]! > 0) out[p] = (out[p] ?? 0) + counts[k]!;
  }
  if (columns.partnerNames.length === columns.known) return out;
  for (let j = 0; j < rows.length; j++) {
    const k = columns.partner[rows[j]!]!;
    const p = columns.partnerNames[k]!;
    if (k >= columns.known) out[p] = (out[p] ?? 0) + 1;
  }
  return out;
}

/** A wave's analysis from its facts, as `viewer` may see it. */
export function analyseFacts(
  instrument: Instrument,
  partners: readonly string[],
  wave: { id: string; date: string },
  facts: WaveFacts,
  viewer: HealthViewer,
): WaveResult {
  const { responsesByPartner } = facts;
  const withheld = partners.filter((p) => {
    const n = responsesByPartner[p] ?? 0;
    return n > 0 && !mayShow(viewer, p, n);
  });
  const dimensions = instrument.dimensions.map((d, k) =>
    dimensionOf(instrument, d, partners, facts.groups[k]!, viewer),
  );
  return {
    id: wave.id,
    date: wave.date,
    respondents: facts.respondents,
    responsesByPartner,
    dimensions,
    largestGaps: largestGaps(dimensions),
    total: totalOf(instrument, partners, facts.scored, viewer),
    pairs: pairsOf(partners, facts.rated, viewer),
    withheld,
  };
}

function dimensionOf(
  instrument: Instrument,
  d: Instrument["dimensions"][number],
  partners: readonly string[],
  groups: DimensionGroups[number],
  viewer: HealthViewer,
): DimensionResult {
  const options = instrument.scale.max - instrument.scale.min + 1;
  let hidden = 0;
  const byPartner: Record<string, PartnerDimension | null> = {};
  for (const [k, p] of partners.entries()) {
    const values = groups.byPartner[k]!;
    if (!mayShow(viewer, p, values.length)) {
      hidden += values.length;
      byPartner[p] = null;
      continue;
    }
    const { mean: m, sd, ...agreement } = summaryOf(values, options);
    byPartner[p] = {
      n: values.length,
      mean: m,
      sd,
      band: bandOf(m, instrument.dimensionBands),
      ...agreement,
    };
  }
  const all = groups.all;
  const shown = Object.values(byPartner).flatMap((g) => (g ? [g.mean] : []));
  const whole = all.length > 0 && mayShowWhole(viewer, hidden);
  const {
    mean: m,
    sd,
    ...agreement
  } = whole ? summaryOf(all, options) : { mean: null, sd: null, ...NO_AGREEMENT };
  return {
    id: d.id,
    name: d.name,
    category: d.category ?? null,
    n: all.length,
    mean: m,
    sd,
    band: bandOf(m, instrument.dimensionBands),
    ...agreement,
    byPartner,
    gap: shown.length >= 2 ? Math.max(...shown) - Math.min(...shown) : null,
  };
}

/** The three dimensions with the widest gaps between partners, widest first (ties by id). */
export function largestGaps(dimensions: readonly DimensionResult[], count = 3): GapResult[] {
  const gaps: GapResult[] = [];
  for (const d of dimensions) {
    if (d.gap === null) continue;
    const shown = Object.entries(d.byPartner).flatMap(([p, g]) =>
      g ? [[p, g.mean] as const] : [],
    );
    const high = shown.reduce((a, b) => (b[1] > a[1] ? b : a));
    const low = shown.reduce((a, b) => (b[1] < a[1] ? b : a));
    gaps.push({ dimension: d.id, gap: d.gap, high: high[0], low: low[0] });
  }
  return gaps
    .filter((g) => g.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.dimension.localeCompare(b.dimension))
    .slice(0, count);
}

function totalOf(
  instrument: Instrument,
  partners: readonly string[],
  scored: ScoredWave,
  viewer: HealthViewer,
): TotalResult | null {
  const groups = groupValues(scored.totals, scored.partnerIndex, partners.length);
  if (instrument.kind !== "rating" || groups.all.length === 0) return null;
  let hidden = 0;
  const byPartner: TotalResult["byPartner"] = {};
  for (const [k, p] of partners.entries()) {
    const values = groups.byPartner[k]!;
    const show = mayShow(viewer, p, values.length);
    if (!show) hidden += values.length;
    const m = show ? mean(values) : null;
    byPartner[p] =
      m === null ? null : { n: values.length, mean: m, band: bandOf(m, instrument.bands) };
  }
  if (!mayShowWhole(viewer, hidden)) return null;
  const m = mean(groups.all);
  return { n: groups.all.length, mean: m, band: bandOf(m, instrument.bands), byPartner };
}
