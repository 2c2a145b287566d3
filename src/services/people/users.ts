import { randomUUID } from "node:crypto";
import { emailSchema, type Me, type WorkspaceRole } from "../../shared/index.ts";
import {
  memberPut,
  membershipsOfUser,
  type UserTable,
  userByEmail,
  userCreate,
  userFirst,
  userGet,
  userUpdate,
  workspacesAll,
} from "../../store/index.ts";
import { workspacesSimulated } from "../../store/repositories/workspace-simulated.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { type Actor, roleGiven } from "./actor.ts";
import {
  passwordHash,
  passwordProblem,
  passwordVerify,
  passwordVerifyNobody,
} from "./passwords.ts";
import { sessionsEndAll } from "./sessions.ts";

/** What is needed to add a user. */
export interface UserInput {
  email: string;
  name?: string | undefined;
  password?: string | undefined;
}

function emailOf(email: string): string {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success)
    throw invalid("The email is not valid", [
      { path: "$.email", message: "is not an email address" },
    ]);
  return parsed.data;
}

async function checkedHash(
  password: string,
  about: { email?: string | null; name?: string | null },
) {
  const problem = passwordProblem(password, about);
  if (problem) throw invalid(`The password ${problem}`, [{ path: "$.password", message: problem }]);
  return passwordHash(password);
}

/** Adds an account; the email must be new (in any case). */
export async function userAdd(ctx: ServiceContext, input: UserInput): Promise<UserTable> {
  const email = emailOf(input.email);
  if (await userByEmail(ctx.store.db, email))
    throw conflict(`There is already an account for ${email}`);
  const name = input.name?.trim() || email.split("@")[0] || email;
  const user: UserTable = {
    id: randomUUID(),
    email,
    email_key: email.toLowerCase(),
    name,
    password_hash:
      input.password === undefined ? null : await checkedHash(input.password, { email, name }),
    oidc_issuer: null,
    oidc_subject: null,
    created_at: ctx.now().toISOString(),
  };
  await userCreate(ctx.store.db, user);
  return user;
}

/**
 * The install's first owner, created on first start with no email or password: the printed login
 * link signs in as them. They own every workspace that has no owner, and tokens from before
 * accounts become theirs (owner tokens of every workspace they own).
 */
export async function firstOwnerEnsure(ctx: ServiceContext): Promise<UserTable> {
  const db = ctx.store.db;
  let owner = await userFirst(db);
  if (!owner) {
    owner = {
      id: randomUUID(),
      email: null,
      email_key: null,
      name: "Owner",
      password_hash: null,
      oidc_issuer: null,
      oidc_subject: null,
      created_at: ctx.now().toISOString(),
    };
    await userCreate(db, owner);
  }
  const now = ctx.now().toISOString();
  for (const ws of await workspacesAll(db)) {
    const owners = await db
      .selectFrom("workspace_members")
      .select("user_id")
      .where("workspace_id", "=", ws.id)
      .where("role", "=", "owner")
      .execute();
    if (owners.length === 0)
      await memberPut(db, {
        workspace_id: ws.id,
        user_id: owner.id,
        role: "owner",
        organisation_id: null,
        created_at: now,
      });
  }
  await db
    .updateTable("access_tokens")
    .set({ user_id: owner.id, role: "owner" })
    .where("kind", "=", "api")
    .where("user_id", "is", null)
    .execute();
  return owner;
}

/** The account whose email and password these are, or null — equally slow either way. */
export async function signIn(
  ctx: ServiceContext,
  email: string,
  password: string,
): Promise<UserTable | null> {
  const user = await userByEmail(ctx.store.db, email);
  if (!user?.password_hash) {
    await passwordVerifyNobody(password);
    return null;
  }
  return (await passwordVerify(user.password_hash, password)) ? user : null;
}

/** Sets a new password and ends every other session of the user. */
export async function passwordChange(
  ctx: ServiceContext,
  userId: string,
  input: { current?: string | undefined; password: string },
  keepSessionHash?: string,
): Promise<void> {
  const user = await userGet(ctx.store.db, userId);
  if (!user) throw notFound("There is no such account");
  if (user.password_hash && !(await passwordVerify(user.password_hash, input.current ?? "")))
    throw invalid("The current password is not right", [
      { path: "$.current", message: "is not your current password" },
    ]);
  await userUpdate(ctx.store.db, userId, {
    password_hash: await checkedHash(input.password, user),
  });
  await sessionsEndAll(ctx, userId, keepSessionHash);
}

/** Changes a user's name or email (an email another account has is refused). */
export async function accountUpdate(
  ctx: ServiceContext,
  userId: string,
  input: { name?: string | undefined; email?: string | undefined },
): Promise<void> {
  const changes: Partial<UserTable> = {};
  if (input.name !== undefined) {
    const name = input.name.trim();
    if (!name || name.length > 200)
      throw invalid("The name is not valid", [
        { path: "$.name", message: "must have 1 to 200 characters" },
      ]);
    changes.name = name;
  }
  if (input.email !== undefined) {
    const email = emailOf(input.email);
    const other = await userByEmail(ctx.store.db, email);
    if (other && other.id !== userId) throw conflict(`There is already an account for ${email}`);
    changes.email = email;
    changes.email_key = email.toLowerCase();
  }
  if (Object.keys(changes).length > 0) await userUpdate(ctx.store.db, userId, changes);
}

/** What `GET /api/v1/me` answers for a signed-in actor. */
export async function meOf(ctx: ServiceContext, actor: Actor): Promise<Me> {
  const user = actor.userId ? await userGet(ctx.store.db, actor.userId) : null;
  const first = await userFirst(ctx.store.db);
  const rows = user
    ? await membershipsOfUser(ctx.store.db, user.id)
    : await workspacesAll(ctx.store.db);
  const workspaces = [];
  const simulated = await workspacesSimulated(ctx.store.db);
  for (const row of rows) {
    const id = "workspace_id" in row ? row.workspace_id : row.id;
    // The membership rows carry the role already: one query for all workspaces, not one each.
    const role = roleGiven(actor, id, "role" in row ? (row.role as WorkspaceRole) : null);
    if (role)
      // Only simulated workspaces carry the marker, so a real workspace's entry is as before.
      workspaces.push({
        slug: row.slug,
        name: row.name,
        role,
        ...(simulated.has(id) ? { simulated: true } : {}),
      });
  }
  return {
    id: user?.id ?? "operator",
    email: user?.email ?? null,
    name: user?.name ?? "Operator",
    hasPassword: Boolean(user?.password_hash),
    needsSetup: Boolean(user && first?.id === user.id && !user.email && !user.password_hash),
    via: actor.kind === "user" ? "session" : "token",
    workspaces,
  };
}
