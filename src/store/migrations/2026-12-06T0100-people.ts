import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * People and access (decision 0009): user accounts, workspace members with a role (and optionally
 * the organisation they speak for), server-side sessions, invitations, respondent links, scoped API
 * tokens, and the append-only audit log. Old browser sessions (kind 'session' in access_tokens) end:
 * sessions now live in their own table.
 */
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text")
    // Lower-cased email: one account per address, whatever its case.
    .addColumn("email_key", "text", (c) => c.unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text")
    .addColumn("oidc_issuer", "text")
    .addColumn("oidc_subject", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("users_oidc_unique", ["oidc_issuer", "oidc_subject"])
    .execute();

  await db.schema
    .createTable("workspace_members")
    .addColumn("workspace_id", "integer", (c) =>
      c.notNull().references("workspaces.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("workspace_members_pk", ["workspace_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("workspace_members_user_idx")
    .on("workspace_members")
    .column("user_id")
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("user_agent", "text")
    .addColumn("address", "text")
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("workspace_id", "integer", (c) =>
      c.notNull().references("workspaces.id").onDelete("cascade"),
    )
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text")
    .addColumn("invited_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema
    .createIndex("invitations_workspace_idx")
    .on("invitations")
    .column("workspace_id")
    .execute();
  await db.schema
    .createIndex("invitations_invited_by_idx")
    .on("invitations")
    .column("invited_by")
    .execute();

  await db.schema
    .createTable("respondent_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("workspace_id", "integer", (c) =>
      c.notNull().references("workspaces.id").onDelete("cascade"),
    )
    .addColumn("form", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text")
    .addColumn("relation", "text")
    .addColumn("wave", "text")
    .addColumn("label", "text")
    .addColumn("single_use", "integer", (c) => c.notNull())
    .addColumn("uses", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema
    .createIndex("respondent_links_workspace_idx")
    .on("respondent_links")
    .column("workspace_id")
    .execute();
  await db.schema
    .createIndex("respondent_links_created_by_idx")
    .on("respondent_links")
    .column("created_by")
    .execute();

  // API tokens: whose they are, for which workspace (null: every workspace their user owns) and
  // with which role at most.
  await db.schema
    .alterTable("access_tokens")
    .addColumn("user_id", "text", (c) => c.references("users.id").onDelete("cascade"))
    .execute();
  await db.schema
    .alterTable("access_tokens")
    .addColumn("workspace_id", "integer", (c) => c.references("workspaces.id").onDelete("cascade"))
    .execute();
  await db.schema.alterTable("access_tokens").addColumn("role", "text").execute();
  await db.schema
    .createIndex("access_tokens_user_idx")
    .on("access_tokens")
    .column("user_id")
    .execute();
  await db.schema
    .createIndex("access_tokens_workspace_idx")
    .on("access_tokens")
    .column("workspace_id")
    .execute();
  await db.deleteFrom("access_tokens").where("kind", "=", "session").execute();

  // Who created an appraisal or a supply-chain model: an analyst may change only their own.
  for (const table of ["appraisals", "pbr_models"])
    await db.schema.alterTable(table).addColumn("created_by", "text").execute();
  // Which organisation a Merlin answer speaks for (the three-respondent rule counts per organisation).
  await db.schema.alterTable("merlin_responses").addColumn("organisation_id", "text").execute();
  await db.schema.alterTable("merlin_responses").addColumn("link_id", "text").execute();

  await auditLogUp(db, pg);
}

/** The audit log: append-only, with no foreign keys, so it outlives what it describes. */
async function auditLogUp(db: Kysely<any>, pg: boolean) {
  await db.schema
    .createTable("audit_log")
    .addColumn("id", pg ? "serial" : "integer", (c) =>
      pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("workspace_id", "integer")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("actor_email", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("collection", "text", (c) => c.notNull())
    .addColumn("record_id", "text")
    .addColumn("changes", "text")
    .execute();
  await db.schema
    .createIndex("audit_log_workspace_idx")
    .on("audit_log")
    .columns(["workspace_id", "id"])
    .execute();
  if (pg) {
    await sql`
      create function partnerscope_audit_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the audit log is append-only: % is refused', tg_op
          using errcode = 'insufficient_privilege';
      end $$`.execute(db);
    await sql`
      create trigger audit_log_append_only before update or delete on audit_log
      for each statement execute function partnerscope_audit_append_only()`.execute(db);
    await sql`
      create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function partnerscope_audit_append_only()`.execute(db);
  } else {
    await sql`
      create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'the audit log is append-only: UPDATE is refused'); end`.execute(
      db,
    );
    await sql`
      create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'the audit log is append-only: DELETE is refused'); end`.execute(
      db,
    );
  }
}

/** Drops the people tables (the audit log with its triggers). */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("audit_log").ifExists().execute();
  if (isPostgres(db))
    await sql`drop function if exists partnerscope_audit_append_only()`.execute(db);
  for (const table of ["respondent_links", "invitations", "sessions", "workspace_members"])
    await db.schema.dropTable(table).ifExists().execute();
  for (const column of ["role", "workspace_id", "user_id"])
    await db.schema.alterTable("access_tokens").dropColumn(column).execute();
  await db.schema.dropTable("users").ifExists().execute();
}
