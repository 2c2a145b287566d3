import { randomUUID } from "node:crypto";
import { type AssessmentLinkInput, assessmentLinkInputSchema } from "../../shared/health-links.ts";
import { problemsOf } from "../../shared/problems.ts";
import { RESPONDENT_LINK_DAYS, type RespondentLink } from "../../shared/respondents.ts";
import { wavesOf } from "../../store/repositories/assessment-waves.ts";
import {
  type RespondentLinkRow,
  respondentLinkInsert,
  respondentLinksOf,
} from "../../store/repositories/respondent-links.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { organisationNames, respondentLinkState } from "../people/respondent-links.ts";
import { secretHash, secretNew } from "../people/tokens.ts";
import { workspaceRequire } from "../workspaces.ts";
import { assessmentRequire } from "./assessment-access.ts";

/** The form kind of an assessment's respondent links. */
export const ASSESSMENT_FORM = "assessment";

const DAY = 86_400_000;
const MAX_DAYS = 366;

/** A stored link as listed (never its secret's hash). */
export function assessmentLinkView(
  row: RespondentLinkRow,
  now: string,
  names: Map<string, string>,
): RespondentLink {
  return {
    id: row.id,
    form: ASSESSMENT_FORM,
    target: row.target_id,
    organisation: row.organisation_id,
    organisationName: (row.organisation_id && names.get(row.organisation_id)) || null,
    relation: null,
    wave: row.wave,
    label: row.label,
    singleUse: row.single_use === 1,
    uses: row.uses,
    state: respondentLinkState(row, now),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

function expiryOf(nowMs: number, expiresAt: string | null | undefined): string {
  if (expiresAt === null || expiresAt === undefined)
    return new Date(nowMs + RESPONDENT_LINK_DAYS * DAY).toISOString();
  const at = new Date(expiresAt).getTime();
  if (at <= nowMs || at > nowMs + MAX_DAYS * DAY)
    throw invalid("The link's expiry is out of range", [
      { path: "$.expiresAt", message: `must be in the future and within ${MAX_DAYS} days` },
    ]);
  return new Date(at).toISOString();
}

/** Why a link cannot be made for this partner and wave: not a partner, no such or closed wave. */
async function linkTargetCheck(
  ctx: ServiceContext,
  workspaceId: number,
  id: string,
  data: { organisation: string; wave: string },
): Promise<void> {
  const a = await assessmentRequire(ctx.store.db, workspaceId, id);
  const waves = await wavesOf(ctx.store.db, workspaceId, id);
  const wave = waves.find((w) => w.id === data.wave);
  const problems = [];
  if (!a.partners.includes(data.organisation))
    problems.push({
      path: "$.organisation",
      message: `"${data.organisation}" is not a partner of assessment "${id}"`,
    });
  if (!wave) problems.push({ path: "$.wave", message: `there is no wave "${data.wave}"` });
  else if (wave.state === "closed")
    problems.push({ path: "$.wave", message: `wave "${data.wave}" is closed` });
  if (problems.length > 0) throw invalid("The link cannot be made", problems);
}

/**
 * Makes a respondent link for one partner organisation of an assessment to answer one open wave.
 * Returns the link and its secret, stored only as a hash: show it once.
 */
export async function assessmentLinkAdd(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: AssessmentLinkInput,
): Promise<{ link: RespondentLink; secret: string }> {
  const parsed = assessmentLinkInputSchema.safeParse(input);
  if (!parsed.success) throw invalid("The link is not valid", problemsOf(parsed.error, input));
  const data = parsed.data;
  const ws = await workspaceRequire(ctx, slug);
  await linkTargetCheck(ctx, ws.id, id, data);
  const secret = secretNew();
  const now = ctx.now();
  const row: RespondentLinkRow = {
    id: randomUUID(),
    token_hash: secretHash(secret),
    workspace_id: ws.id,
    form: ASSESSMENT_FORM,
    target_id: id,
    organisation_id: data.organisation,
    relation: null,
    wave: data.wave,
    label: data.label || null,
    single_use: data.singleUse ? 1 : 0,
    uses: 0,
    created_by: ctx.actor().userId,
    created_at: now.toISOString(),
    expires_at: expiryOf(now.getTime(), data.expiresAt),
    revoked_at: null,
  };
  const { token_hash: _hash, ...recorded } = row;
  await ctx.store.db.transaction().execute(async (trx) => {
    await respondentLinkInsert(trx, row);
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "create", "respondent_links", row.id, undefined, recorded),
    );
  });
  const names = await organisationNames(ctx, ws.id, [data.organisation]);
  return { link: assessmentLinkView(row, now.toISOString(), names), secret };
}

/** The stored links of one assessment (newest first). */
export async function assessmentLinkRows(
  ctx: ServiceContext,
  workspaceId: number,
  id: string,
): Promise<RespondentLinkRow[]> {
  const rows = await respondentLinksOf(ctx.store.db, workspaceId, id);
  return rows.filter((r) => r.form === ASSESSMENT_FORM);
}

/** An assessment's respondent links with their state and uses. */
export async function assessmentLinksList(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<RespondentLink[]> {
  const ws = await workspaceRequire(ctx, slug);
  await assessmentRequire(ctx.store.db, ws.id, id);
  const rows = await assessmentLinkRows(ctx, ws.id, id);
  const names = await organisationNames(
    ctx,
    ws.id,
    rows.map((r) => r.organisation_id),
  );
  const now = ctx.now().toISOString();
  return rows.map((r) => assessmentLinkView(r, now, names));
}
