import { timingSafeEqual } from "node:crypto";
import type { WorkspaceRole } from "../shared/index.ts";
import type { AccessTokenWithEmail } from "../store/index.ts";
import {
  accessTokenCreate,
  accessTokenGet,
  accessTokenTouch,
  accessTokenUse,
} from "../store/index.ts";
import type { ServiceContext } from "./context.ts";
import { type SessionMeta, sessionStart } from "./people/sessions.ts";
import { secretHash, secretNew } from "./people/tokens.ts";
import { firstOwnerEnsure } from "./people/users.ts";

/**
 * Kinds of token: a one-time login link (signs in as the first owner), a bearer token for
 * scripts, a one-time link that sets one user's password.
 */
export type TokenKind = "login" | "api" | "reset";

const LIFETIME_HOURS: Record<TokenKind, number | null> = { login: 24, api: null, reset: 24 };
// When an API token was last used is shown to owners; a minute's precision spares a write per call.
const TOUCH_EVERY_MS = 60_000;

/** Whose a bearer token is and what it may open. */
export interface TokenScope {
  userId: string | null;
  /** The one workspace it opens, or null for every workspace its user owns (at most `role`). */
  workspaceId: number | null;
  role: WorkspaceRole;
  expiresAt: string | null;
}

/** Issues a new random token of `kind`; only its hash is stored. */
export async function tokenIssue(
  ctx: ServiceContext,
  kind: TokenKind,
  label: string | null = null,
  scope?: TokenScope,
): Promise<string> {
  const token = secretNew();
  const now = ctx.now();
  const hours = LIFETIME_HOURS[kind];
  await accessTokenCreate(ctx.store.db, {
    token_hash: secretHash(token),
    kind,
    label,
    created_at: now.toISOString(),
    expires_at:
      scope?.expiresAt ??
      (hours === null ? null : new Date(now.getTime() + hours * 3_600_000).toISOString()),
    used_at: null,
    user_id: scope?.userId ?? null,
    workspace_id: scope?.workspaceId ?? null,
    role: kind === "api" ? (scope?.role ?? "owner") : null,
  });
  return token;
}

/**
 * The live token row for `token` of one of `kinds` (not expired, not a used one-time link), or
 * null. For an API token, `used_at` is when it was last used, and is brought up to date here.
 */
export async function tokenResolve(
  ctx: ServiceContext,
  token: string,
  kinds: TokenKind[],
): Promise<AccessTokenWithEmail | null> {
  if (!token || token.length > 200) return null;
  const hash = secretHash(token);
  const row = await accessTokenGet(ctx.store.db, hash);
  if (!row || !kinds.includes(row.kind as TokenKind)) return null;
  // The lookup was by hash already; compare again in constant time as a belt-and-braces check.
  if (!timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash))) return null;
  const now = ctx.now();
  if (row.expires_at && row.expires_at <= now.toISOString()) return null;
  if (row.kind !== "api") return row.used_at === null ? row : null;
  if (!row.used_at || Date.parse(row.used_at) + TOUCH_EVERY_MS < now.getTime())
    // Not awaited: a request must not wait for the writer (a long import holds it).
    accessTokenTouch(ctx.store.db, hash, now.toISOString()).catch(() => {});
  return row;
}

/** Trades a one-time login link for a session of the first owner, or null when the link is no good. */
export async function loginExchange(
  ctx: ServiceContext,
  loginToken: string,
  meta: SessionMeta = {},
): Promise<string | null> {
  if (!(await tokenResolve(ctx, loginToken, ["login"]))) return null;
  if (!(await accessTokenUse(ctx.store.db, secretHash(loginToken), ctx.now().toISOString())))
    return null;
  const owner = await firstOwnerEnsure(ctx);
  return sessionStart(ctx, owner.id, meta);
}
