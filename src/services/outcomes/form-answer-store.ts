import { randomUUID } from "node:crypto";
import { auditAppend, workspaceTouch } from "../../store/index.ts";
import { formMeasuresAdd, submissionInsert } from "../../store/repositories/forms.ts";
import { respondentLinkUse } from "../../store/repositories/respondent-links.ts";
import type { FormSubmissionTable } from "../../store/schema.ts";
import type { ServiceContext } from "../context.ts";
import { auditEntry } from "../people/audit.ts";
import type { FormAnswerResult, FormOpening } from "./form-answers.ts";

/** A checked answer, ready to store. */
export interface Checked {
  answers: { question: string; value: unknown }[];
  measures: { indicator: string; value: number }[];
  code: string;
  lang: string;
  easy: boolean;
  clientId: string | null;
}

/** The submission row of a checked answer through an opened link. */
function submissionOf(o: FormOpening, c: Checked, id: string, now: string): FormSubmissionTable {
  return {
    id,
    workspace_id: o.link.workspace_id,
    form_id: o.form.id,
    client_id: c.clientId ?? id,
    link_id: o.link.id,
    link_kind: o.kind,
    respondent_code: c.code,
    researcher: o.kind === "interview" ? o.link.label : null,
    phase: o.phase,
    language: c.lang,
    easy_read: c.easy ? 1 : 0,
    created_at: now,
  };
}

/** Thrown inside the answer's transaction to roll it back when the link was used meanwhile. */
class LinkUsedMeanwhile extends Error {}

/**
 * Stores a checked answer through an opened link in one transaction: the submission, its answers,
 * the measures they make and the audit entry; refused when the link was used meanwhile.
 */
export async function answerStore(
  ctx: ServiceContext,
  o: FormOpening,
  c: Checked,
): Promise<FormAnswerResult> {
  const as: ServiceContext = { ...ctx, actor: () => o.actor };
  const now = ctx.now().toISOString();
  const row = submissionOf(o, c, randomUUID(), now);
  const ws = o.link.workspace_id;
  const date = now.slice(0, 10);
  const measures = c.measures.map((m) => ({ ...m, date, personCode: c.code, phase: o.phase }));
  // No record id and no answers: the entry says that a form was answered, never what or by whom.
  const after = {
    form: o.form.id,
    linkKind: o.kind,
    researcher: row.researcher,
    measures: measures.length,
  };
  const audit = auditEntry(as, ws, "create", "form_submissions", null, undefined, after);
  try {
    return await ctx.store.db.transaction().execute(async (trx): Promise<FormAnswerResult> => {
      await submissionInsert(trx, row, c.answers);
      await formMeasuresAdd(trx, ws, o.form.framework, row.id, measures, now);
      await auditAppend(trx, [audit]);
      // Every answer through the link updates the link's row and the workspace's: updated last,
      // so their row locks are held only until the commit, not through the inserts (PostgreSQL).
      if (!(await respondentLinkUse(trx, o.link.id, now))) throw new LinkUsedMeanwhile();
      await workspaceTouch(trx, ws);
      return { ok: true, respondentCode: c.code, duplicate: false };
    });
  } catch (error) {
    if (!(error instanceof LinkUsedMeanwhile)) throw error;
    return { ok: false, reason: "used", message: "This link has just been used or withdrawn." };
  }
}
