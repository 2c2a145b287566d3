import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../schema.ts";
import type { DialectAdapter } from "./adapter.ts";
import { deleteAny, held, insertUnnest } from "./postgres-insert.ts";

// COUNT(*) and other int8 values arrive as strings by default; our counts fit in a double.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/** Connects to PostgreSQL at `url` (postgres://user:password@host:port/database). */
export function openPostgres(url: string): { db: Kysely<Database>; adapter: DialectAdapter } {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  return {
    db,
    adapter: {
      name: "postgres",
      description: `PostgreSQL ${safeUrl}`,
      // SQLSTATE 23503 foreign_key_violation, 23505 unique_violation.
      constraintOf(error) {
        const code = (error as { code?: string }).code;
        if (code === "23503") return "foreign_key";
        if (code === "23505") return "unique";
        return null;
      },
      // The wire protocol allows 65,535 parameters per statement.
      maxParameters: 60_000,
      insertMany: insertUnnest,
      deleteIn: deleteAny,
      held,
    },
  };
}
