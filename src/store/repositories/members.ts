import type { Kysely } from "kysely";
import type { Database, WorkspaceMemberTable } from "../schema.ts";

type Db = Kysely<Database>;

/** A member row with the user's email and name. */
export interface MemberRow extends WorkspaceMemberTable {
  email: string | null;
  name: string;
}

/** Adds a member or changes their role and organisation. */
export async function memberPut(db: Db, member: WorkspaceMemberTable): Promise<void> {
  await db
    .insertInto("workspace_members")
    .values(member)
    .onConflict((oc) =>
      oc
        .columns(["workspace_id", "user_id"])
        .doUpdateSet({ role: member.role, organisation_id: member.organisation_id }),
    )
    .execute();
}

/** The members of a workspace, by name. */
export async function membersOf(db: Db, workspaceId: number): Promise<MemberRow[]> {
  return db
    .selectFrom("workspace_members as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .selectAll("m")
    .select(["u.email", "u.name"])
    .where("m.workspace_id", "=", workspaceId)
    .orderBy("u.name")
    .orderBy("u.id")
    .execute();
}

/** One user's membership of one workspace, or null. */
export async function memberGet(
  db: Db,
  workspaceId: number,
  userId: string,
): Promise<WorkspaceMemberTable | null> {
  const row = await db
    .selectFrom("workspace_members")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ?? null;
}

/** Every membership of one user, with the workspace's slug and name. */
export async function membershipsOfUser(
  db: Db,
  userId: string,
): Promise<{ workspace_id: number; slug: string; name: string; role: string }[]> {
  return db
    .selectFrom("workspace_members as m")
    .innerJoin("workspaces as w", "w.id", "m.workspace_id")
    .select(["m.workspace_id", "w.slug", "w.name", "m.role"])
    .where("m.user_id", "=", userId)
    .orderBy("w.name")
    .execute();
}

/** Removes a member; returns whether they were one. */
export async function memberDelete(db: Db, workspaceId: number, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("workspace_members")
    .where("workspace_id", "=", workspaceId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** How many owners a workspace has. */
export async function ownersCount(db: Db, workspaceId: number): Promise<number> {
  const row = await db
    .selectFrom("workspace_members")
    .select(({ fn }) => fn.countAll().as("n"))
    .where("workspace_id", "=", workspaceId)
    .where("role", "=", "owner")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
