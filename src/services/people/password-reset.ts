import { PASSWORD_RESET_HOURS } from "../../shared/index.ts";
import {
  accessTokensDelete,
  accessTokenUse,
  auditAppend,
  memberGet,
  membershipsOfUser,
  sessionsRevoke,
  type UserTable,
  userGet,
  userUpdate,
} from "../../store/index.ts";
import { type TokenScope, tokenIssue, tokenResolve } from "../access.ts";
import type { ServiceContext } from "../context.ts";
import { forbidden, invalid, notFound, unauthorised } from "../errors.ts";
import { workspaceRequire } from "../workspaces.ts";
import { contextAs, roleIn } from "./actor.ts";
import { auditEntry } from "./audit.ts";
import { mailSend } from "./mail.ts";
import { passwordHash, passwordProblem } from "./passwords.ts";
import { secretHash } from "./tokens.ts";

/** What issuing a reset link gives: the link to pass on, or to whom it was emailed. */
export interface PasswordResetIssued {
  link: string | null;
  emailedTo: string | null;
  expiresAt: string;
}

/**
 * A new one-time link that sets `user`'s password (valid 24 hours); their earlier unused links
 * stop working. `linkOf` turns the secret into the page's address.
 */
export async function passwordResetLinkNew(
  ctx: ServiceContext,
  user: UserTable,
  workspaceId: number | null,
  linkOf: (secret: string) => string,
): Promise<{ link: string; hash: string; expiresAt: string }> {
  await accessTokensDelete(ctx.store.db, { userId: user.id, kind: "reset" });
  const expiresAt = new Date(ctx.now().getTime() + PASSWORD_RESET_HOURS * 3_600_000);
  const scope: TokenScope = {
    userId: user.id,
    workspaceId,
    role: "viewer",
    expiresAt: expiresAt.toISOString(),
  };
  const secret = await tokenIssue(
    ctx,
    "reset",
    `password reset for ${user.email ?? user.id}`,
    scope,
  );
  return { link: linkOf(secret), hash: secretHash(secret), expiresAt: scope.expiresAt as string };
}

/**
 * Refuses to hand a reset link to someone who could use it to reach further than they can now:
 * the account must be a member only of workspaces where the caller is owner. (An emailed link
 * goes to the account's own address, so it needs no such check.)
 */
async function handOverCheck(ctx: ServiceContext, user: UserTable): Promise<void> {
  const actor = ctx.actor();
  for (const m of await membershipsOfUser(ctx.store.db, user.id))
    if ((await roleIn(ctx, actor, m.workspace_id)) !== "owner")
      throw forbidden(
        "This account is also a member of a workspace you do not own, so its reset link can only be emailed to it: ask the server's operator to set PARTNERSCOPE_SMTP_URL, or an owner of every workspace it belongs to to issue the link",
      );
}

/**
 * An owner issues a one-time password-reset link for a member of their workspace: emailed to the
 * member when a mailer is set up and the account has an email, otherwise answered for the owner
 * to pass on.
 */
export async function passwordResetIssue(
  ctx: ServiceContext,
  slug: string,
  userId: string,
  linkOf: (secret: string) => string,
): Promise<PasswordResetIssued> {
  const ws = await workspaceRequire(ctx, slug);
  const member = await memberGet(ctx.store.db, ws.id, userId);
  const user = member && (await userGet(ctx.store.db, userId));
  if (!user) throw notFound(`There is no member '${userId}' in workspace '${slug}'`);
  const mailer = user.email ? ctx.mailer : null;
  if (!mailer) await handOverCheck(ctx, user);
  const issued = await passwordResetLinkNew(ctx, user, ws.id, linkOf);
  if (mailer)
    await mailSend(mailer, resetMessage(user, issued.link, ws.name)).catch(async (error) => {
      await accessTokensDelete(ctx.store.db, { hash: issued.hash });
      throw error;
    });
  await auditAppend(ctx.store.db, [
    auditEntry(ctx, ws.id, "password-reset", "members", userId, undefined, {
      email: user.email,
      emailed: Boolean(mailer),
    }),
  ]);
  return mailer
    ? { link: null, emailedTo: user.email, expiresAt: issued.expiresAt }
    : { link: issued.link, emailedTo: null, expiresAt: issued.expiresAt };
}

function resetMessage(user: UserTable, link: string, workspace: string) {
  return {
    to: user.email as string,
    subject: "Set your partnerscope password",
    text: `Hello ${user.name},\n\nAn owner of the workspace '${workspace}' has asked for a new password to be set for your partnerscope account. Open this link within ${PASSWORD_RESET_HOURS} hours to choose one (it works once):\n\n${link}\n\nSetting it signs you out everywhere. If you did not expect this, you can ignore this email.\n`,
  };
}

async function resetRowOf(ctx: ServiceContext, secret: string) {
  const row = await tokenResolve(ctx, secret, ["reset"]);
  const user = row?.user_id ? await userGet(ctx.store.db, row.user_id) : null;
  if (!row || !user)
    throw unauthorised(
      "This password link is not valid: it has been used, has expired, or a newer one was issued",
    );
  return { row, user };
}

/** Whose password a reset link sets (for its page), or 401 when the link is no good. */
export async function passwordResetOpen(ctx: ServiceContext, secret: string) {
  const { row, user } = await resetRowOf(ctx, secret);
  return { email: user.email, name: user.name, expiresAt: row.expires_at as string };
}

/**
 * Sets the password through a reset link (checked per NIST SP 800-63B like any other), marks the
 * link used and ends every session of the account. A refused password leaves the link usable.
 */
export async function passwordResetComplete(
  ctx: ServiceContext,
  secret: string,
  password: string,
): Promise<{ userId: string }> {
  const { row, user } = await resetRowOf(ctx, secret);
  const problem = passwordProblem(password, user);
  if (problem) throw invalid(`The password ${problem}`, [{ path: "$.password", message: problem }]);
  const hash = await passwordHash(password);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await accessTokenUse(trx, row.token_hash, now)))
      throw unauthorised("This password link has just been used");
    await userUpdate(trx, user.id, { password_hash: hash });
    await sessionsRevoke(trx, { userId: user.id }, now);
    // The person proved by the link set it; the log keeps the fact, never the password.
    await auditAppend(trx, [
      auditEntry(
        contextAs(ctx, user),
        row.workspace_id,
        "password-set",
        "members",
        user.id,
        undefined,
        undefined,
        {
          through: "reset link",
        },
      ),
    ]);
  });
  return { userId: user.id };
}
