import { type Kysely, sql } from "kysely";

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
 * answer's and the erasure's transactions, and backfilled here from the answers stored so far;
 * the question '' counts submissions, so results can tell complete tallies from stale ones.
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
  await sql`insert into form_tallies
    (workspace_id, form_id, question_id, value, phase, researcher, language, link_kind, n)
    select s.workspace_id, s.form_id, a.question_id,
      case when q.kind in ('scale', 'number', 'single_choice', 'multiple_choice')
        then a.value else '' end,
      coalesce(s.phase, ''), coalesce(s.researcher, ''), s.language, s.link_kind, count(*)
    from form_answers a
    join form_submissions s on s.id = a.submission_id
    left join form_questions q
      on q.workspace_id = s.workspace_id and q.form_id = s.form_id and q.id = a.question_id
    group by s.workspace_id, s.form_id, a.question_id, 4, 5, 6, s.language, s.link_kind
    union all
    select workspace_id, form_id, '', '', coalesce(phase, ''), coalesce(researcher, ''),
      language, link_kind, count(*)
    from form_submissions
    group by workspace_id, form_id, 5, 6, language, link_kind`.execute(db);
}

/** Drops the tallies and the rate columns. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("form_tallies").ifExists().execute();
  await db.schema.alterTable("form_links").dropColumn("rate_count").execute();
  await db.schema.alterTable("form_links").dropColumn("rate_window").execute();
}
