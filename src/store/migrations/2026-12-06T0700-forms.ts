import type { Kysely } from "kysely";

/**
 * Forms for service users and community researchers: a form belongs to an outcome framework and
 * has questions; answers come through respondent links (one `form_links` row says which kind of
 * link and for which form); a submission holds one person's answers under a pseudonymous code and
 * the client's submission id, unique per form, so a resent answer is stored once. Measures made
 * from a submission name it and go when it is erased.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("forms")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("framework_id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("closed_at", "text")
    .addPrimaryKeyConstraint("forms_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint("forms_workspace_fk", ["workspace_id"], "workspaces", ["id"], (c) =>
      c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "forms_framework_fk",
      ["workspace_id", "framework_id"],
      "outcome_frameworks",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
  await db.schema
    .createIndex("forms_framework_idx")
    .on("forms")
    .columns(["workspace_id", "framework_id"])
    .execute();

  await db.schema
    .createTable("form_questions")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("form_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("indicator_id", "text")
    .addColumn("required", "integer", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("form_questions_pk", ["workspace_id", "form_id", "id"])
    .addForeignKeyConstraint(
      "form_questions_form_fk",
      ["workspace_id", "form_id"],
      "forms",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();

  await db.schema
    .createTable("form_links")
    .addColumn("link_id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("form_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("phase", "text")
    .addColumn("max_per_minute", "integer", (c) => c.notNull())
    .addForeignKeyConstraint("form_links_link_fk", ["link_id"], "respondent_links", ["id"], (c) =>
      c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "form_links_form_fk",
      ["workspace_id", "form_id"],
      "forms",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
  await db.schema
    .createIndex("form_links_form_idx")
    .on("form_links")
    .columns(["workspace_id", "form_id"])
    .execute();

  await db.schema
    .createTable("form_submissions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("form_id", "text", (c) => c.notNull())
    .addColumn("client_id", "text", (c) => c.notNull())
    .addColumn("link_id", "text")
    .addColumn("link_kind", "text", (c) => c.notNull())
    .addColumn("respondent_code", "text", (c) => c.notNull())
    .addColumn("researcher", "text")
    .addColumn("phase", "text")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("easy_read", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    // The client's id for its submission: a resent answer hits this and is stored once.
    .addUniqueConstraint("form_submissions_client_unique", ["workspace_id", "form_id", "client_id"])
    .addForeignKeyConstraint(
      "form_submissions_form_fk",
      ["workspace_id", "form_id"],
      "forms",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "form_submissions_link_fk",
      ["link_id"],
      "respondent_links",
      ["id"],
      (c) => c.onDelete("set null"),
    )
    .execute();
  await db.schema
    .createIndex("form_submissions_link_idx")
    .on("form_submissions")
    .column("link_id")
    .execute();
  await db.schema
    .createIndex("form_submissions_respondent_idx")
    .on("form_submissions")
    .columns(["workspace_id", "form_id", "respondent_code"])
    .execute();

  await db.schema
    .createTable("form_answers")
    .addColumn("submission_id", "text", (c) => c.notNull())
    .addColumn("question_id", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("form_answers_pk", ["submission_id", "question_id"])
    .addForeignKeyConstraint(
      "form_answers_submission_fk",
      ["submission_id"],
      "form_submissions",
      ["id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();

  // A measure made from a form's answer goes with the submission when it is erased.
  await db.schema
    .alterTable("outcome_measures")
    .addColumn("form_submission_id", "text", (c) =>
      c.references("form_submissions.id").onDelete("cascade"),
    )
    .execute();
  await db.schema
    .createIndex("outcome_measures_form_submission_idx")
    .on("outcome_measures")
    .column("form_submission_id")
    .execute();
}

/** Drops the form tables and the measures' link to them. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("outcome_measures_form_submission_idx").ifExists().execute();
  await db.schema.alterTable("outcome_measures").dropColumn("form_submission_id").execute();
  for (const table of ["form_answers", "form_submissions", "form_links", "form_questions", "forms"])
    await db.schema.dropTable(table).ifExists().execute();
}
