import type { Kysely } from "kysely";

/**
 * A link's rate limit counts its submissions of the last minute on every answer: with the link
 * and the time in one index that count reads only the last minute's entries, not every answer the
 * link ever took (bench/forms-load.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("form_submissions_link_time_idx")
    .on("form_submissions")
    .columns(["link_id", "created_at"])
    .execute();
}

/** Drops the index. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("form_submissions_link_time_idx").ifExists().execute();
}
