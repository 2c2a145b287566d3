import type { Kysely } from "kysely";
import type { Database, ValueMapTable } from "../schema.ts";
import { keyedAll, keyedDelete, keyedGet, keyedPut } from "./keyed-rows.ts";

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
  return (await keyedAll(db, "value_maps", workspaceId)).map(fromRow);
}

/** One value map, or null. */
export async function valueMapGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<ValueMapRecord | null> {
  const row = await keyedGet(db, "value_maps", workspaceId, id);
  return row ? fromRow(row) : null;
}

/** Inserts or replaces a value map; its creator and creation time are kept on replace. */
export async function valueMapPut(db: Db, workspaceId: number, map: ValueMapRecord): Promise<void> {
  const document = JSON.stringify(map.document);
  await keyedPut(
    db,
    "value_maps",
    {
      workspace_id: workspaceId,
      id: map.id,
      title: map.title,
      document,
      created_at: map.createdAt,
      updated_at: map.updatedAt,
      created_by: map.createdBy,
    },
    { title: map.title, document, updated_at: map.updatedAt },
  );
}

/** Deletes a value map; returns whether it existed. */
export async function valueMapDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  return keyedDelete(db, "value_maps", workspaceId, id);
}
