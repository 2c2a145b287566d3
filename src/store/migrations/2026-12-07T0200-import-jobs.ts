import { type Kysely, PostgresAdapter, sql } from "kysely";

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * The uploaded file of an import job, kept in the database in pieces of about 1 MiB (decision
 * 0022): any worker on any machine reads it, and it survives a restart. The pieces are stored
 * before the job row exists (the job is queued only once its file is whole), so `job_id` is no
 * foreign key; the pieces go when their job ends, and pieces without a live job are pruned.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("job_files")
    .addColumn("job_id", "text", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("bytes", isPostgres(db) ? sql`bytea` : sql`blob`, (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("job_files_pk", ["job_id", "seq"])
    .execute();
}

/** Drops the table of uploads. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("job_files").ifExists().execute();
}
