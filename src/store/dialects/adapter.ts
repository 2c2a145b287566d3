import type { Insertable, Kysely } from "kysely";
import type { Database } from "../schema.ts";

/** On a key clash: which columns identify the row and which take the new values. */
export interface ConflictUpdate<C extends string = string> {
  keys: readonly C[];
  update: readonly C[];
}

/** How a repository writes a list of entities. */
export interface UpsertOptions {
  /**
   * None of them is stored yet, and none was written before in this transaction: plain inserts
   * (no key-clash handling) and no link rows to clear first.
   */
  fresh?: boolean;
}

/** Rows to insert into one table, all with the same columns. */
export type InsertRows = readonly Record<string, unknown>[];

/** Inserts rows of one table, typed by the table. */
export type InsertMany = <T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  conflict?: ConflictUpdate<keyof Database[T] & string>,
) => Promise<void>;

/** Deletes the rows of one workspace whose `column` is any of `ids` (a link table's rows of some parents). */
export type DeleteIn = <T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  workspaceId: number,
  column: keyof Database[T] & string,
  ids: readonly string[],
) => Promise<void>;

/** Runs `write` with its inserts and deletes held back; resolves to the function that sends them. */
export type Held = (
  db: Kysely<Database>,
  write: () => Promise<void>,
) => Promise<() => Promise<void>>;

/** What differs between SQLite and PostgreSQL, kept in one small interface. */
export interface DialectAdapter {
  name: "sqlite" | "postgres";
  /** For people: which database this is (no passwords). */
  description: string;
  /** Which constraint a failed statement broke, if any. */
  constraintOf: (error: unknown) => "foreign_key" | "unique" | null;
  /** How many bound parameters one statement may carry. */
  maxParameters: number;
  /**
   * Inserts many rows (updating on a key clash when `conflict` is given) inside whatever
   * transaction `db` is in: the fastest way each dialect has.
   */
  insertMany: InsertMany;
  /**
   * Deletes a workspace's rows by a list of ids in one small statement (a JSON or array
   * parameter, not one parameter per id), inside whatever transaction `db` is in.
   */
  deleteIn: DeleteIn;
  /**
   * Runs `write` with the inserts and deletes it makes through this adapter on `db` held back,
   * and resolves to `send`, which sends them, in order (PostgreSQL: in one round trip). SQLite,
   * in-process and synchronous, runs them as they come and `send` has nothing left to do.
   * `write` must not read back what it writes.
   */
  held: Held;
}
