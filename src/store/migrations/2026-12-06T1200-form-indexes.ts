import type { Kysely } from "kysely";

/**
 * A link's rate limit counts its submissions of the last minute on every answer: with the link
 * and the time in one index that count reads only the last minute's entries. That index also
 * serves the link's foreign key, so the index on the link alone goes: PostgreSQL chose it and read
 * every answer the link ever took, filtering by time (bench/forms-load.ts). A form's results count
 * its answers per question and value in the database: with the value in the answers' index the
 * join from the submissions reads the index alone (bench/forms-results.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("form_submissions_link_time_idx")
    .on("form_submissions")
    .columns(["link_id", "created_at"])
    .execute();
  await db.schema.dropIndex("form_submissions_link_idx").execute();
  await db.schema
    .createIndex("form_answers_cover_idx")
    .on("form_answers")
    .columns(["submission_id", "question_id", "value"])
    .execute();
}

/** Drops the indexes. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("form_answers_cover_idx").ifExists().execute();
  await db.schema
    .createIndex("form_submissions_link_idx")
    .on("form_submissions")
    .column("link_id")
    .execute();
  await db.schema.dropIndex("form_submissions_link_time_idx").ifExists().execute();
}
