import { randomUUID } from "node:crypto";
import { merlinConfidentialScoresOf } from "../../engine/pbr/merlin-organisations.ts";
import { problemsOf } from "../../shared/index.ts";
import { type MerlinRelation, merlinResponseSchema } from "../../shared/merlin.ts";
import type { MerlinRawResponse, MerlinResultView } from "../../shared/respondents.ts";
import {
  memberGet,
  merlinResponseInsert,
  merlinResponsesOf,
  workspaceTouch,
} from "../../store/index.ts";
import { respondentLinkWaves } from "../../store/repositories/respondent-links.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { organisationNames } from "../people/respondent-links.ts";
import { workspaceRequire } from "../workspaces.ts";
import { merlinAnswerAudit } from "./merlin-audit.ts";
import { supplyChainRequire } from "./supply-chain-checks.ts";

/** Records one confidential survey response (no names) and returns only that it was recorded. */
export async function merlinResponseAdd(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<{ recorded: true; respondents: number }> {
  const parsed = merlinResponseSchema.safeParse(input);
  if (!parsed.success) throw invalid("The survey response is not valid", problemsOf(parsed.error));
  const ws = await workspaceRequire(ctx, slug);
  return ctx.store.db.transaction().execute(async (trx) => {
    await supplyChainRequire(trx, ws.id, slug, id);
    await merlinResponseInsert(trx, ws.id, id, {
      id: randomUUID(),
      relation: parsed.data.relation,
      answers: parsed.data.answers,
      createdAt: ctx.now().toISOString(),
    });
    await workspaceTouch(trx, ws.id);
    await merlinAnswerAudit(ctx, trx, ws.id, id);
    return {
      recorded: true as const,
      respondents: (await merlinResponsesOf(trx, ws.id, id)).length,
    };
  });
}

/**
 * The survey's scores per principle, overall, by relation and by organisation, as the current
 * actor may see them: an organisation's answers only as aggregates of at least three respondents
 * (nor any combination of aggregates that isolates fewer), except their own organisation's for
 * members tied to one (the three-respondent rule). Raw answers: `merlinResponsesRaw`.
 */
export async function merlinResults(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<MerlinResultView> {
  const ws = await workspaceRequire(ctx, slug);
  await supplyChainRequire(ctx.store.db, ws.id, slug, id);
  const rows = await merlinResponsesOf(ctx.store.db, ws.id, id);
  const userId = ctx.actor().userId;
  const own = userId
    ? ((await memberGet(ctx.store.db, ws.id, userId))?.organisation_id ?? null)
    : null;
  const result = merlinConfidentialScoresOf(
    rows.map((r) => ({
      relation: r.relation as MerlinRelation,
      answers: r.answers,
      organisation: r.organisationId ?? null,
    })),
    own,
  );
  const names = await organisationNames(
    ctx,
    ws.id,
    result.byOrganisation.map((g) => g.organisation),
  );
  return {
    ...result,
    byOrganisation: result.byOrganisation.map((g) => ({
      ...g,
      name: (g.organisation && names.get(g.organisation)) || null,
    })),
  };
}

/** Every answer to a supply chain's survey, with its organisation, link and wave (owners only). */
export async function merlinResponsesRaw(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<MerlinRawResponse[]> {
  const ws = await workspaceRequire(ctx, slug);
  await supplyChainRequire(ctx.store.db, ws.id, slug, id);
  const rows = await merlinResponsesOf(ctx.store.db, ws.id, id);
  const waves = await respondentLinkWaves(
    ctx.store.db,
    ws.id,
    rows.flatMap((r) => (r.linkId ? [r.linkId] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    relation: r.relation as MerlinRelation,
    organisation: r.organisationId ?? null,
    linkId: r.linkId ?? null,
    wave: (r.linkId && waves.get(r.linkId)) || null,
    answers: r.answers,
    createdAt: r.createdAt,
  }));
}
