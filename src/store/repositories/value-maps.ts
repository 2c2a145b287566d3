import type { Kysely } from "kysely";
import type { Database, ValueMapTable } from "../schema.ts";

type Db = Kysely<Database>;

/** A stored value map: its document (parsed JSON, validated by the service that wrote it). */
export interface ValueMapRecord {
  id: string;
  title: string;
  document: unknown;
  createdAt: string;
  updatedAt: string;
  /** The user who created it; kept by every later update. */
  createdBy: string | null;
}

function fromRow(r: ValueMapTable): ValueMapRecord {
  return {
    id: r.id,
    title: r.title,
    document: JSON.parse(r.document),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}

/** Every value map of a workspace, by id. */
export async function valueMapsAll(db: Db, workspaceId: number): Promise<ValueMapRecord[]> {
  const rows = await db
    .selectFrom("value_maps")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return rows.map(fromRow);
}

/** One value map, or null. */
export async function valueMapGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<ValueMapRecord | null> {
  const row = await db
    .selectFrom("value_maps")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** Inserts or replaces a value map; its creator and creation time are kept on replace. */
export async function valueMapPut(db: Db, workspaceId: number, map: ValueMapRecord): Promise<void> {
  const document = JSON.stringify(map.document);
  await db
    .insertInto("value_maps")
    .values({
      workspace_id: workspaceId,
      id: map.id,
      title: map.title,
      document,
      created_at: map.createdAt,
      updated_at: map.updatedAt,
      created_by: map.createdBy,
    })
    .onConflict((oc) =>
      oc
        .columns(["workspace_id", "id"])
        .doUpdateSet({ title: map.title, document, updated_at: map.updatedAt }),
    )
    .execute();
}

/** Deletes a value map; returns whether it existed. */
export async function valueMapDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("value_maps")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
