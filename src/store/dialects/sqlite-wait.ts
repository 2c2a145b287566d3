import type SQLite from "better-sqlite3";
import { type DatabaseConnection, SqliteDialect, SqliteDriver } from "kysely";

/** How long a transaction waits for another process's write to finish (a large import takes minutes). */
export const WRITE_WAIT_MS = 10 * 60_000;

/** How long one statement outside a transaction may wait for the lock, blocking the thread. */
export const STATEMENT_BUSY_MS = 5000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a write transaction with BEGIN IMMEDIATE, waiting for another process's write lock
 * asynchronously (polling with the busy handler off) so a server's event loop keeps turning.
 * IMMEDIATE takes the write lock at once: a deferred BEGIN that reads first fails with 'database is
 * locked' (SQLITE_BUSY_SNAPSHOT, which no busy timeout retries) when another writer commits meanwhile.
 */
export async function beginImmediate(
  sqlite: SQLite.Database,
  waitMs = WRITE_WAIT_MS,
): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
    sqlite.pragma("busy_timeout = 0");
    try {
      sqlite.exec("begin immediate");
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
      if (Date.now() >= deadline)
        throw new Error(
          `the database ${sqlite.name} is busy: another process has been writing to it for over ${Math.round(waitMs / 1000)} s (nothing was written; try again when it has finished)`,
        );
    } finally {
      sqlite.pragma(`busy_timeout = ${STATEMENT_BUSY_MS}`);
    }
    await sleep(delay);
  }
}

/** Kysely's SQLite driver, with transactions begun by `beginImmediate`. */
export class WaitingSqliteDriver extends SqliteDriver {
  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly waitMs = WRITE_WAIT_MS,
  ) {
    super({ database: sqlite });
  }

  override async beginTransaction(_connection: DatabaseConnection): Promise<void> {
    await beginImmediate(this.sqlite, this.waitMs);
  }
}

/** Kysely's SQLite dialect whose transactions wait for other processes' writes (see `beginImmediate`). */
export class WaitingSqliteDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly waitMs = WRITE_WAIT_MS,
  ) {
    super({ database: sqlite });
  }

  override createDriver(): SqliteDriver {
    return new WaitingSqliteDriver(this.sqlite, this.waitMs);
  }
}
