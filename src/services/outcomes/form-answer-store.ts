import { randomUUID } from "node:crypto";
import type { Form } from "../../shared/forms.ts";
import { auditAppend } from "../../store/index.ts";
import { answerWriteAtOnce } from "../../store/repositories/form-answer-write.ts";
import { formPeopleAdd, respondentRowsOf } from "../../store/repositories/form-people.ts";
import {
  answerCounted,
  formTalliesAdd,
  type TallyRow,
  talliesMerged,
} from "../../store/repositories/form-speed.ts";
import { formMeasureRows } from "../../store/repositories/form-submissions.ts";
import { formMeasuresAdd, submissionInsert } from "../../store/repositories/forms.ts";
import type { FormSubmissionTable } from "../../store/schema.ts";
import type { ServiceContext } from "../context.ts";
import { auditEntry } from "../people/audit.ts";
import type { FormAnswerResult } from "./form-answers.ts";
import { busyRefusal, type FormOpening } from "./form-open.ts";
import { SUMMARISED } from "./form-results-query.ts";

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

/**
 * What a submission adds to its form's tallies: one per answer, under its value when the question
 * is summarised ('' otherwise: free text and dates are never kept there) and its groups ('' none),
 * and one under the question '' for the submission itself (how results know the tallies whole).
 */
export function talliesOf(form: Form, s: FormSubmissionTable, answers: Checked["answers"], n = 1) {
  const kinds = new Map(form.questions.map((q) => [q.id, q.kind]));
  return [{ question: "", value: "" }, ...answers].map(
    (a): TallyRow => ({
      workspace_id: s.workspace_id,
      form_id: s.form_id,
      question_id: a.question,
      value: SUMMARISED.has(kinds.get(a.question)!) ? JSON.stringify(a.value) : "",
      phase: s.phase ?? "",
      researcher: s.researcher ?? "",
      language: s.language,
      link_kind: s.link_kind,
      n,
    }),
  );
}

const USED: FormAnswerResult = {
  ok: false,
  reason: "used",
  message: "This link has just been used or withdrawn.",
};

/** Thrown inside the answer's transaction to roll it back when the link was used meanwhile. */
class LinkUsedMeanwhile extends Error {}
/** Thrown inside the answer's transaction to roll it back when the link's minute is full. */
class MinuteFull extends Error {}

/**
 * Stores a checked answer through an opened link at once: the submission, its answers, the
 * measures they make, the audit entry and the form's tallies; refused when the link was used
 * meanwhile or its minute is full. SQLite (in-process) in one transaction; PostgreSQL in one
 * statement, where each round trip inside a transaction would hold the shared rows' locks longer.
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
  const tallies = talliesOf(o.form, row, c.answers);
  if (ctx.store.adapter.name === "postgres") {
    const written = await answerWriteAtOnce(
      ctx.store.db,
      {
        submission: row,
        answers: c.answers.map((a) => ({
          submission_id: row.id,
          question_id: a.question,
          value: JSON.stringify(a.value),
        })),
        measures: formMeasureRows(ws, o.form.framework, row.id, measures, now),
        audit: [audit],
        tallies: talliesMerged(tallies),
        people: respondentRowsOf(row),
      },
      { minute: now.slice(0, 16), now },
    );
    if (written.minuteFull) return busyRefusal(o.maxPerMinute);
    return written.stored ? { ok: true, respondentCode: c.code, duplicate: false } : USED;
  }
  try {
    return await ctx.store.db.transaction().execute(async (trx): Promise<FormAnswerResult> => {
      await submissionInsert(trx, row, c.answers);
      await formMeasuresAdd(trx, ws, o.form.framework, row.id, measures, now);
      await auditAppend(trx, [audit]);
      // Rows shared by many answers (tallies; the link's, its minute's and the workspace's) are
      // updated last, so their row locks are held only until the commit (PostgreSQL).
      await formTalliesAdd(trx, tallies);
      await formPeopleAdd(trx, respondentRowsOf(row));
      const counted = await answerCounted(trx, {
        linkId: o.link.id,
        workspaceId: ws,
        now,
        minute: now.slice(0, 16),
      });
      if (!counted.linkUsed) throw new LinkUsedMeanwhile();
      if (counted.minuteCount > o.maxPerMinute) throw new MinuteFull();
      return { ok: true, respondentCode: c.code, duplicate: false };
    });
  } catch (error) {
    if (error instanceof MinuteFull) return busyRefusal(o.maxPerMinute);
    if (!(error instanceof LinkUsedMeanwhile)) throw error;
    return USED;
  }
}
