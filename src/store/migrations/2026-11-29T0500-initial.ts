import type { Kysely } from "kysely";

/** Whether this database is SQLite (else PostgreSQL): only the workspace key's type differs. */
function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name.toLowerCase().includes("sqlite");
}

/** The foundation's tables: workspaces and the landscape entities, all scoped by workspace. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("workspaces")
    .addColumn("id", isSqlite(db) ? "integer" : "serial", (c) =>
      isSqlite(db) ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  const ws = (t: string) => `${t}_workspace_fk`;
  await db.schema
    .createTable("organisations")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("sector", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("nation", "text")
    .addColumn("illustrative", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("organisations_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(ws("organisations"), ["workspace_id"], "workspaces", ["id"], (c) =>
      c.onDelete("cascade"),
    )
    .execute();

  await db.schema
    .createTable("partnerships")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("form", "text", (c) => c.notNull())
    .addColumn("direction", "text", (c) => c.notNull())
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("stage", "integer", (c) => c.notNull())
    .addColumn("commissioner_id", "text")
    .addColumn("start_date", "text")
    .addColumn("end_date", "text")
    .addColumn("data", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("partnerships_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(ws("partnerships"), ["workspace_id"], "workspaces", ["id"], (c) =>
      c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "partnerships_commissioner_fk",
      ["workspace_id", "commissioner_id"],
      "organisations",
      ["workspace_id", "id"],
    )
    .execute();

  await db.schema
    .createTable("memberships")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("partnership_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("joined", "text")
    .addColumn("left_date", "text")
    .addColumn("share_of_value", "double precision")
    .addColumn("share_of_turnover", "double precision")
    .addColumn("share_of_staff", "double precision")
    .addPrimaryKeyConstraint("memberships_pk", ["workspace_id", "partnership_id", "position"])
    .addForeignKeyConstraint(
      "memberships_partnership_fk",
      ["workspace_id", "partnership_id"],
      "partnerships",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "memberships_organisation_fk",
      ["workspace_id", "organisation_id"],
      "organisations",
      ["workspace_id", "id"],
    )
    .execute();
  await db.schema
    .createIndex("memberships_organisation_idx")
    .on("memberships")
    .columns(["workspace_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("events")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("partnership_id", "text")
    .addColumn("stage", "integer")
    .addColumn("note", "text")
    .addPrimaryKeyConstraint("events_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(ws("events"), ["workspace_id"], "workspaces", ["id"], (c) =>
      c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "events_partnership_fk",
      ["workspace_id", "partnership_id"],
      "partnerships",
      ["workspace_id", "id"],
    )
    .execute();

  await db.schema
    .createTable("event_organisations")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("dissolves", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("event_organisations_pk", ["workspace_id", "event_id", "position"])
    .addForeignKeyConstraint(
      "event_organisations_event_fk",
      ["workspace_id", "event_id"],
      "events",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "event_organisations_organisation_fk",
      ["workspace_id", "organisation_id"],
      "organisations",
      ["workspace_id", "id"],
    )
    .execute();
  await db.schema
    .createIndex("event_organisations_organisation_idx")
    .on("event_organisations")
    .columns(["workspace_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("contracts")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("commissioner_id", "text")
    .addColumn("payment_mechanism", "text", (c) => c.notNull())
    .addColumn("value", "double precision")
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("start_date", "text")
    .addColumn("end_date", "text")
    .addColumn("partnership_id", "text")
    .addPrimaryKeyConstraint("contracts_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(ws("contracts"), ["workspace_id"], "workspaces", ["id"], (c) =>
      c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "contracts_commissioner_fk",
      ["workspace_id", "commissioner_id"],
      "organisations",
      ["workspace_id", "id"],
    )
    .addForeignKeyConstraint(
      "contracts_partnership_fk",
      ["workspace_id", "partnership_id"],
      "partnerships",
      ["workspace_id", "id"],
    )
    .execute();

  await db.schema
    .createTable("contract_providers")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("contract_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("contract_providers_pk", ["workspace_id", "contract_id", "position"])
    .addForeignKeyConstraint(
      "contract_providers_contract_fk",
      ["workspace_id", "contract_id"],
      "contracts",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "contract_providers_organisation_fk",
      ["workspace_id", "organisation_id"],
      "organisations",
      ["workspace_id", "id"],
    )
    .execute();

  await db.schema
    .createTable("evidence")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("date", "text")
    .addColumn("themes", "text", (c) => c.notNull())
    .addColumn("partnership_id", "text")
    .addColumn("organisation_id", "text")
    .addPrimaryKeyConstraint("evidence_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(ws("evidence"), ["workspace_id"], "workspaces", ["id"], (c) =>
      c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "evidence_partnership_fk",
      ["workspace_id", "partnership_id"],
      "partnerships",
      ["workspace_id", "id"],
    )
    .addForeignKeyConstraint(
      "evidence_organisation_fk",
      ["workspace_id", "organisation_id"],
      "organisations",
      ["workspace_id", "id"],
    )
    .execute();

  await db.schema
    .createTable("access_tokens")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("label", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text")
    .addColumn("used_at", "text")
    .execute();
}

/** Drops every table of the foundation. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "access_tokens",
    "evidence",
    "contract_providers",
    "contracts",
    "event_organisations",
    "events",
    "memberships",
    "partnerships",
    "organisations",
    "workspaces",
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
