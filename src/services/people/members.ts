import { randomUUID } from "node:crypto";
import {
  type Invitation,
  isRoleAtLeast,
  type Member,
  type WorkspaceRole,
} from "../../shared/index.ts";
import {
  auditAppend,
  type InvitationTable,
  invitationByHash,
  invitationClose,
  invitationCreate,
  invitationsOf,
  memberDelete,
  memberGet,
  memberPut,
  membersOf,
  ownersCount,
  userByEmail,
  userGet,
  workspaceById,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid, notFound, unauthorised } from "../errors.ts";
import { workspaceRequire } from "../workspaces.ts";
import { contextAs } from "./actor.ts";
import { auditEntry } from "./audit.ts";
import { mailSend } from "./mail.ts";
import { secretHash, secretNew } from "./tokens.ts";
import { type UserInput, userAdd } from "./users.ts";

/** An invitation link is valid for 7 days. */
export const INVITATION_DAYS = 7;

/** The members of a workspace. */
export async function membersList(ctx: ServiceContext, slug: string): Promise<Member[]> {
  const ws = await workspaceRequire(ctx, slug);
  return (await membersOf(ctx.store.db, ws.id)).map((m) => ({
    userId: m.user_id,
    email: m.email,
    name: m.name,
    role: m.role as WorkspaceRole,
    organisation: m.organisation_id,
    since: m.created_at,
  }));
}

async function organisationCheck(ctx: ServiceContext, workspaceId: number, id: string | null) {
  if (id === null) return;
  const found = await ctx.store.db
    .selectFrom("organisations")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!found)
    throw invalid(`There is no organisation '${id}' in this workspace`, [
      { path: "$.organisation", message: "is not an organisation of this workspace" },
    ]);
}

/** Gives a user a role in a workspace (adding them, or changing their role and organisation). */
export async function memberSet(
  ctx: ServiceContext,
  slug: string,
  userId: string,
  input: { role: WorkspaceRole; organisation?: string | null | undefined },
): Promise<Member> {
  const ws = await workspaceRequire(ctx, slug);
  const user = await userGet(ctx.store.db, userId);
  if (!user) throw notFound(`There is no account '${userId}'`);
  const organisation = input.organisation ?? null;
  await organisationCheck(ctx, ws.id, organisation);
  const before = await memberGet(ctx.store.db, ws.id, userId);
  await ctx.store.db.transaction().execute(async (trx) => {
    if (before?.role === "owner" && input.role !== "owner" && (await ownersCount(trx, ws.id)) < 2)
      throw conflict("A workspace needs at least one owner: make someone else owner first");
    await memberPut(trx, {
      workspace_id: ws.id,
      user_id: userId,
      role: input.role,
      organisation_id: organisation,
      created_at: before?.created_at ?? ctx.now().toISOString(),
    });
    const after = { email: user.email, role: input.role, organisation };
    const was = before && {
      email: user.email,
      role: before.role,
      organisation: before.organisation_id,
    };
    await auditAppend(trx, [
      auditEntry(
        ctx,
        ws.id,
        before ? "update" : "create",
        "members",
        userId,
        was ?? undefined,
        after,
      ),
    ]);
  });
  return (await membersList(ctx, slug)).find((m) => m.userId === userId) as Member;
}

/** Adds the account with `email` to a workspace (the CLI's `member add`). */
export async function memberAddByEmail(
  ctx: ServiceContext,
  slug: string,
  email: string,
  role: WorkspaceRole,
  organisation: string | null = null,
): Promise<Member> {
  const user = await userByEmail(ctx.store.db, email);
  if (!user)
    throw notFound(`There is no account for ${email}: add it first (partnerscope user add)`);
  return memberSet(ctx, slug, user.id, { role, organisation });
}

/** Removes a member (never the last owner). */
export async function memberRemove(
  ctx: ServiceContext,
  slug: string,
  userId: string,
): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  await ctx.store.db.transaction().execute(async (trx) => {
    const before = await memberGet(trx, ws.id, userId);
    if (!before) throw notFound(`There is no member '${userId}' in workspace '${slug}'`);
    if (before.role === "owner" && (await ownersCount(trx, ws.id)) < 2)
      throw conflict("A workspace needs at least one owner: make someone else owner first");
    await memberDelete(trx, ws.id, userId);
    await auditAppend(trx, [
      auditEntry(ctx, ws.id, "delete", "members", userId, {
        role: before.role,
        organisation: before.organisation_id,
      }),
    ]);
  });
}

function invitationView(row: InvitationTable, now: string): Invitation {
  const state = row.accepted_at
    ? "accepted"
    : row.revoked_at
      ? "revoked"
      : row.expires_at <= now
        ? "expired"
        : "pending";
  return {
    id: row.id,
    email: row.email,
    role: row.role as WorkspaceRole,
    organisation: row.organisation_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    state,
  };
}

/** A workspace's invitations with their state. */
export async function invitationsList(ctx: ServiceContext, slug: string): Promise<Invitation[]> {
  const ws = await workspaceRequire(ctx, slug);
  const now = ctx.now().toISOString();
  return (await invitationsOf(ctx.store.db, ws.id)).map((row) => invitationView(row, now));
}

/**
 * Invites an email to a role; returns the invitation and its one-time secret for the link. With a
 * mailer and `linkOf`, the link is also emailed to the invitee (a failure to send is reported in
 * `emailError`, and the owner can still pass the link on).
 */
export async function invitationAdd(
  ctx: ServiceContext,
  slug: string,
  input: { email: string; role: WorkspaceRole; organisation?: string | null | undefined },
  linkOf?: (secret: string) => string,
): Promise<{
  invitation: Invitation;
  secret: string;
  emailedTo: string | null;
  emailError?: string;
}> {
  const ws = await workspaceRequire(ctx, slug);
  const organisation = input.organisation ?? null;
  await organisationCheck(ctx, ws.id, organisation);
  const secret = secretNew();
  const now = ctx.now();
  const row: InvitationTable = {
    id: randomUUID(),
    token_hash: secretHash(secret),
    workspace_id: ws.id,
    email: input.email.trim(),
    role: input.role,
    organisation_id: organisation,
    invited_by: ctx.actor().userId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
    accepted_at: null,
    revoked_at: null,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await invitationCreate(trx, row);
    await auditAppend(trx, [
      auditEntry(ctx, ws.id, "invite", "invitations", row.id, undefined, {
        email: row.email,
        role: row.role,
        organisation,
      }),
    ]);
  });
  const invitation = invitationView(row, now.toISOString());
  if (!ctx.mailer || !linkOf) return { invitation, secret, emailedTo: null };
  try {
    await mailSend(ctx.mailer, invitationMessage(row.email, ws.name, row.role, linkOf(secret)));
    return { invitation, secret, emailedTo: row.email };
  } catch (error) {
    return { invitation, secret, emailedTo: null, emailError: (error as Error).message };
  }
}

function invitationMessage(to: string, workspace: string, role: string, link: string) {
  const text = `Hello,\n\nYou are invited to join the partnerscope workspace '${workspace}' as ${role}. Open this link within ${INVITATION_DAYS} days to accept (it works once):\n\n${link}\n\nIf you did not expect this, you can ignore this email.\n`;
  return { to, subject: `Invitation to the partnerscope workspace '${workspace}'`, text };
}

/** Revokes a pending invitation. */
export async function invitationRevoke(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  const closed = await invitationClose(
    ctx.store.db,
    ws.id,
    id,
    "revoked_at",
    ctx.now().toISOString(),
  );
  if (!closed) throw notFound(`There is no pending invitation '${id}' in workspace '${slug}'`);
  await auditAppend(ctx.store.db, [auditEntry(ctx, ws.id, "revoke", "invitations", id)]);
}

/** The open invitation behind a link, or an error saying why it cannot be used. */
export async function invitationOpen(ctx: ServiceContext, secret: string) {
  const row =
    secret && secret.length <= 200
      ? await invitationByHash(ctx.store.db, secretHash(secret))
      : null;
  if (!row) throw unauthorised("This invitation link is not valid");
  const view = invitationView(row, ctx.now().toISOString());
  if (view.state !== "pending")
    throw unauthorised(
      `This invitation has been ${view.state === "expired" ? "expired since " + row.expires_at : view.state}`,
    );
  const ws = await workspaceById(ctx.store.db, row.workspace_id);
  return { row, view, workspace: { slug: ws?.slug ?? "", name: ws?.name ?? "" } };
}

/**
 * Accepts an invitation: the signed-in user `userId` joins, or a new account is made from
 * `account` (name and password; the email is the invited one). Returns the member's user id.
 */
export async function invitationAccept(
  ctx: ServiceContext,
  secret: string,
  who: { userId: string } | { account: Omit<UserInput, "email"> },
): Promise<{ userId: string; workspace: string; role: WorkspaceRole }> {
  const { row, workspace } = await invitationOpen(ctx, secret);
  let userId: string;
  if ("userId" in who) userId = who.userId;
  else {
    const existing = await userByEmail(ctx.store.db, row.email);
    if (existing)
      throw conflict(
        `There is already an account for ${row.email}: sign in, then open the link again`,
      );
    userId = (await userAdd(ctx, { ...who.account, email: row.email })).id;
  }
  if (
    !(await invitationClose(
      ctx.store.db,
      row.workspace_id,
      row.id,
      "accepted_at",
      ctx.now().toISOString(),
    ))
  )
    throw unauthorised("This invitation has just been used or revoked");
  // Accepting never lowers a role someone already has.
  const current = await memberGet(ctx.store.db, row.workspace_id, userId);
  const offered = row.role as WorkspaceRole;
  if (current && isRoleAtLeast(current.role as WorkspaceRole, offered))
    return { userId, workspace: workspace.slug, role: current.role as WorkspaceRole };
  // A new account joins on its own invitation link: the audit log names them, not the server.
  const acting = "userId" in who ? ctx : contextAs(ctx, { id: userId, email: row.email });
  await memberSet(acting, workspace.slug, userId, {
    role: offered,
    organisation: row.organisation_id,
  });
  return { userId, workspace: workspace.slug, role: offered };
}
