import type { SessionView } from "../../shared/index.ts";
import {
  sessionCreate,
  sessionGet,
  sessionsOfUser,
  sessionsRevoke,
  sessionTouch,
  type UserTable,
  userGet,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { notFound } from "../errors.ts";
import { secretHash, secretNew } from "./tokens.ts";

/** A session ends 12 hours after it was last used (OWASP session guidance for a business app)… */
export const SESSION_IDLE_MS = 12 * 3_600_000;
/** …and 30 days after sign-in, however busy. */
export const SESSION_ABSOLUTE_MS = 30 * 24 * 3_600_000;
// Recording every request's time would write on every read; a minute's precision is enough.
const TOUCH_EVERY_MS = 60_000;

/** Where a sign-in came from, kept so people can recognise their sessions. */
export interface SessionMeta {
  userAgent?: string | undefined;
  address?: string | undefined;
}

/** Starts a session for a user; returns the secret for the cookie (only its hash is stored). */
export async function sessionStart(
  ctx: ServiceContext,
  userId: string,
  meta: SessionMeta = {},
): Promise<string> {
  const secret = secretNew();
  const now = ctx.now();
  await sessionCreate(ctx.store.db, {
    token_hash: secretHash(secret),
    user_id: userId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
    revoked_at: null,
    user_agent: meta.userAgent?.slice(0, 300) ?? null,
    address: meta.address ?? null,
  });
  return secret;
}

/** The user of a live session (not ended, idle under 12 h, under 30 days old), or null. */
export async function sessionResolve(
  ctx: ServiceContext,
  secret: string,
): Promise<{ user: UserTable; hash: string } | null> {
  if (!secret || secret.length > 200) return null;
  const hash = secretHash(secret);
  const session = await sessionGet(ctx.store.db, hash);
  if (!session || session.revoked_at) return null;
  const now = ctx.now().getTime();
  if (Date.parse(session.expires_at) <= now) return null;
  const seen = Date.parse(session.last_seen_at);
  if (seen + SESSION_IDLE_MS <= now) return null;
  const user = await userGet(ctx.store.db, session.user_id);
  if (!user) return null;
  // Not awaited: the request must not wait for the writer (a long import holds it); a lost touch
  // only makes the idle limit count from the previous minute.
  if (now - seen > TOUCH_EVERY_MS)
    sessionTouch(ctx.store.db, hash, ctx.now().toISOString()).catch(() => {});
  return { user, hash };
}

/** Ends one session by its secret (signing out). */
export async function sessionEnd(ctx: ServiceContext, secret: string): Promise<void> {
  await sessionsRevoke(ctx.store.db, { hash: secretHash(secret) }, ctx.now().toISOString());
}

/** Ends every session of a user but `exceptHash` (after a password change, say). */
export async function sessionsEndAll(
  ctx: ServiceContext,
  userId: string,
  exceptHash?: string,
): Promise<number> {
  return sessionsRevoke(ctx.store.db, { userId, except: exceptHash }, ctx.now().toISOString());
}

// A session is named by the first 16 hex digits of its hash: enough to tell them apart, and no
// use to anyone for signing in.
const idOf = (hash: string) => hash.slice(0, 16);

/** A user's live sessions, the current one marked. */
export async function sessionsList(
  ctx: ServiceContext,
  userId: string,
  currentHash: string | null,
): Promise<SessionView[]> {
  const now = ctx.now();
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS).toISOString();
  const rows = await sessionsOfUser(ctx.store.db, userId, now.toISOString());
  return rows
    .filter((s) => s.last_seen_at > idleSince)
    .map((s) => ({
      id: idOf(s.token_hash),
      createdAt: s.created_at,
      lastSeenAt: s.last_seen_at,
      expiresAt: s.expires_at,
      userAgent: s.user_agent,
      current: s.token_hash === currentHash,
    }));
}

/** Ends one of a user's sessions by its listed id. */
export async function sessionRevoke(ctx: ServiceContext, userId: string, id: string) {
  const rows = await sessionsOfUser(ctx.store.db, userId, ctx.now().toISOString());
  const session = rows.find((s) => idOf(s.token_hash) === id);
  if (!session) throw notFound(`You have no session '${id}'`);
  await sessionsRevoke(ctx.store.db, { hash: session.token_hash }, ctx.now().toISOString());
}
