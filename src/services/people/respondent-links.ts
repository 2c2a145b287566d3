import { randomUUID } from "node:crypto";
import type { MerlinRelation } from "../../shared/merlin.ts";
import { problemsOf } from "../../shared/problems.ts";
import {
  RESPONDENT_LINK_DAYS,
  RESPONDENT_LINK_MAX_DAYS,
  type RespondentLink,
  type RespondentLinkInput,
  respondentLinkInputSchema,
} from "../../shared/respondents.ts";
import { auditAppend } from "../../store/repositories/audit-log.ts";
import {
  type RespondentLinkRow,
  respondentLinkByHash,
  respondentLinkClose,
  respondentLinkInsert,
  respondentLinksOf,
} from "../../store/repositories/respondent-links.ts";
import type { ServiceContext } from "../context.ts";
import { invalid, notFound } from "../errors.ts";
import { supplyChainRequire } from "../supply-chains/supply-chain-checks.ts";
import { workspaceRequire } from "../workspaces.ts";
import type { Actor } from "./actor.ts";
import { auditEntry } from "./audit.ts";
import { secretHash, secretNew } from "./tokens.ts";

const DAY = 86_400_000;

/** The state of a link at `now`: revoked, expired, used up (single-use, answered) or active. */
export function respondentLinkState(row: RespondentLinkRow, now: string): RespondentLink["state"] {
  if (row.revoked_at) return "revoked";
  if (row.expires_at !== null && row.expires_at <= now) return "expired";
  if (row.single_use && row.uses > 0) return "used";
  return "active";
}

function linkView(row: RespondentLinkRow, now: string, names: Map<string, string>): RespondentLink {
  return {
    id: row.id,
    form: row.form as RespondentLink["form"],
    target: row.target_id,
    organisation: row.organisation_id,
    organisationName: (row.organisation_id && names.get(row.organisation_id)) || null,
    relation: row.relation as MerlinRelation | null,
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

/** Names of a workspace's organisations by id (for these few ids). */
export async function organisationNames(
  ctx: ServiceContext,
  workspaceId: number,
  ids: (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await ctx.store.db
    .selectFrom("organisations")
    .select(["id", "name"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

function expiryOf(ctx: ServiceContext, expiresAt: string | null | undefined): string {
  const now = ctx.now().getTime();
  if (expiresAt === null || expiresAt === undefined)
    return new Date(now + RESPONDENT_LINK_DAYS * DAY).toISOString();
  const at = new Date(expiresAt).getTime();
  if (at <= now || at > now + RESPONDENT_LINK_MAX_DAYS * DAY)
    throw invalid("The link's expiry is out of range", [
      {
        path: "$.expiresAt",
        message: `must be in the future and within ${RESPONDENT_LINK_MAX_DAYS} days`,
      },
    ]);
  return new Date(at).toISOString();
}

/**
 * Makes a respondent link for one form about one record, on behalf of one of the workspace's
 * organisations. Returns the link and its secret, which is stored only as a hash: show it once.
 */
export async function respondentLinkAdd(
  ctx: ServiceContext,
  slug: string,
  input: RespondentLinkInput,
): Promise<{ link: RespondentLink; secret: string }> {
  const parsed = respondentLinkInputSchema.safeParse(input);
  if (!parsed.success) throw invalid("The respondent link is not valid", problemsOf(parsed.error));
  const data = parsed.data;
  const ws = await workspaceRequire(ctx, slug);
  await supplyChainRequire(ctx.store.db, ws.id, slug, data.target);
  const names = await organisationNames(ctx, ws.id, [data.organisation]);
  if (!names.has(data.organisation))
    throw invalid(`There is no organisation '${data.organisation}' in this workspace`, [
      { path: "$.organisation", message: "is not an organisation of this workspace" },
    ]);
  const secret = secretNew();
  const now = ctx.now().toISOString();
  const row: RespondentLinkRow = {
    id: randomUUID(),
    token_hash: secretHash(secret),
    workspace_id: ws.id,
    form: data.form,
    target_id: data.target,
    organisation_id: data.organisation,
    relation: data.relation ?? null,
    wave: data.wave || null,
    label: data.label || null,
    single_use: data.singleUse ? 1 : 0,
    uses: 0,
    created_by: ctx.actor().userId,
    created_at: now,
    expires_at: expiryOf(ctx, data.expiresAt),
    revoked_at: null,
  };
  const { token_hash: _hash, ...recorded } = row;
  await ctx.store.db.transaction().execute(async (trx) => {
    await respondentLinkInsert(trx, row);
    await auditAppend(trx, [
      auditEntry(ctx, ws.id, "create", "respondent_links", row.id, undefined, recorded),
    ]);
  });
  return { link: linkView(row, now, names), secret };
}

/** A workspace's respondent links with their state and uses (optionally for one target). */
export async function respondentLinksList(
  ctx: ServiceContext,
  slug: string,
  target?: string,
): Promise<RespondentLink[]> {
  const ws = await workspaceRequire(ctx, slug);
  const rows = await respondentLinksOf(ctx.store.db, ws.id, target);
  const names = await organisationNames(
    ctx,
    ws.id,
    rows.map((r) => r.organisation_id),
  );
  const now = ctx.now().toISOString();
  return rows.map((row) => linkView(row, now, names));
}

/** Revokes a link: it stops working at once; answers already given stay. */
export async function respondentLinkRevoke(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await respondentLinkClose(trx, ws.id, id, ctx.now().toISOString())))
      throw notFound(`There is no respondent link '${id}' in workspace '${slug}' to revoke`);
    await auditAppend(trx, [auditEntry(ctx, ws.id, "revoke", "respondent_links", id)]);
  });
}

/** A link that can be answered, or why not (in words for the person who opened it). */
export type LinkOpening =
  | { ok: true; link: RespondentLinkRow; actor: Actor }
  | { ok: false; reason: "unknown" | "revoked" | "expired" | "used"; message: string };

/** What a link that cannot be used says, for every kind of respondent link. */
export const LINK_REFUSALS = {
  unknown: "This link is not valid. Check that you copied all of it, or ask for a new one.",
  revoked: "This link has been withdrawn by the people running the survey. Ask them for a new one.",
  expired: "This link has expired. Ask the people running the survey for a new one.",
  used: "This link has already been used to answer, and works only once. Thank you for answering.",
} as const;

/** Resolves a link's secret by its hash; refuses an unknown, revoked, expired or used-up link. */
export async function respondentLinkOpen(
  ctx: ServiceContext,
  secret: string,
): Promise<LinkOpening> {
  const row =
    secret.length > 0 && secret.length <= 200
      ? await respondentLinkByHash(ctx.store.db, secretHash(secret))
      : null;
  if (!row) return { ok: false, reason: "unknown", message: LINK_REFUSALS.unknown };
  const state = respondentLinkState(row, ctx.now().toISOString());
  if (state !== "active") return { ok: false, reason: state, message: LINK_REFUSALS[state] };
  const actor: Actor = {
    kind: "respondent",
    userId: null,
    email: null,
    linkId: row.id,
    workspaceId: row.workspace_id,
  };
  return { ok: true, link: row, actor };
}
