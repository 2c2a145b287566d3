import type { Kysely } from "kysely";

/**
 * Stored payment-by-results supply-chain models (`partnerscope-pbr/v1` documents, linked to the
 * supply-chain partnership and its contract) and the confidential Merlin-style partner survey answers.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("pbr_models")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("partnership_id", "text")
    .addColumn("contract_id", "text")
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("pbr_models_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(
      "pbr_models_workspace_fk",
      ["workspace_id"],
      "workspaces",
      ["id"],
      (c) => c.onDelete("cascade"),
    )
    // No cascade: deleting a partnership or contract a model is linked to is refused (409).
    .addForeignKeyConstraint(
      "pbr_models_partnership_fk",
      ["workspace_id", "partnership_id"],
      "partnerships",
      ["workspace_id", "id"],
    )
    .addForeignKeyConstraint(
      "pbr_models_contract_fk",
      ["workspace_id", "contract_id"],
      "contracts",
      ["workspace_id", "id"],
    )
    .execute();

  // No respondent names or organisations: only the relation, so answers stay confidential.
  await db.schema
    .createTable("merlin_responses")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("supply_chain_id", "text", (c) => c.notNull())
    .addColumn("respondent_relation", "text", (c) => c.notNull())
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("merlin_responses_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(
      "merlin_responses_model_fk",
      ["workspace_id", "supply_chain_id"],
      "pbr_models",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
}

/** Drops the supply-chain tables, children first. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["merlin_responses", "pbr_models"])
    await db.schema.dropTable(table).ifExists().execute();
}
