import type { Insertable, Kysely, Selectable } from "kysely";
import type { Database, FormSubmissionTable, OutcomeMeasureTable } from "../schema.ts";

type Db = Kysely<Database>;

/** A stored submission row. */
export type FormSubmissionRow = Selectable<FormSubmissionTable>;

/** The submission a form already holds under this client id, or null. */
export async function submissionByClientId(
  db: Db,
  workspaceId: number,
  formId: string,
  clientId: string,
): Promise<FormSubmissionRow | null> {
  const row = await db
    .selectFrom("form_submissions")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("form_id", "=", formId)
    .where("client_id", "=", clientId)
    .executeTakeFirst();
  return row ?? null;
}

/** How many submissions came through a link since `since` (for its rate limit). */
export async function linkSubmissionsSince(db: Db, linkId: string, since: string) {
  const row = await db
    .selectFrom("form_submissions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("link_id", "=", linkId)
    .where("created_at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores a submission with its answers (call inside the transaction that checked them). */
export async function submissionInsert(
  db: Db,
  submission: FormSubmissionTable,
  answers: { question: string; value: unknown }[],
): Promise<void> {
  await db.insertInto("form_submissions").values(submission).execute();
  if (answers.length)
    await db
      .insertInto("form_answers")
      .values(
        answers.map((a) => ({
          submission_id: submission.id,
          question_id: a.question,
          value: JSON.stringify(a.value),
        })),
      )
      .execute();
}

/** A form's submissions with their answers, oldest first. */
export async function submissionsOf(db: Db, workspaceId: number, formId: string) {
  const subs = await db
    .selectFrom("form_submissions")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("form_id", "=", formId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const answers = await db
    .selectFrom("form_answers")
    .innerJoin("form_submissions", "form_submissions.id", "form_answers.submission_id")
    .select(["form_answers.submission_id", "form_answers.question_id", "form_answers.value"])
    .where("form_submissions.workspace_id", "=", workspaceId)
    .where("form_submissions.form_id", "=", formId)
    .execute();
  const bySub = new Map<string, Record<string, unknown>>();
  for (const a of answers) {
    const record = bySub.get(a.submission_id) ?? {};
    record[a.question_id] = JSON.parse(a.value);
    bySub.set(a.submission_id, record);
  }
  return subs.map((s) => ({ ...s, answers: bySub.get(s.id) ?? {} }));
}

/**
 * Deletes one respondent's submissions of a form; their answers and the measures made from them
 * go by cascade. Returns how many submissions there were.
 */
export async function submissionsErase(
  db: Db,
  workspaceId: number,
  formId: string,
  respondentCode: string,
): Promise<number> {
  const result = await db
    .deleteFrom("form_submissions")
    .where("workspace_id", "=", workspaceId)
    .where("form_id", "=", formId)
    .where("respondent_code", "=", respondentCode)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A measure made from one answer of a submission. */
export interface FormMeasureRecord {
  indicator: string;
  date: string;
  value: number;
  personCode: string;
  phase: string | null;
}

/** Adds the measures a submission makes to its framework, each naming the submission. */
export async function formMeasuresAdd(
  db: Db,
  workspaceId: number,
  frameworkId: string,
  submissionId: string,
  measures: FormMeasureRecord[],
  now: string,
): Promise<void> {
  if (measures.length === 0) return;
  await db
    .insertInto("outcome_measures")
    .values(formMeasureRows(workspaceId, frameworkId, submissionId, measures, now))
    .execute();
}

/** The measure rows of a submission (as `formMeasuresAdd` stores them). */
export function formMeasureRows(
  workspaceId: number,
  frameworkId: string,
  submissionId: string,
  measures: FormMeasureRecord[],
  now: string,
): Insertable<OutcomeMeasureTable>[] {
  return measures.map((m) => ({
    workspace_id: workspaceId,
    framework_id: frameworkId,
    indicator_id: m.indicator,
    date: m.date,
    value: m.value,
    person_code: m.personCode,
    phase: m.phase,
    source: "form",
    created_at: now,
    form_submission_id: submissionId,
  }));
}
