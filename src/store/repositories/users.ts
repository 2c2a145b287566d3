import type { Kysely } from "kysely";
import type { Database, UserTable } from "../schema.ts";

type Db = Kysely<Database>;

/** Stores a new user. */
export async function userCreate(db: Db, user: UserTable): Promise<void> {
  await db.insertInto("users").values(user).execute();
}

/** The user with this id, or null. */
export async function userGet(db: Db, id: string): Promise<UserTable | null> {
  return (await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}

/** The user with this email (any case), or null. */
export async function userByEmail(db: Db, email: string): Promise<UserTable | null> {
  const key = email.trim().toLowerCase();
  const row = await db
    .selectFrom("users")
    .selectAll()
    .where("email_key", "=", key)
    .executeTakeFirst();
  return row ?? null;
}

/** The user signed in by this OpenID issuer and subject, or null. */
export async function userByOidc(
  db: Db,
  issuer: string,
  subject: string,
): Promise<UserTable | null> {
  const row = await db
    .selectFrom("users")
    .selectAll()
    .where("oidc_issuer", "=", issuer)
    .where("oidc_subject", "=", subject)
    .executeTakeFirst();
  return row ?? null;
}

/** The first user ever created (the install's first owner), or null before there is one. */
export async function userFirst(db: Db): Promise<UserTable | null> {
  const row = await db
    .selectFrom("users")
    .selectAll()
    .orderBy("created_at")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** Changes some of a user's fields. */
export async function userUpdate(
  db: Db,
  id: string,
  changes: Partial<Omit<UserTable, "id" | "created_at">>,
): Promise<void> {
  await db.updateTable("users").set(changes).where("id", "=", id).execute();
}

/** How many users there are. */
export async function usersCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select(({ fn }) => fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
