import pg from "pg";
import { openStore, type Store } from "../../src/store/index.ts";

/** A way to open a fresh, empty, migrated store on one dialect. */
export interface StoreFactory {
  name: "sqlite" | "postgres";
  open: () => Promise<Store>;
}

/** The PostgreSQL URL for tests: PARTNERSCOPE_TEST_DATABASE_URL. */
export const POSTGRES_URL = process.env.PARTNERSCOPE_TEST_DATABASE_URL;

if (!POSTGRES_URL) {
  if (process.env.CI)
    throw new Error(
      "CI must set PARTNERSCOPE_TEST_DATABASE_URL so the store suite runs on PostgreSQL",
    );
  console.warn(
    "store suite: PARTNERSCOPE_TEST_DATABASE_URL is not set, so the PostgreSQL half is skipped (SQLite runs). Set it to postgres://user:pass@127.0.0.1/db to run both.",
  );
}

async function resetPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("drop schema if exists public cascade; create schema public;");
  } finally {
    await client.end();
  }
}

/** SQLite in memory always; PostgreSQL when a test database URL is configured. */
export const STORE_FACTORIES: StoreFactory[] = [
  { name: "sqlite", open: () => openStore({ databaseUrl: ":memory:" }) },
  ...(POSTGRES_URL
    ? [
        {
          name: "postgres" as const,
          open: async () => {
            await resetPostgres(POSTGRES_URL);
            return openStore({ databaseUrl: POSTGRES_URL });
          },
        },
      ]
    : []),
];
