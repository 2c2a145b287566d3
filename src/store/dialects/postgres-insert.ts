import { CompiledQuery, type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";
import type { ConflictUpdate, DeleteIn, Held, InsertMany, InsertRows } from "./adapter.ts";
import { sqlArrayLiteral, sqlColumnLiteral, sqlConstantOf } from "./postgres-literal.ts";

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Rows per statement: each column travels as one array parameter, so the limit is size, not count. */
const ROWS_PER_STATEMENT = 10_000;

/** Column → SQL type of each table (read once from the catalogue; the schema is ours and fixed). */
const typesByTable = new Map<string, Promise<Map<string, string>>>();

async function columnTypesOf(db: Kysely<Database>, table: string): Promise<Map<string, string>> {
  let types = typesByTable.get(table);
  if (!types) {
    types = sql<{ name: string; type: string }>`
      select a.attname as name, format_type(a.atttypid, a.atttypmod) as type
      from pg_attribute a
      where a.attrelid = to_regclass(${quote(table)}) and a.attnum > 0 and not a.attisdropped`
      .execute(db)
      .then((r) => new Map(r.rows.map((c) => [c.name, c.type])));
    // A failed lookup is not kept: the next call asks again.
    types.catch(() => typesByTable.delete(table));
    typesByTable.set(table, types);
  }
  return types;
}

/**
 * Statements queued per connection or transaction while `held` runs: sent at its end as one
 * multi-statement query (the simple query protocol), so the server runs them back to back.
 */
const queues = new WeakMap<object, string[]>();

/**
 * Runs `write` with the inserts and deletes it makes through this adapter on `db` held back —
 * queued, their values written into the statements as array literals — and returns `send`, which
 * sends them in one round trip, in order. A caller can so compose a chunk's write while the
 * server still works on the previous one, and the server then runs a whole chunk back to back
 * instead of waiting between statements for this process to turn its event loop. Nothing is sent
 * if `write` throws. Reads made meanwhile (through Kysely) run at once: `write` must not read
 * what it writes.
 */
export const held: Held = async (db, write) => {
  if (queues.has(db)) throw new Error("Writes are already being held on this connection");
  const queue: string[] = [];
  queues.set(db, queue);
  try {
    await write();
  } finally {
    queues.delete(db);
  }
  const text = queue.join(";\n");
  // No parameters: node-postgres uses the simple query protocol, which allows several statements.
  return async () => {
    if (text !== "") await db.executeQuery(CompiledQuery.raw(text, []));
  };
};

/** Runs a parameterless statement now, or queues it while `held` runs on `db`. */
async function run(db: Kysely<Database>, text: string): Promise<void> {
  const queue = queues.get(db);
  if (queue) queue.push(text);
  else await db.executeQuery(CompiledQuery.raw(text, []));
}

/** The last count of inserted rows at which a table is analysed (the first is 1,000). */
const ANALYSE_UNTIL = 10_000;

/** Rows inserted per table through each connection or transaction, and the next count to analyse at. */
const inserted = new WeakMap<object, Map<string, { rows: number; next: number }>>();

/**
 * Refreshes the planner's statistics of a table a transaction is filling, when the rows it
 * inserted reach 1,000 and again 10,000. PostgreSQL plans each foreign-key check once per session
 * and keeps the plan: planned while the parent table was empty (a new or just-vacuumed database), a
 * check reads the whole table for every row checked, and a large import slows down quadratically
 * (200,000 OCDS releases after a vacuum: not done after 120 s, against 33 s). ANALYZE inside the
 * transaction counts its own uncommitted rows, and the new statistics make PostgreSQL plan the
 * checks again, with the index. From 10,000 rows on every plan already uses the indexes, and a
 * further ANALYZE of a large table (a 30,000-row sample) would cost time and change nothing.
 */
async function analyseAsItGrows(db: Kysely<Database>, table: string, rows: number): Promise<void> {
  let tables = inserted.get(db);
  if (!tables) {
    tables = new Map();
    inserted.set(db, tables);
  }
  const count = tables.get(table) ?? { rows: 0, next: 1_000 };
  count.rows += rows;
  tables.set(table, count);
  if (count.rows < count.next) return;
  count.next = count.rows < ANALYSE_UNTIL ? ANALYSE_UNTIL : Number.POSITIVE_INFINITY;
  await run(db, `analyze ${quote(table)}`);
}

/**
 * Inserts rows as `INSERT … SELECT * FROM unnest($1::type[], $2::type[], …)`: one array parameter
 * per column, so a statement carries thousands of rows with a handful of parameters and PostgreSQL
 * parses and plans it once — several times faster than multi-row VALUES lists of 60,000 parameters
 * built through Kysely. Runs inside whatever transaction `db` is in. While writes are held on `db`
 * (`held`), the statement is queued instead, its arrays written in as literals (`heldInsertOf`).
 */
export const insertUnnest: InsertMany = async (db, table, typedRows, conflict) => {
  const rows = typedRows as InsertRows;
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const types = await columnTypesOf(db, table);
  const casts = columns.map((c, i) => {
    const type = types.get(c);
    if (!type) throw new Error(`Table ${table} has no column ${c}`);
    return `$${i + 1}::${type}[]`;
  });
  const head = `insert into ${quote(table)} (${columns.map(quote).join(", ")}) select * from unnest(`;
  const tail = `)${onConflictOf(conflict)}`;
  const queue = queues.get(db);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    if (queue) {
      queue.push(heldInsertOf(table, columns, types, chunk, onConflictOf(conflict)));
      continue;
    }
    const parameters = columns.map((c) => chunk.map((row) => row[c] ?? null));
    await db.executeQuery(CompiledQuery.raw(head + casts.join(", ") + tail, parameters));
  }
  await analyseAsItGrows(db, table, rows.length);
};

/** Whether every row holds the same value (by `===`, so NULL and numbers and text) in `column`. */
const isConstant = (rows: InsertRows, column: string) => {
  const first = rows[0]![column] ?? null;
  return rows.every((row) => (row[column] ?? null) === first);
};

/**
 * One held INSERT with its values written in: a column whose rows all hold the same value (the
 * workspace, the batch, the source file …) is written once as a constant, the others as arrays —
 * `insert into t (a, b) select 7, u."b" from unnest(E'{…}'::text[]) as u("b")`.
 */
function heldInsertOf(
  table: string,
  columns: string[],
  types: Map<string, string>,
  rows: InsertRows,
  onConflict: string,
): string {
  // One column stays an array even if constant: unnest gives the statement its number of rows.
  const varying = columns.filter((c, i) => i === 0 || !isConstant(rows, c));
  const selected = columns.map((c) =>
    varying.includes(c) ? `u.${quote(c)}` : sqlConstantOf(rows[0]![c], types.get(c)!),
  );
  const arrays = varying.map((c) => sqlColumnLiteral(rows, (row) => row[c], types.get(c)!));
  return `insert into ${quote(table)} (${columns.map(quote).join(", ")}) select ${selected.join(", ")} from unnest(${arrays.join(", ")}) as u(${varying.map(quote).join(", ")})${onConflict}`;
}

function onConflictOf(conflict: ConflictUpdate | undefined): string {
  if (!conflict) return "";
  const set = conflict.update.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(", ");
  return ` on conflict (${conflict.keys.map(quote).join(", ")}) do update set ${set}`;
}

/** Deletes by a list of ids passed as one text array (`= any($2)`), inside `db`'s transaction. */
export const deleteAny: DeleteIn = async (db, table, workspaceId, column, ids) => {
  if (ids.length === 0) return;
  const where = `delete from ${quote(table)} where "workspace_id" = `;
  if (queues.has(db)) {
    if (!Number.isSafeInteger(workspaceId)) throw new Error(`Not a workspace id: ${workspaceId}`);
    await run(
      db,
      `${where}${workspaceId} and ${quote(column)} = any(${sqlArrayLiteral(ids, "text")})`,
    );
  } else {
    const text = `${where}$1 and ${quote(column)} = any($2::text[])`;
    await db.executeQuery(CompiledQuery.raw(text, [workspaceId, ids]));
  }
};
