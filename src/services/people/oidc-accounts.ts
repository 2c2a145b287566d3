import { sql } from "kysely";
import { isRoleAtLeast, type WorkspaceRole } from "../../shared/index.ts";
import {
  type InvitationTable,
  invitationClose,
  memberGet,
  type UserTable,
  userByEmail,
  userByOidc,
  userUpdate,
  workspaceById,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { memberSet } from "./members.ts";
import { userAdd } from "./users.ts";

/** What an OpenID provider said about the person signing in (from the ID token and userinfo). */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email?: string | undefined;
  emailVerified?: boolean | undefined;
  name?: string | undefined;
}

/** Why a single sign-on identity was not let in. */
export type OidcRefusal = "unverified" | "unknown" | "linked-elsewhere";

/** The account a provider's identity signs in as, or why there is none. */
export type OidcMatch =
  | { kind: "matched"; user: UserTable; joined: string[] }
  | { kind: "refused"; reason: OidcRefusal; email: string | null };

/**
 * The account an OpenID identity signs in as: the one linked to its (issuer, subject), else the one
 * with its email — only when the provider says the email is verified, since anyone can put any
 * address on an account at some providers. The first match links the identity to the account.
 * An email with no account but pending invitations gets an account (no password) that accepts them.
 */
export async function oidcAccountMatch(
  ctx: ServiceContext,
  identity: OidcIdentity,
): Promise<OidcMatch> {
  const db = ctx.store.db;
  const linked = await userByOidc(db, identity.issuer, identity.subject);
  if (linked) return { kind: "matched", user: linked, joined: [] };
  const email = identity.email?.trim() || null;
  if (!email || identity.emailVerified !== true)
    return { kind: "refused", reason: "unverified", email };
  const existing = await userByEmail(db, email);
  if (existing) {
    // Someone else's identity at a provider must not take over an account already linked.
    if (existing.oidc_subject !== null)
      return { kind: "refused", reason: "linked-elsewhere", email };
    await oidcLink(ctx, existing.id, identity);
    return { kind: "matched", user: { ...existing, ...linkOf(identity) }, joined: [] };
  }
  const invitations = await pendingInvitationsOf(ctx, email);
  if (invitations.length === 0) return { kind: "refused", reason: "unknown", email };
  const user = await userAdd(ctx, { email, name: identity.name });
  await oidcLink(ctx, user.id, identity);
  const joined = await invitationsAccept(ctx, user.id, invitations);
  return { kind: "matched", user: { ...user, ...linkOf(identity) }, joined };
}

const linkOf = (identity: OidcIdentity) => ({
  oidc_issuer: identity.issuer,
  oidc_subject: identity.subject,
});

async function oidcLink(ctx: ServiceContext, userId: string, identity: OidcIdentity) {
  await userUpdate(ctx.store.db, userId, linkOf(identity));
}

/** Invitations to `email` (any case) neither accepted, revoked nor expired. */
async function pendingInvitationsOf(
  ctx: ServiceContext,
  email: string,
): Promise<InvitationTable[]> {
  return ctx.store.db
    .selectFrom("invitations")
    .selectAll()
    .where(sql<string>`lower(email)`, "=", email.toLowerCase())
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", ctx.now().toISOString())
    .orderBy("created_at")
    .execute();
}

/** Accepts each invitation for the new account; returns the slugs of the workspaces joined. */
async function invitationsAccept(
  ctx: ServiceContext,
  userId: string,
  invitations: InvitationTable[],
): Promise<string[]> {
  const joined: string[] = [];
  for (const row of invitations) {
    const now = ctx.now().toISOString();
    // Closed first, so an invitation revoked meanwhile grants nothing.
    if (!(await invitationClose(ctx.store.db, row.workspace_id, row.id, "accepted_at", now)))
      continue;
    const ws = await workspaceById(ctx.store.db, row.workspace_id);
    if (!ws) continue;
    // Two invitations to one workspace: the higher role wins, as accepting never lowers a role.
    const current = await memberGet(ctx.store.db, ws.id, userId);
    const offered = row.role as WorkspaceRole;
    if (current && isRoleAtLeast(current.role as WorkspaceRole, offered)) continue;
    await memberSet(ctx, ws.slug, userId, {
      role: offered,
      organisation: row.organisation_id,
    });
    joined.push(ws.slug);
  }
  return joined;
}
