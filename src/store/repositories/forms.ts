import type { Kysely, Selectable } from "kysely";
import type { Database, FormLinkTable, FormQuestionTable, FormTable } from "../schema.ts";

type Db = Kysely<Database>;

export * from "./form-submissions.ts";

/** A stored form row. */
export type FormRow = Selectable<FormTable>;
/** A stored question row. */
export type FormQuestionRow = Selectable<FormQuestionTable>;

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
