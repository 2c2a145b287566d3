/**
 * The database's own write rate for the rows an import wrote: every row of every table in the
 * import's database is written again, into a fresh database with the same schema and indexes
 * (migrated by openStore), in one transaction, the way each database writes fastest by itself: one
 * prepared INSERT per row on SQLite (better-sqlite3), `COPY … FROM` a file on PostgreSQL (issue 18;
 * the server reads files it was given with `COPY … TO` beforehand, so it needs a superuser or
 * pg_read/write_server_files, and the server on this machine). Tables go parents first (foreign
 * keys stay on); rows seeded by the migrations are cleared first, untimed. On SQLite reading the
 * source rows is part of the timed copy (a read-only pass is timed too and reported); on
 * PostgreSQL only the `COPY … FROM` is timed and the `COPY … TO` is reported as the read.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { openStore } from "../src/store/index.ts";

/** Rows written, seconds for read + write, and seconds for reading alone. */
export interface Floor {
  rows: number;
  seconds: number;
  readSeconds: number;
  /** How the rows were written: prepared INSERTs (SQLite) or COPY from files (PostgreSQL). */
  method: "insert" | "copy";
}

/** Tables ordered so that each comes after the tables its foreign keys point to. */
function parentsFirst(tables: string[], parents: (t: string) => string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const p of parents(t)) if (p !== t && tables.includes(p)) visit(p);
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

async function migrated(options: { dataDir?: string; databaseUrl?: string }): Promise<void> {
  const store = await openStore(options);
  await store.close();
}

/** SQLite: copies every table of `sourceFile` into a fresh database in `dataDir`. */
export async function sqliteFloor(sourceFile: string, dataDir: string): Promise<Floor> {
  await migrated({ dataDir });
  const source = new SQLite(sourceFile, { readonly: true });
  const target = new SQLite(`${dataDir}/partnerscope.db`);
  target.pragma("journal_mode = WAL");
  target.pragma("foreign_keys = ON");
  const names = source
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .pluck()
    .all() as string[];
  const parents = (t: string) =>
    (source.prepare(`pragma foreign_key_list("${t}")`).all() as { table: string }[]).map(
      (r) => r.table,
    );
  const tables = parentsFirst(names, parents);
  for (const t of [...tables].reverse()) target.prepare(`delete from "${t}"`).run();
  let start = performance.now();
  for (const t of tables) for (const _ of source.prepare(`select * from "${t}"`).raw().iterate());
  const readSeconds = (performance.now() - start) / 1000;
  let rows = 0;
  start = performance.now();
  target.transaction(() => {
    for (const t of tables) {
      const read = source.prepare(`select * from "${t}"`).raw();
      const columns = read.columns().map((c) => `"${c.name}"`);
      const write = target.prepare(
        `insert into "${t}" (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})`,
      );
      for (const row of read.iterate()) {
        write.run(row as unknown[]);
        rows++;
      }
    }
  })();
  const seconds = (performance.now() - start) / 1000;
  source.close();
  target.close();
  return { rows, seconds, readSeconds, method: "insert" };
}

/** PostgreSQL: copies every table of the `source` database into the fresh database `target`. */
export async function postgresFloor(source: string, target: string): Promise<Floor> {
  await migrated({ databaseUrl: target });
  const from = new pg.Client({ connectionString: source });
  const to = new pg.Client({ connectionString: target });
  await from.connect();
  await to.connect();
  // Server-side files: the server process reads and writes them, so the directory is open to it.
  const dir = mkdtempSync(join(tmpdir(), "partnerscope-floor-"));
  chmodSync(dir, 0o777);
  try {
    const tables = await tablesParentsFirst(from);
    for (const t of [...tables].reverse()) {
      const seeded = await to.query(`select 1 from "${t}" limit 1`);
      if (seeded.rows.length > 0) await to.query(`delete from "${t}"`);
    }
    const file = (t: string) => `'${join(dir, `${t}.copy`)}'`;
    let start = performance.now();
    for (const t of tables) await from.query(`copy "${t}" to ${file(t)}`);
    const readSeconds = (performance.now() - start) / 1000;
    let rows = 0;
    start = performance.now();
    await to.query("begin");
    for (const t of tables) rows += (await to.query(`copy "${t}" from ${file(t)}`)).rowCount ?? 0;
    await to.query("commit");
    return { rows, seconds: (performance.now() - start) / 1000, readSeconds, method: "copy" };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await from.end();
    await to.end();
  }
}

/** The source's tables, each after the tables its foreign keys point to. */
async function tablesParentsFirst(client: pg.Client): Promise<string[]> {
  const names = (
    await client.query(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    )
  ).rows.map((r) => r.table_name as string);
  const fks = (
    await client.query(`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
      from pg_constraint c where c.contype = 'f'`)
  ).rows as { child: string; parent: string }[];
  const strip = (s: string) => s.replace(/^public\./, "").replace(/"/g, "");
  const parents = (t: string) =>
    fks.filter((f) => strip(f.child) === t).map((f) => strip(f.parent));
  return parentsFirst(names, parents);
}
