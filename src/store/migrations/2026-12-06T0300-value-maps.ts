import type { Kysely } from "kysely";

/**
 * Stored value maps (`partnerscope-valuemap/v1` documents, decision 0012): one row each, the document
 * as JSON text, with who created it so an analyst may change only their own.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("value_maps")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addPrimaryKeyConstraint("value_maps_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(
      "value_maps_workspace_fk",
      ["workspace_id"],
      "workspaces",
      ["id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
}

/** Drops the value map table. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("value_maps").ifExists().execute();
}
