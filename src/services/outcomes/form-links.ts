import { randomUUID } from "node:crypto";
import {
  type FormLink,
  type FormLinkInput,
  type FormLinkKind,
  formLinkInputSchema,
} from "../../shared/forms.ts";
import { problemsOf } from "../../shared/problems.ts";
import { RESPONDENT_LINK_DAYS, RESPONDENT_LINK_MAX_DAYS } from "../../shared/respondents.ts";
import { formLinkInsert, formLinksOf } from "../../store/repositories/forms.ts";
import {
  type RespondentLinkRow,
  respondentLinkInsert,
} from "../../store/repositories/respondent-links.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { respondentLinkState } from "../people/respondent-links.ts";
import { secretHash, secretNew } from "../people/tokens.ts";
import { workspaceRequire } from "../workspaces.ts";
import { formRequire } from "./forms.ts";

/** The respondent-link form kind of an outcome form's links. */
export const OUTCOME_FORM = "outcome_form";

const DAY = 86_400_000;

function expiryOf(ctx: ServiceContext, expiresAt: string | null | undefined): string {
  const now = ctx.now().getTime();
  if (!expiresAt) return new Date(now + RESPONDENT_LINK_DAYS * DAY).toISOString();
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
 * Makes a link to answer a form: shared (anyone who has it, many times), single-use (one answer)
 * or interview (a community researcher enters many people's answers, each tagged with the link's
 * label). Returns the link and its secret, stored only as a hash: show it once.
 */
export async function formLinkAdd(
  ctx: ServiceContext,
  slug: string,
  formId: string,
  input: FormLinkInput,
): Promise<{ link: FormLink; secret: string }> {
  const parsed = formLinkInputSchema.safeParse(input);
  if (!parsed.success) throw invalid("The form link is not valid", problemsOf(parsed.error, input));
  const data = parsed.data;
  const ws = await workspaceRequire(ctx, slug);
  const secret = secretNew();
  const now = ctx.now().toISOString();
  const row: RespondentLinkRow = {
    id: randomUUID(),
    token_hash: secretHash(secret),
    workspace_id: ws.id,
    form: OUTCOME_FORM,
    target_id: formId,
    organisation_id: null,
    relation: null,
    wave: data.phase ?? null,
    label: data.label || null,
    single_use: data.kind === "single_use" ? 1 : 0,
    uses: 0,
    created_by: ctx.actor().userId,
    created_at: now,
    expires_at: expiryOf(ctx, data.expiresAt),
    revoked_at: null,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    const form = await formRequire(trx, ws.id, slug, formId);
    if (form.status === "closed")
      throw conflict(`Form '${formId}' is closed: it takes no new links`);
    await respondentLinkInsert(trx, row);
    await formLinkInsert(trx, {
      link_id: row.id,
      workspace_id: ws.id,
      form_id: formId,
      kind: data.kind,
      phase: data.phase ?? null,
      max_per_minute: data.maxPerMinute,
    });
    const after = { form: formId, kind: data.kind, label: row.label, phase: row.wave };
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "create", "respondent_links", row.id, undefined, after),
    );
  });
  return { link: linkView({ ...row, kind: data.kind, phase: data.phase ?? null }, now), secret };
}

type LinkRow = RespondentLinkRow & { kind: string; phase: string | null };

function linkView(row: LinkRow, now: string): FormLink {
  return {
    id: row.id,
    kind: row.kind as FormLinkKind,
    label: row.label,
    phase: row.phase as FormLink["phase"],
    uses: Number(row.uses),
    state: respondentLinkState({ ...row, uses: Number(row.uses) }, now),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/** A form's links with their state and uses. */
export async function formLinksList(
  ctx: ServiceContext,
  slug: string,
  formId: string,
): Promise<FormLink[]> {
  const ws = await workspaceRequire(ctx, slug);
  await formRequire(ctx.store.db, ws.id, slug, formId);
  const rows = await formLinksOf(ctx.store.db, ws.id, formId);
  const now = ctx.now().toISOString();
  return rows.map((r) => linkView({ ...r, uses: Number(r.uses) }, now));
}
