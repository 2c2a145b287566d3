import { type Kysely, sql } from "kysely";

/**
 * Long jobs kept in the database (decision 0021): one row per job with its state, progress, input
 * and result as JSON text, attempts and a heartbeat, so a result survives a restart and a job left
 * 'running' by a dead process is found again. On PostgreSQL pg-boss carries the deliveries (its own
 * schema); this table is the record both dialects read.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("owner", "text")
    .addColumn("state", "text", (c) =>
      c.notNull().check(sqlStates(["queued", "running", "done", "failed", "cancelled"])),
    )
    .addColumn("progress_done", "real", (c) => c.notNull().defaultTo(0))
    .addColumn("progress_total", "real", (c) => c.notNull().defaultTo(1))
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("input", "text", (c) => c.notNull())
    .addColumn("result", "text")
    .addColumn("error", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("worker", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("started_at", "text")
    .addColumn("finished_at", "text")
    .addColumn("heartbeat_at", "text")
    .addForeignKeyConstraint("jobs_workspace_fk", ["workspace_id"], "workspaces", ["id"], (c) =>
      c.onDelete("cascade"),
    )
    .addForeignKeyConstraint("jobs_owner_fk", ["owner"], "users", ["id"], (c) =>
      c.onDelete("set null"),
    )
    .execute();
  // Every foreign key leads an index; the list is newest first per workspace.
  await db.schema
    .createIndex("jobs_workspace_idx")
    .on("jobs")
    .columns(["workspace_id", "created_at"])
    .execute();
  await db.schema.createIndex("jobs_owner_idx").on("jobs").column("owner").execute();
  // The sweep for jobs whose worker stopped reads running jobs by heartbeat.
  await db.schema
    .createIndex("jobs_state_idx")
    .on("jobs")
    .columns(["state", "heartbeat_at"])
    .execute();
}

function sqlStates(states: string[]) {
  return sql.raw(`state in (${states.map((s) => `'${s}'`).join(", ")})`);
}

/** Drops the jobs table. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("jobs").ifExists().execute();
}
