import { type Kysely, sql } from "kysely";

const isSqlite = (db: Kysely<any>) =>
  db.getExecutor().adapter.constructor.name.toLowerCase().includes("sqlite");

/**
 * Outcome frameworks (attached to one partnership, contract or supply chain; the outcomes,
 * indicators and evidence links are a JSON document) and their measures, one row each so a
 * summary reads one framework's rows by indicator and date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("outcome_frameworks")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("partnership_id", "text")
    .addColumn("contract_id", "text")
    .addColumn("supply_chain_id", "text")
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addPrimaryKeyConstraint("outcome_frameworks_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(
      "outcome_frameworks_workspace_fk",
      ["workspace_id"],
      "workspaces",
      ["id"],
      (c) => c.onDelete("cascade"),
    )
    // No cascade: a partnership, contract or supply chain with a framework cannot be deleted.
    .addForeignKeyConstraint(
      "outcome_frameworks_partnership_fk",
      ["workspace_id", "partnership_id"],
      "partnerships",
      ["workspace_id", "id"],
    )
    .addForeignKeyConstraint(
      "outcome_frameworks_contract_fk",
      ["workspace_id", "contract_id"],
      "contracts",
      ["workspace_id", "id"],
    )
    .addForeignKeyConstraint(
      "outcome_frameworks_supply_chain_fk",
      ["workspace_id", "supply_chain_id"],
      "pbr_models",
      ["workspace_id", "id"],
    )
    .execute();
  for (const column of ["partnership_id", "contract_id", "supply_chain_id"])
    await db.schema
      .createIndex(`outcome_frameworks_${column.replace(/_id$/, "")}_idx`)
      .on("outcome_frameworks")
      .columns(["workspace_id", column])
      .where(sql.ref(column), "is not", null)
      .execute();

  await db.schema
    .createTable("outcome_measures")
    .addColumn("id", isSqlite(db) ? "integer" : "serial", (c) =>
      isSqlite(db) ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("framework_id", "text", (c) => c.notNull())
    .addColumn("indicator_id", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("person_code", "text")
    .addColumn("phase", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addForeignKeyConstraint(
      "outcome_measures_framework_fk",
      ["workspace_id", "framework_id"],
      "outcome_frameworks",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
  // Covers the foreign key too: a framework's measures by indicator, oldest first.
  await db.schema
    .createIndex("outcome_measures_framework_idx")
    .on("outcome_measures")
    .columns(["workspace_id", "framework_id", "indicator_id", "date"])
    .execute();
}

/** Drops the outcome tables, measures first. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["outcome_measures", "outcome_frameworks"])
    await db.schema.dropTable(table).ifExists().execute();
}
