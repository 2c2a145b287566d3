import type { Kysely } from "kysely";

/**
 * A workspace's library of financial proxies (decision 0018): each with its value, unit, currency,
 * price year, source (required) and confidence, for reuse in value maps. The primary key leads
 * with the workspace, so it covers the foreign key.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("proxies")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("confidence", "integer")
    .addColumn("notes", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addPrimaryKeyConstraint("proxies_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint("proxies_workspace_fk", ["workspace_id"], "workspaces", ["id"], (c) =>
      c.onDelete("cascade"),
    )
    .execute();
}

/** Drops the proxy library. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("proxies").ifExists().execute();
}
