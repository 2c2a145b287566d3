import { type Kysely, sql } from "kysely";

/**
 * Co-production projects (decision 0018): one row per project, tied to its partnership and, through
 * the evaluation stage, to a stored value map; the stages and proposals are a JSON document. Neither
 * reference cascades: a partnership or value map a project uses cannot be deleted from under it
 * (a replacing import clears the partnership link, as it does an outcome framework's).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("coproduction_projects")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    // Required by the service; null only after a replacing import took the partnership away.
    .addColumn("partnership_id", "text")
    .addColumn("value_map_id", "text")
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addPrimaryKeyConstraint("coproduction_projects_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(
      "coproduction_projects_workspace_fk",
      ["workspace_id"],
      "workspaces",
      ["id"],
      (c) => c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "coproduction_projects_partnership_fk",
      ["workspace_id", "partnership_id"],
      "partnerships",
      ["workspace_id", "id"],
    )
    .addForeignKeyConstraint(
      "coproduction_projects_value_map_fk",
      ["workspace_id", "value_map_id"],
      "value_maps",
      ["workspace_id", "id"],
    )
    .execute();
  await db.schema
    .createIndex("coproduction_projects_partnership_idx")
    .on("coproduction_projects")
    .columns(["workspace_id", "partnership_id"])
    .where(sql.ref("partnership_id"), "is not", null)
    .execute();
  await db.schema
    .createIndex("coproduction_projects_value_map_idx")
    .on("coproduction_projects")
    .columns(["workspace_id", "value_map_id"])
    .where(sql.ref("value_map_id"), "is not", null)
    .execute();
}

/** Drops the co-production table. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("coproduction_projects").ifExists().execute();
}
