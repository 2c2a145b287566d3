import type { Kysely } from "kysely";
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
  db: Kysely<any>,
  table: string,
  rows: InsertRows,
  maxParameters: number,
  conflict?: ConflictUpdate,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length;
  for (const chunk of chunksOf(rows, columns, maxParameters)) {
    let query = db.insertInto(table).values(chunk as Record<string, unknown>[]);
    if (conflict)
      query = query.onConflict((oc) =>
        oc
          .columns(conflict.keys as string[])
          .doUpdateSet(
            Object.fromEntries(
              conflict.update.map((c) => [c, (eb: any) => eb.ref(`excluded.${c}`)]),
            ),
          ),
      );
    await query.execute();
  }
}
