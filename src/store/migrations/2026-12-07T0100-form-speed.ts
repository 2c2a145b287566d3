import type { Kysely } from "kysely";

/**
 * Answering and results at scale (issue 13's benchmarks, decision 0016's amendment).
 *
 * A link's rate limit was a count of its submissions of the last minute on every answer (up to
 * 8,000 index entries each at the bench's rate); now `form_links` keeps the current minute and the
 * answers taken in it, bumped in the answer's transaction (`rate_window`, `rate_count`).
 *
 * A form's results joined every answer to its submission and grouped 310,000 rows at 100,000
 * submissions; now `form_tallies` keeps how many answers each question has per distinct summarised
 * value and per group (phase, researcher, language, link kind; '' stands for none), kept in the
 * answer's and the erasure's transactions; the question '' counts submissions, so results can
 * tell complete tallies from stale ones (and recount those of answers stored before this).
 * Distinct respondents per group cannot be added up, so `form_respondents` keeps each code once per
 * group ('dim' is the grouping column, '' for the whole form; `n` its submissions there) and
 * `form_group_people` how many codes each group has: results read a few rows, not 100,000.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("form_links").addColumn("rate_window", "text").execute();
  await db.schema
    .alterTable("form_links")
    .addColumn("rate_count", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("form_tallies")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("form_id", "text", (c) => c.notNull())
    .addColumn("question_id", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("phase", "text", (c) => c.notNull())
    .addColumn("researcher", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("link_kind", "text", (c) => c.notNull())
    .addColumn("n", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("form_tallies_pk", [
      "workspace_id",
      "form_id",
      "question_id",
      "value",
      "phase",
      "researcher",
      "language",
      "link_kind",
    ])
    .addForeignKeyConstraint(
      "form_tallies_form_fk",
      ["workspace_id", "form_id"],
      "forms",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
  await db.schema
    .createTable("form_respondents")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("form_id", "text", (c) => c.notNull())
    .addColumn("dim", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("respondent_code", "text", (c) => c.notNull())
    .addColumn("n", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("form_respondents_pk", [
      "workspace_id",
      "form_id",
      "dim",
      "key",
      "respondent_code",
    ])
    .addForeignKeyConstraint(
      "form_respondents_form_fk",
      ["workspace_id", "form_id"],
      "forms",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
  await db.schema
    .createIndex("form_respondents_code_idx")
    .on("form_respondents")
    .columns(["workspace_id", "form_id", "respondent_code"])
    .execute();
  await db.schema
    .createTable("form_group_people")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("form_id", "text", (c) => c.notNull())
    .addColumn("dim", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("people", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("form_group_people_pk", ["workspace_id", "form_id", "dim", "key"])
    .addForeignKeyConstraint(
      "form_group_people_form_fk",
      ["workspace_id", "form_id"],
      "forms",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
  // Answers stored before this migration are counted by the first results read (which finds the
  // tallies' submissions short of the stored ones and recounts the form).
}

/** Drops the tallies and the rate columns. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("form_group_people").ifExists().execute();
  await db.schema.dropTable("form_respondents").ifExists().execute();
  await db.schema.dropTable("form_tallies").ifExists().execute();
  await db.schema.alterTable("form_links").dropColumn("rate_count").execute();
  await db.schema.alterTable("form_links").dropColumn("rate_window").execute();
}
