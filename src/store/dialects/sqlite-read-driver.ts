import type SQLite from "better-sqlite3";
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  SelectQueryNode,
  SqliteDialect,
  type SqliteDriver,
  type TransactionSettings,
} from "kysely";
import { type Checkpointer, createCheckpointer } from "./sqlite-checkpoints.ts";
import { WaitingSqliteDriver } from "./sqlite-wait.ts";

/** A connection handed to Kysely: plain reads go to the reader; the rest to the one writer. */
class RoutedConnection implements DatabaseConnection {
  /** The writer's connection while this one runs a transaction. */
  writer: DatabaseConnection | null = null;
  constructor(private readonly driver: ReadingSqliteDriver) {}
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.run<R>(this, query);
  }
  async *streamQuery<R>(
    query: CompiledQuery,
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    if (this.writer) yield* this.writer.streamQuery<R>(query, chunkSize);
    else yield* this.driver.stream<R>(query, chunkSize);
  }
}

/**
 * Kysely's SQLite driver runs everything on one connection, and a transaction holds it until it
 * commits: while an import writes (one transaction, seconds to minutes) every other request —
 * even the session lookup of `GET /api/v1/me` — would wait for the whole import. This driver
 * keeps that connection (and its queue) for writes and transactions, but answers a SELECT made
 * outside a transaction from a second, read-only connection: in WAL mode it reads the last
 * committed state while the writer's transaction is open, without waiting and without blocking it.
 */
class ReadingSqliteDriver implements Driver {
  private readonly writer: SqliteDriver;
  constructor(
    database: SQLite.Database,
    private readonly reader: SQLite.Database,
    private readonly checkpoints: Checkpointer,
  ) {
    this.writer = new WaitingSqliteDriver(database);
  }
  init = () => this.writer.init();
  acquireConnection = async (): Promise<DatabaseConnection> => new RoutedConnection(this);

  /** A query outside a transaction: a SELECT reads at once; anything else queues for the writer. */
  async run<R>(connection: RoutedConnection, query: CompiledQuery): Promise<QueryResult<R>> {
    if (connection.writer) return connection.writer.executeQuery<R>(query);
    if (SelectQueryNode.is(query.query))
      return { rows: this.reader.prepare(query.sql).all(query.parameters) as R[] };
    const writer = await this.writer.acquireConnection();
    try {
      return await writer.executeQuery<R>(query);
    } finally {
      await this.writer.releaseConnection();
      void this.checkpoints.request();
    }
  }

  async *stream<R>(
    query: CompiledQuery,
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    if (SelectQueryNode.is(query.query)) {
      for (const row of this.reader.prepare(query.sql).iterate(query.parameters))
        yield { rows: [row as R] };
      return;
    }
    const writer = await this.writer.acquireConnection();
    try {
      yield* writer.streamQuery<R>(query, chunkSize);
    } finally {
      await this.writer.releaseConnection();
    }
  }

  // SQLite has no isolation levels or access modes to set: `begin` is all there is.
  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings) {
    const routed = connection as RoutedConnection;
    const writer = await this.writer.acquireConnection();
    try {
      await this.writer.beginTransaction(writer);
    } catch (error) {
      await this.writer.releaseConnection();
      throw error;
    }
    routed.writer = writer;
  }

  async commitTransaction(connection: DatabaseConnection) {
    // A failed commit is followed by Kysely's rollback, which lets the writer go.
    await this.writer.commitTransaction(this.held(connection));
    await this.letGo(connection);
    void this.checkpoints.request();
  }

  async rollbackTransaction(connection: DatabaseConnection) {
    try {
      await this.writer.rollbackTransaction(this.held(connection));
    } finally {
      await this.letGo(connection);
    }
  }

  savepoint = (c: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) =>
    this.writer.savepoint(this.held(c), name, compile);
  rollbackToSavepoint = (
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler["compileQuery"],
  ) => this.writer.rollbackToSavepoint(this.held(c), name, compile);
  releaseSavepoint = (
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler["compileQuery"],
  ) => this.writer.releaseSavepoint(this.held(c), name, compile);

  /** Never leaves the writer held by a connection Kysely is done with. */
  releaseConnection = (connection: DatabaseConnection) => this.letGo(connection);

  async destroy() {
    // The writer closes last, so that SQLite checkpoints what is left and removes the log.
    await this.checkpoints.close();
    this.reader.close();
    await this.writer.destroy();
  }

  private held(connection: DatabaseConnection): DatabaseConnection {
    const writer = (connection as RoutedConnection).writer;
    if (!writer) throw new Error("no transaction is open on this connection");
    return writer;
  }

  private async letGo(connection: DatabaseConnection) {
    const routed = connection as RoutedConnection;
    if (!routed.writer) return;
    routed.writer = null;
    await this.writer.releaseConnection();
  }
}

/**
 * Kysely's SQLite dialect with reads outside transactions served by a read-only connection to
 * the same file (see ReadingSqliteDriver), and the write-ahead log checkpointed by a worker thread
 * (see sqlite-checkpoints.ts) rather than inside the COMMIT that fills it. The file must be in WAL mode.
 * @example new Kysely<Database>({ dialect: readingSqliteDialect(sqlite, reader) })
 */
export function readingSqliteDialect(database: SQLite.Database, reader: SQLite.Database) {
  database.pragma("wal_autocheckpoint = 0");
  const checkpoints = createCheckpointer(database.name);
  return new (class extends SqliteDialect {
    override createDriver(): Driver {
      return new ReadingSqliteDriver(database, reader, checkpoints);
    }
  })({ database });
}
