import type { Kysely } from "kysely";

/**
 * Stored appraisals: the appraisal (links and decision), its versions (each a whole document, so a
 * decided version never changes) and the actual amounts recorded per line and year afterwards.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("appraisals")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("partnership_id", "text")
    .addColumn("organisations", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("decided_version", "integer")
    .addColumn("decided_option", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("appraisals_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(
      "appraisals_workspace_fk",
      ["workspace_id"],
      "workspaces",
      ["id"],
      (c) => c.onDelete("cascade"),
    )
    // No cascade: deleting a partnership an appraisal resulted in is refused (409), like events.
    .addForeignKeyConstraint(
      "appraisals_partnership_fk",
      ["workspace_id", "partnership_id"],
      "partnerships",
      ["workspace_id", "id"],
    )
    .execute();

  await db.schema
    .createTable("appraisal_versions")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("appraisal_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("appraisal_versions_pk", ["workspace_id", "appraisal_id", "version"])
    .addForeignKeyConstraint(
      "appraisal_versions_appraisal_fk",
      ["workspace_id", "appraisal_id"],
      "appraisals",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();

  await db.schema
    .createTable("appraisal_actuals")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("appraisal_id", "text", (c) => c.notNull())
    .addColumn("option_id", "text", (c) => c.notNull())
    .addColumn("line_id", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("amount", "double precision", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("appraisal_actuals_pk", [
      "workspace_id",
      "appraisal_id",
      "option_id",
      "line_id",
      "year",
    ])
    .addForeignKeyConstraint(
      "appraisal_actuals_appraisal_fk",
      ["workspace_id", "appraisal_id"],
      "appraisals",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
}

/** Drops the appraisal tables, children first. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["appraisal_actuals", "appraisal_versions", "appraisals"])
    await db.schema.dropTable(table).ifExists().execute();
}
