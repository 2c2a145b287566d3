import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { accessTokenCreate, accessTokenGet, accessTokenUse } from "../store/index.ts";
import type { ServiceContext } from "./context.ts";

/** Kinds of token: a one-time login link, a browser session, a bearer token for scripts. */
export type TokenKind = "login" | "session" | "api";

const LIFETIME_HOURS: Record<TokenKind, number | null> = { login: 24, session: 24 * 30, api: null };

function hashOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Issues a new random token of `kind`; only its hash is stored. */
export async function tokenIssue(
  ctx: ServiceContext,
  kind: TokenKind,
  label: string | null = null,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = ctx.now();
  const hours = LIFETIME_HOURS[kind];
  await accessTokenCreate(ctx.store.db, {
    token_hash: hashOf(token),
    kind,
    label,
    created_at: now.toISOString(),
    expires_at: hours === null ? null : new Date(now.getTime() + hours * 3_600_000).toISOString(),
    used_at: null,
  });
  return token;
}

/** Whether `token` is a live token of one of `kinds` (not expired, not a used login link). */
export async function tokenVerify(
  ctx: ServiceContext,
  token: string,
  kinds: TokenKind[],
): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const hash = hashOf(token);
  const row = await accessTokenGet(ctx.store.db, hash);
  if (!row || !kinds.includes(row.kind as TokenKind)) return false;
  // The lookup was by hash already; compare again in constant time as a belt-and-braces check.
  if (!timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash))) return false;
  if (row.expires_at && row.expires_at <= ctx.now().toISOString()) return false;
  return row.kind !== "login" || row.used_at === null;
}

/** Trades a one-time login token for a new session token, or null when the link is no good. */
export async function loginExchange(
  ctx: ServiceContext,
  loginToken: string,
): Promise<string | null> {
  if (!(await tokenVerify(ctx, loginToken, ["login"]))) return null;
  if (!(await accessTokenUse(ctx.store.db, hashOf(loginToken), ctx.now().toISOString())))
    return null;
  return tokenIssue(ctx, "session");
}
