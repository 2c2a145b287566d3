import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { DialectAdapter } from "./adapter.ts";
import { createSqliteDeleteIn, createSqliteInsert } from "./sqlite-insert.ts";
import { readingSqliteDialect } from "./sqlite-read-driver.ts";
import { STATEMENT_BUSY_MS, WaitingSqliteDialect } from "./sqlite-wait.ts";

/**
 * Opens (creating if needed) an SQLite file with WAL and foreign keys on; ':memory:' for tests.
 * Several processes may write one file: a transaction waits for another's write lock (see
 * sqlite-wait.ts), a statement outside a transaction up to STATEMENT_BUSY_MS.
 */
export function openSqlite(path: string): { db: Kysely<Database>; adapter: DialectAdapter } {
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
  return { db, adapter: sqliteAdapter(path, sqlite) };
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
