import type { Kysely } from "kysely";
import type { AccessTokenTable, Database } from "../schema.ts";

type Db = Kysely<Database>;

/** A token row with its user's email (null for operator tokens and users without one). */
export type AccessTokenWithEmail = AccessTokenTable & { user_email: string | null };

/** Stores a token by its hash (the token itself is never stored). */
export async function accessTokenCreate(db: Db, token: AccessTokenTable): Promise<void> {
  await db.insertInto("access_tokens").values(token).execute();
}

/** The token row with this hash, or null. */
export async function accessTokenGet(db: Db, hash: string): Promise<AccessTokenWithEmail | null> {
  // The holder's email comes in the same query: the audit log names it on every write.
  const row = await db
    .selectFrom("access_tokens")
    .leftJoin("users", "users.id", "access_tokens.user_id")
    .selectAll("access_tokens")
    .select("users.email as user_email")
    .where("access_tokens.token_hash", "=", hash)
    .executeTakeFirst();
  return row ?? null;
}

/** Marks a one-time token used; returns false when it was already used (a race or a replay). */
export async function accessTokenUse(db: Db, hash: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable("access_tokens")
    .set({ used_at: now })
    .where("token_hash", "=", hash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A workspace's live API tokens, with their user's email, newest first. */
export async function apiTokensOfWorkspace(
  db: Db,
  workspaceId: number,
  now: string,
): Promise<(AccessTokenTable & { email: string | null })[]> {
  return db
    .selectFrom("access_tokens as t")
    .leftJoin("users as u", "u.id", "t.user_id")
    .selectAll("t")
    .select("u.email")
    .where("t.kind", "=", "api")
    .where("t.workspace_id", "=", workspaceId)
    .where((eb) => eb.or([eb("t.expires_at", "is", null), eb("t.expires_at", ">", now)]))
    .orderBy("t.created_at", "desc")
    .orderBy("t.token_hash")
    .execute();
}

/** Deletes tokens: one by hash, or every token of a kind a user has (their older reset links). */
export async function accessTokensDelete(
  db: Db,
  where: { hash: string } | { userId: string; kind: string },
): Promise<number> {
  let query = db.deleteFrom("access_tokens");
  query =
    "hash" in where
      ? query.where("token_hash", "=", where.hash)
      : query.where("user_id", "=", where.userId).where("kind", "=", where.kind);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Records when an API token was last used. */
export async function accessTokenTouch(db: Db, hash: string, now: string): Promise<void> {
  await db
    .updateTable("access_tokens")
    .set({ used_at: now })
    .where("token_hash", "=", hash)
    .execute();
}
