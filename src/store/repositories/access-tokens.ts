import type { Kysely } from "kysely";
import type { AccessTokenTable, Database } from "../schema.ts";

type Db = Kysely<Database>;

/** Stores a token by its hash (the token itself is never stored). */
export async function accessTokenCreate(db: Db, token: AccessTokenTable): Promise<void> {
  await db.insertInto("access_tokens").values(token).execute();
}

/** The token row with this hash, or null. */
export async function accessTokenGet(db: Db, hash: string): Promise<AccessTokenTable | null> {
  const row = await db
    .selectFrom("access_tokens")
    .selectAll()
    .where("token_hash", "=", hash)
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
