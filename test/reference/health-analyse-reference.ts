/**
 * The partnership-health analysis computed respondent by respondent, as the engine did before its
 * columnar path (src/engine/health before commit 8336af5, with the later fields): kept only as the
 * reference the columnar engine is held equal to in test/reference/health-columns.test.ts. Plain on purpose:
 * every answer read from its object, every group filtered anew.
 */

import type { HealthInput } from "../../src/engine/health/analyse.ts";
import { largestGaps } from "../../src/engine/health/analyse-wave.ts";
import { pairsOf } from "../../src/engine/health/pairs.ts";
import { bandOf, type RespondentScores, respondentScores } from "../../src/engine/health/scores.ts";
import { agreementOf, mean, sampleSd, welchInterval } from "../../src/engine/health/stats.ts";
import { type HealthViewer, mayShow, mayShowWhole } from "../../src/engine/health/view.ts";
import type {
  ChangeResult,
  DimensionResult,
  PartnerDimension,
  TotalResult,
  WaveResult,
} from "../../src/shared/health-results.ts";
import type { HealthResponse, Instrument } from "../../src/shared/instruments.ts";

interface Scored {
  partner: string;
  scores: RespondentScores;
}

const NO_AGREEMENT = { rwg: null, ad: null, rwgAgrees: null, adAcceptable: null };

/** Every wave's analysis and the change between consecutive waves, respondent by respondent. */
export function analyseAssessmentReference(
  input: HealthInput,
  viewer: HealthViewer,
): { waves: WaveResult[]; change: ChangeResult[] } {
  const waves = [...input.waves].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const byWave = new Map<string, HealthResponse[]>(waves.map((w) => [w.id, []]));
  for (const r of input.responses) byWave.get(r.wave)?.push(r);
  const results = waves.map((w) =>
    analyseWaveReference(input.instrument, input.partners, w, byWave.get(w.id)!, viewer),
  );
  const change: ChangeResult[] = [];
  for (let i = 1; i < waves.length; i++) {
    const [from, to] = [results[i - 1]!, results[i]!];
    const [a, b] = [byWave.get(from.id)!, byWave.get(to.id)!].map((rs) =>
      scoredOf(input.instrument, rs),
    );
    input.instrument.dimensions.forEach((d, k) => {
      if (from.dimensions[k]!.mean === null || to.dimensions[k]!.mean === null) return;
      const [x, y] = [valuesOf(a!, d.id), valuesOf(b!, d.id)];
      change.push({ dimension: d.id, from: from.id, to: to.id, ...welchInterval(x, y) });
    });
  }
  return { waves: results, change };
}

function scoredOf(instrument: Instrument, responses: readonly HealthResponse[]): Scored[] {
  return responses.map((r) => ({
    partner: r.partner,
    scores: respondentScores(instrument, r.answers),
  }));
}

function valuesOf(scored: readonly Scored[], dimension: string): number[] {
  return scored.flatMap((s) => {
    const v = s.scores.dimensions.get(dimension);
    return v === null || v === undefined ? [] : [v];
  });
}

/** One wave's analysis, respondent by respondent. */
export function analyseWaveReference(
  instrument: Instrument,
  partners: readonly string[],
  wave: { id: string; date: string },
  responses: readonly HealthResponse[],
  viewer: HealthViewer,
): WaveResult {
  const scored = scoredOf(instrument, responses);
  const responsesByPartner = Object.fromEntries(partners.map((p) => [p, 0]));
  for (const r of responses)
    responsesByPartner[r.partner] = (responsesByPartner[r.partner] ?? 0) + 1;
  const withheld = partners.filter((p) => {
    const n = responsesByPartner[p] ?? 0;
    return n > 0 && !mayShow(viewer, p, n);
  });
  const dimensions = instrument.dimensions.map((d) =>
    dimensionOf(instrument, d, partners, scored, viewer),
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
  scored: readonly Scored[],
  viewer: HealthViewer,
): DimensionResult {
  const options = instrument.scale.max - instrument.scale.min + 1;
  let hidden = 0;
  const byPartner: Record<string, PartnerDimension | null> = {};
  for (const p of partners) {
    const values = valuesOf(
      scored.filter((s) => s.partner === p),
      d.id,
    );
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
  const all = valuesOf(scored, d.id);
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

function totalOf(
  instrument: Instrument,
  partners: readonly string[],
  scored: readonly Scored[],
  viewer: HealthViewer,
): TotalResult | null {
  const complete = scored.filter((s) => s.scores.total !== null);
  if (instrument.kind !== "rating" || complete.length === 0) return null;
  let hidden = 0;
  const byPartner: TotalResult["byPartner"] = {};
  for (const p of partners) {
    const values = complete.filter((s) => s.partner === p).map((s) => s.scores.total as number);
    const show = mayShow(viewer, p, values.length);
    if (!show) hidden += values.length;
    const m = show ? mean(values) : null;
    byPartner[p] =
      m === null ? null : { n: values.length, mean: m, band: bandOf(m, instrument.bands) };
  }
  if (!mayShowWhole(viewer, hidden)) return null;
  const m = mean(complete.map((s) => s.scores.total as number));
  return { n: complete.length, mean: m, band: bandOf(m, instrument.bands), byPartner };
}
