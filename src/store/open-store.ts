import { join } from "node:path";
import type { Kysely } from "kysely";
import type { DialectAdapter } from "./dialects/adapter.ts";
import { openPostgres } from "./dialects/postgres.ts";
import { openSqlite } from "./dialects/sqlite.ts";
import { migrateToLatest } from "./migrate.ts";
import type { Database } from "./schema.ts";

/** An open database with its dialect adapter. */
export interface Store {
  db: Kysely<Database>;
  adapter: DialectAdapter;
  close: () => Promise<void>;
}

/** Where the data lives: a PostgreSQL URL, or an SQLite file in a data folder. */
export interface StoreOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** Run migrations on open (default true). */
  migrate?: boolean;
}

/** Opens PostgreSQL when `databaseUrl` is postgres://…, else SQLite at dataDir/partnerscope.db. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const url = options.databaseUrl;
  const { db, adapter } =
    url && /^postgres(ql)?:\/\//.test(url)
      ? openPostgres(url)
      : openSqlite(url === ":memory:" ? url : join(options.dataDir ?? "data", "partnerscope.db"));
  if (options.migrate !== false) await migrateToLatest(db);
  return { db, adapter, close: () => db.destroy() };
}
