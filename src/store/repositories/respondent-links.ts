import type { Kysely } from "kysely";
import type { Database, RespondentLinkTable } from "../schema.ts";

type Db = Kysely<Database>;

/** A respondent link as stored (`uses` read back as a number). */
export type RespondentLinkRow = Omit<RespondentLinkTable, "uses"> & { uses: number };

/** Stores a new respondent link by its secret's hash. */
export async function respondentLinkInsert(db: Db, link: RespondentLinkRow): Promise<void> {
  await db.insertInto("respondent_links").values(link).execute();
}

/** The link whose secret has this hash, or null. */
export async function respondentLinkByHash(
  db: Db,
  hash: string,
): Promise<RespondentLinkRow | null> {
  const row = await db
    .selectFrom("respondent_links")
    .selectAll()
    .where("token_hash", "=", hash)
    .executeTakeFirst();
  return row ? { ...row, uses: Number(row.uses) } : null;
}

/** A workspace's respondent links (optionally for one target), newest first. */
export async function respondentLinksOf(
  db: Db,
  workspaceId: number,
  targetId?: string,
): Promise<RespondentLinkRow[]> {
  let query = db.selectFrom("respondent_links").selectAll().where("workspace_id", "=", workspaceId);
  if (targetId !== undefined) query = query.where("target_id", "=", targetId);
  const rows = await query.orderBy("created_at", "desc").orderBy("id").execute();
  return rows.map((row) => ({ ...row, uses: Number(row.uses) }));
}

/** Revokes a link that is not revoked yet; returns false when there is no such open link. */
export async function respondentLinkClose(
  db: Db,
  workspaceId: number,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("respondent_links")
    .set({ revoked_at: now })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Counts one use of a link, in one statement so two answers racing through a single-use link
 * cannot both count: only a link not revoked, not expired and (if single-use) unused is updated.
 * Returns whether it was.
 */
export async function respondentLinkUse(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable("respondent_links")
    .set((eb) => ({ uses: eb("uses", "+", 1) }))
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", now)]))
    .where((eb) => eb.or([eb("single_use", "=", 0), eb("uses", "=", 0)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The wave of each of these links (for listing raw answers). */
export async function respondentLinkWaves(
  db: Db,
  workspaceId: number,
  ids: string[],
): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("respondent_links")
    .select(["id", "wave"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.wave]));
}
