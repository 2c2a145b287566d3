import type { Kysely } from "kysely";

/**
 * Partnership health (decision 0014): instruments copied or edited in a workspace (the shipped
 * ones live in code), assessments of a partnership by its partner organisations, waves by date and
 * the responses, tied to a partner organisation and never to a person.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("instruments")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addPrimaryKeyConstraint("instruments_pk", ["workspace_id", "id", "version"])
    .addForeignKeyConstraint(
      "instruments_workspace_fk",
      ["workspace_id"],
      "workspaces",
      ["id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();

  // The instrument is fixed by id and version so later edits never change how a wave is scored.
  await db.schema
    .createTable("assessments")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    // Null after a replacing import removed the partnership (the assessment and its answers stay).
    .addColumn("partnership_id", "text")
    .addColumn("instrument_id", "text", (c) => c.notNull())
    .addColumn("instrument_version", "integer", (c) => c.notNull())
    .addColumn("min_group_size", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addPrimaryKeyConstraint("assessments_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(
      "assessments_workspace_fk",
      ["workspace_id"],
      "workspaces",
      ["id"],
      (c) => c.onDelete("cascade"),
    )
    // No cascade: deleting a partnership that is being assessed is refused.
    .addForeignKeyConstraint(
      "assessments_partnership_fk",
      ["workspace_id", "partnership_id"],
      "partnerships",
      ["workspace_id", "id"],
    )
    .execute();
  await db.schema
    .createIndex("assessments_partnership_idx")
    .on("assessments")
    .columns(["workspace_id", "partnership_id"])
    .execute();

  // Partners are organisation ids without a foreign key to organisations, as a supply chain's
  // providers are: an assessment and its answers outlive a replacing import of the organisations.
  await db.schema
    .createTable("assessment_partners")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("assessment_id", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("assessment_partners_pk", [
      "workspace_id",
      "assessment_id",
      "organisation_id",
    ])
    .addForeignKeyConstraint(
      "assessment_partners_assessment_fk",
      ["workspace_id", "assessment_id"],
      "assessments",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();

  await db.schema
    .createTable("assessment_waves")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("assessment_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .addPrimaryKeyConstraint("assessment_waves_pk", ["workspace_id", "assessment_id", "id"])
    .addForeignKeyConstraint(
      "assessment_waves_assessment_fk",
      ["workspace_id", "assessment_id"],
      "assessments",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();

  // No names: the organisation answered for, the wave, the answers. The database itself refuses an
  // answer from an organisation that is not a partner or for a wave that does not exist.
  await db.schema
    .createTable("assessment_responses")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("assessment_id", "text", (c) => c.notNull())
    .addColumn("wave_id", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("ratings", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("assessment_responses_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(
      "assessment_responses_wave_fk",
      ["workspace_id", "assessment_id", "wave_id"],
      "assessment_waves",
      ["workspace_id", "assessment_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "assessment_responses_partner_fk",
      ["workspace_id", "assessment_id", "organisation_id"],
      "assessment_partners",
      ["workspace_id", "assessment_id", "organisation_id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
  await db.schema
    .createIndex("assessment_responses_wave_idx")
    .on("assessment_responses")
    .columns(["workspace_id", "assessment_id", "wave_id"])
    .execute();
  await db.schema
    .createIndex("assessment_responses_partner_idx")
    .on("assessment_responses")
    .columns(["workspace_id", "assessment_id", "organisation_id"])
    .execute();
}

/** Drops the health tables, children first. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "assessment_responses",
    "assessment_waves",
    "assessment_partners",
    "assessments",
    "instruments",
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
