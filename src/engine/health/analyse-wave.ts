import type {
  DimensionResult,
  GapResult,
  PartnerDimension,
  TotalResult,
  WaveResult,
} from "../../shared/health-results.ts";
import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import { pairsOf } from "./pairs.ts";
import { groupValues, type ScoredWave, scoreWave } from "./scored-wave.ts";
import { bandOf } from "./scores.ts";
import { agreementOf, mean, sampleSd } from "./stats.ts";
import { type HealthViewer, mayShow, mayShowWhole } from "./view.ts";

const NO_AGREEMENT = { rwg: null, ad: null, rwgAgrees: null, adAcceptable: null };

/** One wave's analysis as `viewer` may see it (the three-respondent rule applied). */
export function analyseWave(
  instrument: Instrument,
  partners: readonly string[],
  wave: { id: string; date: string },
  responses: readonly HealthResponse[],
  viewer: HealthViewer,
  scored: ScoredWave = scoreWave(instrument, partners, responses),
): WaveResult {
  const responsesByPartner = Object.fromEntries(partners.map((p) => [p, 0]));
  for (const r of responses)
    responsesByPartner[r.partner] = (responsesByPartner[r.partner] ?? 0) + 1;
  const withheld = partners.filter((p) => {
    const n = responsesByPartner[p] ?? 0;
    return n > 0 && !mayShow(viewer, p, n);
  });
  const dimensions = instrument.dimensions.map((d, k) =>
    dimensionOf(
      instrument,
      d,
      partners,
      groupValues(scored.dimensions[k]!, scored.partnerIndex, partners.length),
      viewer,
    ),
  );
  return {
    id: wave.id,
    date: wave.date,
    respondents: responses.length,
    responsesByPartner,
    dimensions,
    largestGaps: largestGaps(dimensions),
    total: totalOf(instrument, partners, scored, viewer),
    pairs: pairsOf(partners, responses, viewer),
    withheld,
  };
}

function dimensionOf(
  instrument: Instrument,
  d: Instrument["dimensions"][number],
  partners: readonly string[],
  groups: { all: number[]; byPartner: number[][] },
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
    const m = mean(values);
    byPartner[p] = {
      n: values.length,
      mean: m,
      sd: sampleSd(values),
      band: bandOf(m, instrument.dimensionBands),
      ...agreementOf(values, options),
    };
  }
  const all = groups.all;
  const shown = Object.values(byPartner).flatMap((g) => (g ? [g.mean] : []));
  const whole = all.length > 0 && mayShowWhole(viewer, hidden);
  const m = whole ? mean(all) : null;
  return {
    id: d.id,
    name: d.name,
    category: d.category ?? null,
    n: all.length,
    mean: m,
    sd: whole ? sampleSd(all) : null,
    band: bandOf(m, instrument.dimensionBands),
    ...(whole ? agreementOf(all, options) : NO_AGREEMENT),
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
