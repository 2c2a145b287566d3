import type { Kysely, Selectable } from "kysely";
import type {
  Database,
  FormLinkTable,
  FormQuestionTable,
  FormSubmissionTable,
  FormTable,
} from "../schema.ts";

type Db = Kysely<Database>;

/** A stored form row. */
export type FormRow = Selectable<FormTable>;
/** A stored question row. */
export type FormQuestionRow = Selectable<FormQuestionTable>;
/** A stored submission row. */
export type FormSubmissionRow = Selectable<FormSubmissionTable>;

/** Inserts or replaces a form and all its questions (call inside a transaction). */
export async function formPut(db: Db, form: FormRow, questions: FormQuestionRow[]): Promise<void> {
  const { workspace_id: _, id: __, created_at: ___, created_by: ____, ...changes } = form;
  await db
    .insertInto("forms")
    .values(form)
    .onConflict((oc) => oc.columns(["workspace_id", "id"]).doUpdateSet(changes))
    .execute();
  await db
    .deleteFrom("form_questions")
    .where("workspace_id", "=", form.workspace_id)
    .where("form_id", "=", form.id)
    .execute();
  if (questions.length) await db.insertInto("form_questions").values(questions).execute();
}

/** One form with its questions in order, or null. */
export async function formGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<{ form: FormRow; questions: FormQuestionRow[] } | null> {
  const form = await db
    .selectFrom("forms")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!form) return null;
  const questions = await db
    .selectFrom("form_questions")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("form_id", "=", id)
    .orderBy("position")
    .execute();
  return { form, questions };
}

/** A workspace's form ids, by id. */
export async function formIds(db: Db, workspaceId: number): Promise<string[]> {
  const rows = await db
    .selectFrom("forms")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}

/** Marks a form closed; returns whether it was open. */
export async function formClose(
  db: Db,
  workspaceId: number,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("forms")
    .set({ status: "closed", closed_at: now, updated_at: now })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many submissions a form has. */
export async function formSubmissionCount(db: Db, workspaceId: number, id: string) {
  const row = await db
    .selectFrom("form_submissions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("workspace_id", "=", workspaceId)
    .where("form_id", "=", id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores which form a respondent link opens, and how. */
export async function formLinkInsert(db: Db, link: FormLinkTable): Promise<void> {
  await db.insertInto("form_links").values(link).execute();
}

/** The form side of a respondent link, or null when the link is not a form's. */
export async function formLinkGet(db: Db, linkId: string): Promise<FormLinkTable | null> {
  const row = await db
    .selectFrom("form_links")
    .selectAll()
    .where("link_id", "=", linkId)
    .executeTakeFirst();
  return row ?? null;
}

/** A form's links (with the respondent link's fields), newest first. */
export async function formLinksOf(db: Db, workspaceId: number, formId: string) {
  return db
    .selectFrom("form_links")
    .innerJoin("respondent_links", "respondent_links.id", "form_links.link_id")
    .selectAll("respondent_links")
    .select(["form_links.kind", "form_links.phase", "form_links.max_per_minute"])
    .where("form_links.workspace_id", "=", workspaceId)
    .where("form_links.form_id", "=", formId)
    .orderBy("respondent_links.created_at", "desc")
    .orderBy("respondent_links.id")
    .execute();
}

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
    .values(
      measures.map((m) => ({
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
      })),
    )
    .execute();
}
