import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { ConflictUpdate, InsertRows } from "./adapter.ts";

/** Splits rows into chunks small enough for one INSERT with `maxParameters` bound values. */
export function chunksOf<T>(rows: readonly T[], columns: number, maxParameters: number): T[][] {
  const size = Math.max(1, Math.floor(maxParameters / columns));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/** Multi-row INSERT statements through Kysely, as many rows per statement as the dialect allows. */
export async function insertChunked(
  db: Kysely<Database>,
  table: string,
  rows: InsertRows,
  maxParameters: number,
  conflict?: ConflictUpdate,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length;
  // The table is chosen at run time, so the query is built on an untyped view of the database.
  const untyped = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  for (const chunk of chunksOf(rows, columns, maxParameters)) {
    let query = untyped.insertInto(table).values(chunk as Record<string, unknown>[]);
    if (conflict)
      query = query.onConflict((oc) =>
        oc
          .columns([...conflict.keys])
          .doUpdateSet((eb) =>
            Object.fromEntries(conflict.update.map((c) => [c, eb.ref(`excluded.${c}`)])),
          ),
      );
    await query.execute();
  }
}
