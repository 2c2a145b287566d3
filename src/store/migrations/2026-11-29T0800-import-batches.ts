import type { Kysely } from "kysely";

/**
 * Import batches (what each standard import created and changed, with the before-image of changed
 * entities so the batch can be undone), the provenance of imported records, and organisation merges
 * (with their before-image, so a merge can be undone).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("import_batches")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("source_file", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("counts", "text", (c) => c.notNull())
    .addColumn("undone_at", "text")
    .addPrimaryKeyConstraint("import_batches_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(
      "import_batches_workspace_fk",
      ["workspace_id"],
      "workspaces",
      ["id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();

  // One row per entity a batch wrote: 'created' (before is null) or 'changed' (before is its JSON).
  await db.schema
    .createTable("import_batch_items")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("batch_id", "text", (c) => c.notNull())
    .addColumn("collection", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("before", "text")
    .addColumn("after", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("import_batch_items_pk", [
      "workspace_id",
      "batch_id",
      "collection",
      "entity_id",
    ])
    .addForeignKeyConstraint(
      "import_batch_items_batch_fk",
      ["workspace_id", "batch_id"],
      "import_batches",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();

  // No foreign key to the entity: provenance outlives an entity's edits and is removed with its batch.
  await db.schema
    .createTable("provenance")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("collection", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("batch_id", "text", (c) => c.notNull())
    .addColumn("source_file", "text", (c) => c.notNull())
    .addColumn("publisher", "text")
    .addColumn("source_id", "text")
    .addColumn("data", "text", (c) => c.notNull())
    .addForeignKeyConstraint(
      "provenance_batch_fk",
      ["workspace_id", "batch_id"],
      "import_batches",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
  await db.schema
    .createIndex("provenance_entity_idx")
    .on("provenance")
    .columns(["workspace_id", "collection", "entity_id"])
    .execute();
  await db.schema
    .createIndex("provenance_batch_idx")
    .on("provenance")
    .columns(["workspace_id", "batch_id"])
    .execute();

  await db.schema
    .createTable("merges")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("survivor_id", "text", (c) => c.notNull())
    .addColumn("merged_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("before", "text", (c) => c.notNull())
    .addColumn("after", "text", (c) => c.notNull())
    .addColumn("undone_at", "text")
    .addPrimaryKeyConstraint("merges_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint("merges_workspace_fk", ["workspace_id"], "workspaces", ["id"], (c) =>
      c.onDelete("cascade"),
    )
    .execute();
}

/** Drops the import and merge tables, children first. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["merges", "provenance", "import_batch_items", "import_batches"])
    await db.schema.dropTable(table).ifExists().execute();
}
