import type { Kysely } from "kysely";
import type { Database, InvitationTable } from "../schema.ts";

type Db = Kysely<Database>;

/** Stores a new invitation by its link's hash. */
export async function invitationCreate(db: Db, invitation: InvitationTable): Promise<void> {
  await db.insertInto("invitations").values(invitation).execute();
}

/** The invitation whose link has this hash, or null. */
export async function invitationByHash(db: Db, hash: string): Promise<InvitationTable | null> {
  const row = await db
    .selectFrom("invitations")
    .selectAll()
    .where("token_hash", "=", hash)
    .executeTakeFirst();
  return row ?? null;
}

/** A workspace's invitations, newest first. */
export async function invitationsOf(db: Db, workspaceId: number): Promise<InvitationTable[]> {
  return db
    .selectFrom("invitations")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
}

/** Marks an open invitation accepted or revoked; returns false when it was no longer open. */
export async function invitationClose(
  db: Db,
  workspaceId: number,
  id: string,
  how: "accepted_at" | "revoked_at",
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ [how]: now })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
