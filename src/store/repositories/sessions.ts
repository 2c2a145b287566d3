import type { Kysely } from "kysely";
import type { Database, SessionTable } from "../schema.ts";

type Db = Kysely<Database>;

/** Stores a new session by its token's hash. */
export async function sessionCreate(db: Db, session: SessionTable): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

/** The session with this token hash, or null. */
export async function sessionGet(db: Db, hash: string): Promise<SessionTable | null> {
  const row = await db
    .selectFrom("sessions")
    .selectAll()
    .where("token_hash", "=", hash)
    .executeTakeFirst();
  return row ?? null;
}

/** Records that a session was used now. */
export async function sessionTouch(db: Db, hash: string, now: string): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ last_seen_at: now })
    .where("token_hash", "=", hash)
    .execute();
}

/** Ends sessions: one (by hash), or all of a user's but `except`. */
export async function sessionsRevoke(
  db: Db,
  where: { hash: string } | { userId: string; except?: string | undefined },
  now: string,
): Promise<number> {
  let query = db.updateTable("sessions").set({ revoked_at: now }).where("revoked_at", "is", null);
  if ("hash" in where) query = query.where("token_hash", "=", where.hash);
  else {
    query = query.where("user_id", "=", where.userId);
    if (where.except) query = query.where("token_hash", "!=", where.except);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A user's sessions that have not been ended, newest first. */
export async function sessionsOfUser(db: Db, userId: string, now: string): Promise<SessionTable[]> {
  return db
    .selectFrom("sessions")
    .selectAll()
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .orderBy("last_seen_at", "desc")
    .execute();
}
