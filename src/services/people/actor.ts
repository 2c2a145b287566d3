import { roleMin, type WorkspaceRole } from "../../shared/index.ts";
import { memberGet } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";

/**
 * Who is acting. A user signed in through the browser; a bearer token (its user, and the one
 * workspace and highest role it is limited to); a respondent link (one form, nothing else); the
 * CLI's operator, who holds the database itself.
 */
export type Actor =
  | { kind: "user"; userId: string; email: string | null; sessionHash: string }
  | {
      kind: "token";
      /** Null for a token from before accounts, until the first owner is created. */
      userId: string | null;
      email: string | null;
      tokenHash: string;
      workspaceId: number | null;
      role: WorkspaceRole;
    }
  | { kind: "respondent"; userId: null; email: null; linkId: string; workspaceId: number }
  | { kind: "cli"; userId: null; email: null };

/**
 * The role `actor` has in workspace `workspaceId`, or null when it is no member (the workspace is
 * then not revealed to it). A token acts with the lower of its own role and its user's.
 */
export async function roleIn(
  ctx: ServiceContext,
  actor: Actor,
  workspaceId: number,
): Promise<WorkspaceRole | null> {
  if ((actor.kind === "user" || actor.kind === "token") && actor.userId !== null) {
    const member = await memberGet(ctx.store.db, workspaceId, actor.userId);
    return roleGiven(actor, workspaceId, (member?.role as WorkspaceRole | undefined) ?? null);
  }
  return roleGiven(actor, workspaceId, null);
}

/**
 * The rule of `roleIn` once the actor's membership role in the workspace is known (null: no
 * member), so a caller holding many memberships (`/me`) need not ask for each one again.
 */
export function roleGiven(
  actor: Actor,
  workspaceId: number,
  memberRole: WorkspaceRole | null,
): WorkspaceRole | null {
  if (actor.kind === "cli") return "owner";
  if (actor.kind === "respondent") return null;
  if (actor.kind === "token") {
    if (actor.workspaceId !== null && actor.workspaceId !== workspaceId) return null;
    if (actor.userId === null) return actor.role;
  }
  if (!memberRole) return null;
  return actor.kind === "token" ? roleMin(memberRole, actor.role) : memberRole;
}

/**
 * Who created a record an analyst may change only if it is theirs: their user id, null when it
 * was created before accounts, or undefined when there is no such record (the route answers 404).
 */
export async function recordCreator(
  ctx: ServiceContext,
  workspaceId: number,
  table: "appraisals" | "pbr_models" | "value_maps",
  id: string,
): Promise<string | null | undefined> {
  const row = await ctx.store.db
    .selectFrom(table)
    .select("created_by")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row === undefined ? undefined : row.created_by;
}

/**
 * A context acting as `user`: for public routes where the person is proven by a link rather than a
 * session (accepting an invitation, setting a password by a reset link), so the audit log names them.
 */
export function contextAs(
  ctx: ServiceContext,
  user: { id: string; email: string | null },
): ServiceContext {
  const actor: Actor = { kind: "user", userId: user.id, email: user.email, sessionHash: "" };
  return { ...ctx, actor: () => actor };
}
