/**
 * The database's own write rate for the rows an import wrote: every row of every table in the
 * import's database is written again, into a fresh database with the same schema and indexes
 * (migrated by openStore), with plain statements in one transaction — one prepared INSERT per row
 * on SQLite (better-sqlite3), multi-row INSERTs of up to 1,000 rows on PostgreSQL (pg). Tables go
 * parents first (foreign keys stay on); rows seeded by the migrations are cleared first, untimed.
 * Reading the source rows is part of the copy, so a read-only pass is timed too and reported.
 */
import SQLite from "better-sqlite3";
import pg from "pg";
import { openStore } from "../src/store/index.ts";

/** Rows written, seconds for read + write, and seconds for reading alone. */
export interface Floor {
  rows: number;
  seconds: number;
  readSeconds: number;
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
  return { rows, seconds, readSeconds };
}

/** Text in, text out: values are copied as PostgreSQL prints them, with no JavaScript types. */
const asText = { getTypeParser: () => (value: string) => value };

/** PostgreSQL: copies every table of the `source` database into the fresh database `target`. */
export async function postgresFloor(source: string, target: string): Promise<Floor> {
  await migrated({ databaseUrl: target });
  const from = new pg.Client({ connectionString: source, types: asText });
  const to = new pg.Client({ connectionString: target });
  await from.connect();
  await to.connect();
  try {
    const names = (
      await from.query(
        "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
      )
    ).rows.map((r) => r.table_name as string);
    const fks = (
      await from.query(`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
        from pg_constraint c where c.contype = 'f'`)
    ).rows as { child: string; parent: string }[];
    const strip = (s: string) => s.replace(/^public\./, "").replace(/"/g, "");
    const parents = (t: string) =>
      fks.filter((f) => strip(f.child) === t).map((f) => strip(f.parent));
    const tables = parentsFirst(names, parents);
    for (const t of [...tables].reverse()) {
      const seeded = await to.query(`select 1 from "${t}" limit 1`);
      if (seeded.rows.length > 0) await to.query(`delete from "${t}"`);
    }
    let start = performance.now();
    await eachBatch(from, tables, async () => {});
    const readSeconds = (performance.now() - start) / 1000;
    let rows = 0;
    start = performance.now();
    await to.query("begin");
    await eachBatch(from, tables, async (t, columns, batch) => {
      const width = columns.length;
      const values = batch.map(
        (_, r) => `(${columns.map((_c, c) => `$${r * width + c + 1}`).join(", ")})`,
      );
      const names = columns.map((c) => `"${c}"`).join(", ");
      await to.query(`insert into "${t}" (${names}) values ${values.join(", ")}`, batch.flat());
      rows += batch.length;
    });
    await to.query("commit");
    return { rows, seconds: (performance.now() - start) / 1000, readSeconds };
  } finally {
    await from.end();
    await to.end();
  }
}

/** Reads each table through a server-side cursor, in batches small enough for one INSERT. */
async function eachBatch(
  client: pg.Client,
  tables: string[],
  sink: (table: string, columns: string[], batch: unknown[][]) => Promise<void>,
): Promise<void> {
  for (const t of tables) {
    const shape = await client.query({ text: `select * from "${t}" limit 0`, rowMode: "array" });
    const columns = shape.fields.map((f) => f.name);
    const size = Math.min(1000, Math.floor(65_000 / columns.length));
    await client.query("begin");
    await client.query(`declare rows no scroll cursor for select * from "${t}"`);
    for (;;) {
      const batch = await client.query({ text: `fetch ${size} from rows`, rowMode: "array" });
      if (batch.rows.length > 0) await sink(t, columns, batch.rows);
      if (batch.rows.length < size) break;
    }
    await client.query("commit");
  }
}
