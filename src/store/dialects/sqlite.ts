import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../schema.ts";
import type { DialectAdapter } from "./adapter.ts";
import { createSqliteDeleteIn, createSqliteInsert } from "./sqlite-insert.ts";
import { readingSqliteDialect } from "./sqlite-read-driver.ts";
import {
  beginImmediate,
  STATEMENT_BUSY_MS,
  WaitingSqliteDialect,
  WRITE_WAIT_MS,
} from "./sqlite-wait.ts";

/** An open SQLite database: Kysely, the adapter, and `exclusive` for work at open (migrations). */
export interface OpenSqlite {
  db: Kysely<Database>;
  adapter: DialectAdapter;
  /**
   * Runs `work` inside BEGIN IMMEDIATE … COMMIT on the writer (rolled back on a throw), so no other
   * process interleaves; only while nothing else uses `db` (at open).
   */
  exclusive: <T>(work: (db: Kysely<Database>) => Promise<T>) => Promise<T>;
}

/**
 * Opens (creating if needed) an SQLite file with WAL and foreign keys on; ':memory:' for tests.
 * Several processes may write one file: a transaction waits for another's write lock (see
 * sqlite-wait.ts), a statement outside a transaction up to STATEMENT_BUSY_MS.
 */
export function openSqlite(path: string): OpenSqlite {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path, { timeout: STATEMENT_BUSY_MS });
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Reads outside transactions get their own connection, so a long import does not hold them up.
  const dialect =
    path === ":memory:"
      ? new WaitingSqliteDialect(sqlite)
      : readingSqliteDialect(sqlite, new SQLite(path, { readonly: true, timeout: 1000 }));
  const db = new Kysely<Database>({ dialect });
  return { db, adapter: sqliteAdapter(path, sqlite), exclusive: exclusiveOn(sqlite) };
}

function exclusiveOn(sqlite: SQLite.Database): OpenSqlite["exclusive"] {
  return async (work) => {
    // Its own Kysely on the writer, so every statement (reads too) runs inside the transaction;
    // not destroyed, since that would close the shared connection.
    const own = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    await beginImmediate(sqlite, WRITE_WAIT_MS);
    try {
      const result = await work(own);
      sqlite.exec("commit");
      return result;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("rollback");
      throw error;
    }
  };
}

function sqliteAdapter(path: string, sqlite: SQLite.Database): DialectAdapter {
  return {
    name: "sqlite",
    description: `SQLite file ${path}`,
    // better-sqlite3 reports constraint failures through `code` (SQLITE_CONSTRAINT_*).
    constraintOf(error) {
      const code = (error as { code?: string }).code ?? "";
      if (code === "SQLITE_CONSTRAINT_FOREIGNKEY") return "foreign_key";
      if (code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE")
        return "unique";
      return null;
    },
    // SQLite allows 32,766 bound parameters per statement.
    maxParameters: 32_000,
    insertMany: createSqliteInsert(sqlite),
    deleteIn: createSqliteDeleteIn(sqlite),
    // Statements run in-process and synchronously: nothing to gain by holding them back.
    held: async (_db, write) => {
      await write();
      return async () => {};
    },
  };
}
