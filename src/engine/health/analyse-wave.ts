import type {
  DimensionResult,
  GapResult,
  PartnerDimension,
  TotalResult,
  WaveResult,
} from "../../shared/health-results.ts";
import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import { columnSummaries, type GroupSummary } from "./column-stats.ts";
import { allRows, type HealthColumns, packResponses } from "./columns.ts";
import { pairsOf } from "./pairs.ts";
import { scoreRows } from "./scored-wave.ts";
import { bandOf } from "./scores.ts";
import { type HealthViewer, mayShow, mayShowWhole } from "./view.ts";

const NO_AGREEMENT = { rwg: null, ad: null, rwgAgrees: null, adAcceptable: null };

/** A column's summaries over everyone and by partner (index into the assessment's partners). */
export type Summaries = { all: GroupSummary; byGroup: GroupSummary[] };

/** What a wave's analysis reads: counts, summaries of the scores, and the ratings given. */
export interface WaveFacts {
  respondents: number;
  responsesByPartner: Record<string, number>;
  /** Per dimension, then the total's. */
  dimensions: Summaries[];
  total: Summaries;
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
  const options = instrument.scale.max - instrument.scale.min + 1;
  const summarise = (column: Float64Array) =>
    columnSummaries(column, scored.partnerIndex, partners.length, options);
  const responsesByPartner = countsOf(partners, columns, rows);
  return {
    respondents: rows.length,
    responsesByPartner,
    dimensions: scored.dimensions.map(summarise),
    total: summarise(scored.totals),
    rated,
  };
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
    dimensionOf(instrument, d, partners, facts.dimensions[k]!, viewer),
  );
  return {
    id: wave.id,
    date: wave.date,
    respondents: facts.respondents,
    responsesByPartner,
    dimensions,
    largestGaps: largestGaps(dimensions),
    total: totalOf(instrument, partners, facts.total, viewer),
    pairs: pairsOf(partners, facts.rated, viewer),
    withheld,
  };
}

function dimensionOf(
  instrument: Instrument,
  d: Instrument["dimensions"][number],
  partners: readonly string[],
  groups: Summaries,
  viewer: HealthViewer,
): DimensionResult {
  let hidden = 0;
  const byPartner: Record<string, PartnerDimension | null> = {};
  for (const [k, p] of partners.entries()) {
    const { n, mean: m, sd, variance: _, ...agreement } = groups.byGroup[k]!;
    if (!mayShow(viewer, p, n)) {
      hidden += n;
      byPartner[p] = null;
      continue;
    }
    byPartner[p] = { n, mean: m, sd, band: bandOf(m, instrument.dimensionBands), ...agreement };
  }
  const { n, mean: all, sd: allSd, variance: _, ...allAgreement } = groups.all;
  const shown = Object.values(byPartner).flatMap((g) => (g ? [g.mean] : []));
  const whole = n > 0 && mayShowWhole(viewer, hidden);
  const m = whole ? all : null;
  return {
    id: d.id,
    name: d.name,
    category: d.category ?? null,
    n,
    mean: m,
    sd: whole ? allSd : null,
    band: bandOf(m, instrument.dimensionBands),
    ...(whole ? allAgreement : NO_AGREEMENT),
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
  groups: Summaries,
  viewer: HealthViewer,
): TotalResult | null {
  if (instrument.kind !== "rating" || groups.all.n === 0) return null;
  let hidden = 0;
  const byPartner: TotalResult["byPartner"] = {};
  for (const [k, p] of partners.entries()) {
    const { n, mean: m } = groups.byGroup[k]!;
    const show = mayShow(viewer, p, n);
    if (!show) hidden += n;
    byPartner[p] = show ? { n, mean: m, band: bandOf(m, instrument.bands) } : null;
  }
  if (!mayShowWhole(viewer, hidden)) return null;
  const { n, mean: m } = groups.all;
  return { n, mean: m, band: bandOf(m, instrument.bands), byPartner };
}
