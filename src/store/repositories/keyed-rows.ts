import type { Kysely, Selectable } from "kysely";
import type { Database } from "../schema.ts";

type Db = Kysely<Database>;

/**
 * The stored-document tables keyed by `(workspace_id, id)` whose list, read, upsert and delete are
 * the same statements; each repository keeps only its own row mapping.
 */
export type KeyedTable =
  | "appraisals"
  | "coproduction_projects"
  | "outcome_frameworks"
  | "pbr_models"
  | "proxies"
  | "value_maps";

/** A table's row as read. */
export type KeyedRow<T extends KeyedTable> = Selectable<Database[T]>;

// Kysely cannot narrow column names over a union of tables; every name used below exists in each.
const loose = (db: Db) =>
  db as unknown as Kysely<Record<KeyedTable, { workspace_id: number; id: string }>>;

/** Every row of a workspace in `table`, by id. */
export async function keyedAll<T extends KeyedTable>(
  db: Db,
  table: T,
  workspaceId: number,
): Promise<KeyedRow<T>[]> {
  const rows = await loose(db)
    .selectFrom(table as KeyedTable)
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return rows as unknown as KeyedRow<T>[];
}

/** One row of `table`, or null. */
export async function keyedGet<T extends KeyedTable>(
  db: Db,
  table: T,
  workspaceId: number,
  id: string,
): Promise<KeyedRow<T> | null> {
  const row = await loose(db)
    .selectFrom(table as KeyedTable)
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return (row as unknown as KeyedRow<T> | undefined) ?? null;
}

/**
 * Inserts `row` or, when its `(workspace_id, id)` exists, sets the columns named in `changes`
 * (so the creator and creation time are kept on replace).
 */
export async function keyedPut<T extends KeyedTable>(
  db: Db,
  table: T,
  row: Database[T],
  changes: Partial<Database[T]>,
): Promise<void> {
  await loose(db)
    .insertInto(table as KeyedTable)
    .values(row as unknown as { workspace_id: number; id: string })
    .onConflict((oc) => oc.columns(["workspace_id", "id"]).doUpdateSet(changes as never))
    .execute();
}

/** Deletes one row of `table` (and what cascades from it); returns whether it existed. */
export async function keyedDelete(
  db: Db,
  table: KeyedTable,
  workspaceId: number,
  id: string,
): Promise<boolean> {
  const result = await loose(db)
    .deleteFrom(table)
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
