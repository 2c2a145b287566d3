import type { Kysely } from "kysely";

/** A revision number per workspace, raised by every write, so caches of a workspace know when they are stale. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("workspaces")
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

/** Removes the revision number. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("workspaces").dropColumn("revision").execute();
}
