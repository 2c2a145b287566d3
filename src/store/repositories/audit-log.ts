import type { Insertable, Kysely, Selectable } from "kysely";
import type { AuditLogTable, Database } from "../schema.ts";

type Db = Kysely<Database>;

/** Appends entries to the audit log (the only write it allows). */
export async function auditAppend(db: Db, entries: Insertable<AuditLogTable>[]): Promise<void> {
  if (entries.length > 0) await db.insertInto("audit_log").values(entries).execute();
}

/** Filters of an audit log listing. */
export interface AuditQuery {
  actor?: string | undefined;
  action?: string | undefined;
  collection?: string | undefined;
  recordId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** A workspace's audit entries matching `q`, newest first, with their total count. */
export async function auditList(
  db: Db,
  workspaceId: number,
  q: AuditQuery,
): Promise<{ rows: Selectable<AuditLogTable>[]; total: number }> {
  let query = db.selectFrom("audit_log").where("workspace_id", "=", workspaceId);
  if (q.actor)
    query = query.where((eb) =>
      eb.or([eb("actor_email", "=", q.actor!), eb("actor_id", "=", q.actor!)]),
    );
  if (q.action) query = query.where("action", "=", q.action);
  if (q.collection) query = query.where("collection", "=", q.collection);
  if (q.recordId) query = query.where("record_id", "=", q.recordId);
  if (q.from) query = query.where("at", ">=", q.from);
  if (q.to) query = query.where("at", "<", q.to);
  const count = await query.select(({ fn }) => fn.countAll().as("n")).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy("id", "desc")
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { rows, total: Number(count.n) };
}
