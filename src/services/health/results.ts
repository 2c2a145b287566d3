import { analyseAssessment } from "../../engine/health/analyse.ts";
import { discussionPrompts } from "../../engine/health/prompts.ts";
import { resultsCsv } from "../../engine/health/results-csv.ts";
import type { AssessmentResults } from "../../shared/health-views.ts";
import { responsesOf, wavesOf } from "../../store/repositories/assessment-waves.ts";
import type { ServiceContext } from "../context.ts";
import { notFound } from "../errors.ts";
import { organisationNames } from "../people/respondent-links.ts";
import { workspaceRequire } from "../workspaces.ts";
import { assessmentRequire, viewerOf } from "./assessment-access.ts";
import { instrumentResolve } from "./instruments.ts";

export type { AssessmentResults };

/**
 * The analysis of an assessment (one wave with `wave`): everyone, owners included, sees a
 * partner's aggregates only from at least `minGroupSize` respondents, except their own
 * organisation's.
 */
export async function assessmentResults(
  ctx: ServiceContext,
  slug: string,
  id: string,
  wave?: string,
): Promise<AssessmentResults> {
  const ws = await workspaceRequire(ctx, slug);
  const a = await assessmentRequire(ctx.store.db, ws.id, id);
  const instrument = await instrumentResolve(
    ctx.store.db,
    ws.id,
    a.instrument.id,
    a.instrument.version,
  );
  if (!instrument) throw notFound(`The assessment's instrument '${a.instrument.id}' is missing`);
  const [waves, rows, viewer] = await Promise.all([
    wavesOf(ctx.store.db, ws.id, id),
    responsesOf(ctx.store.db, ws.id, id),
    viewerOf(ctx, ws.id),
  ]);
  if (wave !== undefined && !waves.some((w) => w.id === wave))
    throw notFound(`Assessment '${id}' has no wave '${wave}'`);
  // The rule holds for owners too: a result never shows a group of one or two as a number.
  const full = false;
  const result = analyseAssessment(
    {
      instrument,
      partners: a.partners,
      waves,
      responses: rows.map((r) => ({
        partner: r.organisation,
        wave: r.wave,
        answers: r.answers,
        ratings: r.ratings ?? undefined,
      })),
    },
    { minGroupSize: a.minGroupSize, own: viewer.own, full },
  );
  const names = await organisationNames(ctx, ws.id, a.partners);
  const waveResults = wave === undefined ? result.waves : result.waves.filter((w) => w.id === wave);
  const named = Object.fromEntries(names);
  return {
    assessment: id,
    instrument: { id: instrument.id, version: instrument.version, name: instrument.name },
    partners: a.partners.map((p) => ({ id: p, name: names.get(p) ?? null })),
    full,
    ...result,
    waves: waveResults,
    prompts: waveResults.map((w) => ({
      wave: w.id,
      items: discussionPrompts(w, named, instrument.scale.max),
    })),
    change: wave === undefined ? result.change : result.change.filter((c) => c.to === wave),
  };
}

/** The results as CSV, under the same rule as `assessmentResults`. */
export async function assessmentResultsCsv(
  ctx: ServiceContext,
  slug: string,
  id: string,
  wave?: string,
): Promise<string> {
  return resultsCsv(await assessmentResults(ctx, slug, id, wave));
}
