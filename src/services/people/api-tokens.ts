import {
  API_TOKEN_DAYS_DEFAULT,
  API_TOKEN_DAYS_MAX,
  type ApiToken,
  isRoleAtLeast,
  type WorkspaceRole,
} from "../../shared/index.ts";
import {
  accessTokensDelete,
  apiTokensOfWorkspace,
  auditAppend,
  memberGet,
  type UserTable,
  userByEmail,
  userGet,
} from "../../store/index.ts";
import { tokenIssue } from "../access.ts";
import type { ServiceContext } from "../context.ts";
import { forbidden, invalid, notFound } from "../errors.ts";
import { workspaceRequire } from "../workspaces.ts";
import { roleIn } from "./actor.ts";
import { auditEntry } from "./audit.ts";
import { secretHash } from "./tokens.ts";

/** What a new workspace token is: its label, role and lifetime; and, from the CLI, whose it is. */
export interface WorkspaceTokenInput {
  label?: string | null | undefined;
  role: WorkspaceRole;
  expiresInDays?: number | undefined;
  /** Whose token it is; the API always makes the caller's own. */
  userId?: string | undefined;
}

// Tokens, like sessions, are named by the first 16 hex digits of their hash.
const idOf = (hash: string) => hash.slice(0, 16);

/**
 * The highest role a token of `userId` may have in the workspace: their own role there, and,
 * when the caller is a token itself, no more than that token's.
 */
async function roleCap(ctx: ServiceContext, workspaceId: number, slug: string, userId: string) {
  const actor = ctx.actor();
  if (actor.kind !== "cli" && actor.userId !== userId)
    throw forbidden("A token can be made only for yourself");
  const member = await memberGet(ctx.store.db, workspaceId, userId);
  const role = actor.kind === "cli" ? member?.role : await roleIn(ctx, actor, workspaceId);
  if (!member || !role) throw notFound(`That account is not a member of workspace '${slug}'`);
  return role as WorkspaceRole;
}

function daysOf(days: number | undefined): number {
  const n = days ?? API_TOKEN_DAYS_DEFAULT;
  if (!Number.isInteger(n) || n < 1 || n > API_TOKEN_DAYS_MAX)
    throw invalid(`A token lives 1 to ${API_TOKEN_DAYS_MAX} days, not ${n}`, [
      {
        path: "$.expiresInDays",
        message: `must be a whole number from 1 to ${API_TOKEN_DAYS_MAX}`,
      },
    ]);
  return n;
}

/**
 * Creates an API token that opens one workspace with a role no higher than its creator's there,
 * expiring after `expiresInDays` (90 unless said). Returns the token, shown this once.
 */
export async function workspaceTokenCreate(
  ctx: ServiceContext,
  slug: string,
  input: WorkspaceTokenInput,
) {
  const ws = await workspaceRequire(ctx, slug);
  const userId = input.userId ?? ctx.actor().userId;
  if (!userId) throw forbidden("A workspace token belongs to an account: sign in to make one");
  const cap = await roleCap(ctx, ws.id, slug, userId);
  if (!isRoleAtLeast(cap, input.role))
    throw forbidden(
      `A token cannot have a role above its creator's: the account is ${cap} in workspace '${slug}', so the token can be ${cap} at most, not ${input.role}`,
    );
  const days = daysOf(input.expiresInDays);
  const expiresAt = new Date(ctx.now().getTime() + days * 86_400_000).toISOString();
  const label = input.label?.trim() || null;
  const token = await tokenIssue(ctx, "api", label, {
    userId,
    workspaceId: ws.id,
    role: input.role,
    expiresAt,
  });
  const id = idOf(secretHash(token));
  const user = await userGet(ctx.store.db, userId);
  await auditAppend(ctx.store.db, [
    auditEntry(ctx, ws.id, "create", "tokens", id, undefined, {
      label,
      role: input.role,
      user: user?.email ?? userId,
      expiresAt,
    }),
  ]);
  return { id, token, role: input.role, expiresAt };
}

/** A workspace's live API tokens (those scoped to it), newest first. */
export async function workspaceTokensList(ctx: ServiceContext, slug: string): Promise<ApiToken[]> {
  const ws = await workspaceRequire(ctx, slug);
  const rows = await apiTokensOfWorkspace(ctx.store.db, ws.id, ctx.now().toISOString());
  return rows.map((t) => ({
    id: idOf(t.token_hash),
    label: t.label,
    role: (t.role ?? "owner") as WorkspaceRole,
    user: t.email,
    createdAt: t.created_at,
    expiresAt: t.expires_at,
    lastUsedAt: t.used_at,
  }));
}

/** Revokes one of a workspace's tokens by its listed id. */
export async function workspaceTokenRevoke(ctx: ServiceContext, slug: string, id: string) {
  const ws = await workspaceRequire(ctx, slug);
  const rows = await apiTokensOfWorkspace(ctx.store.db, ws.id, "");
  const token = id.length === 16 ? rows.find((t) => idOf(t.token_hash) === id) : undefined;
  if (!token) throw notFound(`There is no token '${id}' in workspace '${slug}'`);
  await ctx.store.db.transaction().execute(async (trx) => {
    await accessTokensDelete(trx, { hash: token.token_hash });
    await auditAppend(trx, [
      auditEntry(ctx, ws.id, "delete", "tokens", id, { label: token.label, role: token.role }),
    ]);
  });
}

/** The account with `email` (any case), or not found (the CLI names tokens' users by email). */
export async function userByEmailOf(ctx: ServiceContext, email: string): Promise<UserTable> {
  const user = await userByEmail(ctx.store.db, email);
  if (!user)
    throw notFound(`There is no account for ${email}: add it first (partnerscope user add)`);
  return user;
}
