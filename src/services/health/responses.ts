import { randomUUID } from "node:crypto";
import { responseProblems } from "../../engine/health/check.ts";
import { isRoleAtLeast } from "../../shared/access.ts";
import type { RawResponse, ResponseRecorded } from "../../shared/health-views.ts";
import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import { responseInputSchema } from "../../shared/instruments.ts";
import type { Problem } from "../../shared/problems.ts";
import { problemsOf } from "../../shared/problems.ts";
import { workspaceTouch } from "../../store/index.ts";
import {
  type ResponseRecord,
  responseInsert,
  responsesOf,
  wavesOf,
} from "../../store/repositories/assessment-waves.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, forbidden, invalid, notFound } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { assessmentRequire, viewerOf } from "./assessment-access.ts";
import { instrumentResolve } from "./instruments.ts";

/**
 * Records one response, all or nothing: a signed-in member answers for the organisation their
 * membership ties them to; an editor or owner may enter answers on behalf of a named partner.
 * Only the organisation, wave and answers are stored, never who answered.
 */
export async function assessmentResponseAdd(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<ResponseRecorded> {
  const parsed = responseInputSchema.safeParse(input);
  if (!parsed.success) throw invalid("The response is not valid", problemsOf(parsed.error, input));
  const data = parsed.data;
  const ws = await workspaceRequire(ctx, slug);
  const organisation = await answeringFor(ctx, ws.id, data.organisation);
  const a = await assessmentRequire(ctx.store.db, ws.id, id);
  const instrument = await instrumentOf(ctx, ws.id, a.instrument);
  const response = {
    partner: organisation,
    wave: data.wave,
    answers: data.answers,
    ratings: data.ratings,
  };
  return ctx.store.db.transaction().execute(async (trx) => {
    const waves = await wavesOf(trx, ws.id, id);
    const problems = checkResponse(instrument, a.partners, waves, response);
    if (problems.length > 0)
      throw invalid("The response is not valid; nothing was stored", problems);
    if (waves.find((w) => w.id === data.wave)?.state === "closed")
      throw conflict(`Wave '${data.wave}' is closed and takes no more answers`);
    const record: ResponseRecord = {
      id: randomUUID(),
      wave: data.wave,
      organisation,
      answers: data.answers,
      ratings: data.ratings ?? null,
      createdAt: ctx.now().toISOString(),
    };
    await responseInsert(trx, ws.id, id, record);
    await workspaceTouch(trx, ws.id);
    // The fact and the organisation, never the answers or the response's id (they would tie a
    // person to the answers).
    const after = { assessment: id, wave: data.wave, organisation };
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "create", "assessment_responses", null, undefined, after),
    );
    const all = await responsesOf(trx, ws.id, id);
    const responses = all.filter(
      (r) => r.wave === data.wave && r.organisation === organisation,
    ).length;
    return { recorded: true as const, organisation, wave: data.wave, responses };
  });
}

/** Every problem of a response against the instrument, the partners and the waves. */
function checkResponse(
  instrument: Instrument,
  partners: readonly string[],
  waves: readonly { id: string }[],
  response: HealthResponse,
): Problem[] {
  const who = `the respondent for "${response.partner}"`;
  const ids = waves.map((w) => w.id);
  return [
    ...responseProblems(instrument, partners, ids, response, who),
    ...emptiness(instrument, response, who),
  ];
}

/** Which organisation the actor answers for: their own, or a named one when editor or above. */
async function answeringFor(ctx: ServiceContext, workspaceId: number, named: string | undefined) {
  const { role, own } = await viewerOf(ctx, workspaceId);
  if (named === undefined) {
    if (own) return own;
    throw invalid("Name the partner organisation these answers are for", [
      { path: "$.organisation", message: "you are not tied to an organisation: name one" },
    ]);
  }
  if (named === own || (role !== null && isRoleAtLeast(role, "editor"))) return named;
  throw forbidden("Answering on behalf of another organisation needs the editor role");
}

async function instrumentOf(
  ctx: ServiceContext,
  workspaceId: number,
  ref: { id: string; version: number },
) {
  const found = await instrumentResolve(ctx.store.db, workspaceId, ref.id, ref.version);
  if (!found)
    throw notFound(`The assessment's instrument '${ref.id}' version ${ref.version} is missing`);
  return found;
}

function emptiness(
  instrument: Instrument,
  r: { answers: Record<string, number | null>; ratings?: Record<string, number> | undefined },
  who: string,
): Problem[] {
  if (instrument.kind === "pairwise" && Object.keys(r.ratings ?? {}).length === 0)
    return [{ path: "$.ratings", message: `${who}: rate at least one other partner` }];
  if (instrument.kind === "rating" && Object.keys(r.answers).length === 0)
    return [{ path: "$.answers", message: `${who}: answer at least one item` }];
  return [];
}

/** Every stored response of an assessment (owners only: the route's access rule). */
export async function assessmentResponsesRaw(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<RawResponse[]> {
  const ws = await workspaceRequire(ctx, slug);
  await assessmentRequire(ctx.store.db, ws.id, id);
  return responsesOf(ctx.store.db, ws.id, id);
}
