import { randomUUID } from "node:crypto";
import type { MerlinRelation } from "../../shared/merlin.ts";
import type { Problem } from "../../shared/problems.ts";
import { auditAppend } from "../../store/repositories/audit-log.ts";
import { merlinResponseInsert } from "../../store/repositories/merlin-responses.ts";
import { pbrModelGet } from "../../store/repositories/pbr-models.ts";
import { respondentLinkUse } from "../../store/repositories/respondent-links.ts";
import { workspaceById, workspaceTouch } from "../../store/repositories/workspaces.ts";
import type { ServiceContext } from "../context.ts";
import { auditEntry } from "./audit.ts";
import { type FormValues, merlinFormCheck } from "./respondent-form.ts";
import { type LinkOpening, organisationNames, respondentLinkOpen } from "./respondent-links.ts";

/** What the answering page needs to know about an open link. */
export interface RespondentForm {
  surveyName: string;
  organisationName: string | null;
  relation: MerlinRelation | null;
  workspaceName: string;
}

/** Opens a link for answering: the form's context, or why the link cannot be used. */
export async function respondentFormOpen(
  ctx: ServiceContext,
  secret: string,
): Promise<
  | (Extract<LinkOpening, { ok: true }> & { form: RespondentForm })
  | Extract<LinkOpening, { ok: false }>
> {
  const opening = await respondentLinkOpen(ctx, secret);
  if (!opening.ok) return opening;
  const { link } = opening;
  const chain = await pbrModelGet(ctx.store.db, link.workspace_id, link.target_id);
  // The survey was deleted after the link was made: the link leads nowhere.
  if (!chain)
    return { ok: false, reason: "revoked", message: "This survey is no longer open. Thank you." };
  const ws = await workspaceById(ctx.store.db, link.workspace_id);
  const names = await organisationNames(ctx, link.workspace_id, [link.organisation_id]);
  const form: RespondentForm = {
    surveyName: chain.name,
    organisationName: (link.organisation_id && names.get(link.organisation_id)) || null,
    relation: link.relation as MerlinRelation | null,
    workspaceName: ws?.name ?? "",
  };
  return { ...opening, form };
}

/** The outcome of answering through a link. */
export type RespondentAnswer =
  | { ok: true }
  | { ok: false; problems: Problem[] }
  | Extract<LinkOpening, { ok: false }>;

/**
 * Records one answer given through a respondent link, for the link's organisation (and relation
 * and wave), as the respondent: the audit entry names the link, never a person. A single-use
 * link counts its use in the same transaction, so it cannot be answered twice.
 */
export async function respondentAnswerAdd(
  ctx: ServiceContext,
  secret: string,
  values: FormValues,
): Promise<RespondentAnswer> {
  const opening = await respondentLinkOpen(ctx, secret);
  if (!opening.ok) return opening;
  const { link, actor } = opening;
  const checked = merlinFormCheck(values, link.relation as MerlinRelation | null);
  if (!checked.ok) return checked;
  const as: ServiceContext = { ...ctx, actor: () => actor };
  const now = ctx.now().toISOString();
  const id = randomUUID();
  return ctx.store.db.transaction().execute(async (trx): Promise<RespondentAnswer> => {
    if (!(await respondentLinkUse(trx, link.id, now)))
      return { ok: false, reason: "used", message: "This link has just been used or withdrawn." };
    const { relation, answers } = checked.response;
    await merlinResponseInsert(trx, link.workspace_id, link.target_id, {
      id,
      relation,
      answers,
      createdAt: now,
      organisationId: link.organisation_id,
      linkId: link.id,
    });
    await workspaceTouch(trx, link.workspace_id);
    await auditAppend(trx, [
      // No record id: it would tie the answers to the link, and so to whoever was given it.
      auditEntry(as, link.workspace_id, "create", "merlin_responses", null, undefined, {
        supplyChain: link.target_id,
        organisation: link.organisation_id,
        relation,
        wave: link.wave,
      }),
    ]);
    return { ok: true };
  });
}
