import pg from "pg";

/** Empties a PostgreSQL test database: our tables and pg-boss's schema (its queued deliveries). */
export async function postgresReset(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      "drop schema if exists pgboss cascade; drop schema if exists public cascade; create schema public;",
    );
  } finally {
    await client.end();
  }
}
