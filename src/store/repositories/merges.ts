import type { Kysely } from "kysely";
import type { Database, MergeTable } from "../schema.ts";

type Db = Kysely<Database>;

/** A recorded merge of one organisation into another, with before- and after-images as JSON. */
export interface MergeRecord {
  id: string;
  survivorId: string;
  mergedId: string;
  createdAt: string;
  before: string;
  after: string;
  undoneAt: string | null;
}

const recordOf = (r: MergeTable): MergeRecord => ({
  id: r.id,
  survivorId: r.survivor_id,
  mergedId: r.merged_id,
  createdAt: r.created_at,
  before: r.before,
  after: r.after,
  undoneAt: r.undone_at,
});

/** Records a merge. */
export async function mergeCreate(db: Db, workspaceId: number, merge: MergeRecord): Promise<void> {
  await db
    .insertInto("merges")
    .values({
      workspace_id: workspaceId,
      id: merge.id,
      survivor_id: merge.survivorId,
      merged_id: merge.mergedId,
      created_at: merge.createdAt,
      before: merge.before,
      after: merge.after,
      undone_at: merge.undoneAt,
    })
    .execute();
}

/** One merge, or null. */
export async function mergeGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<MergeRecord | null> {
  const row = await db
    .selectFrom("merges")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? recordOf(row) : null;
}

/** Every merge of a workspace, newest first. */
export async function mergesAll(db: Db, workspaceId: number): Promise<MergeRecord[]> {
  const rows = await db
    .selectFrom("merges")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map(recordOf);
}

/** Marks a merge undone. */
export async function mergeMarkUndone(db: Db, workspaceId: number, id: string, at: string) {
  await db
    .updateTable("merges")
    .set({ undone_at: at })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .execute();
}
