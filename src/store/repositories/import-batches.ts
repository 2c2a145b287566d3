import type { Kysely } from "kysely";
import type { DialectAdapter } from "../dialects/adapter.ts";
import type { Database, ImportBatchItemTable, ImportBatchTable } from "../schema.ts";
import { chunksOf } from "./paging.ts";

type Db = Kysely<Database>;

/** A recorded import batch as services see it. */
export interface ImportBatchRecord {
  id: string;
  kind: string;
  sourceFile: string;
  createdAt: string;
  counts: Record<string, unknown>;
  undoneAt: string | null;
}

/** One entity a batch wrote, with its JSON before (null when created) and after. */
export interface ImportBatchItem {
  collection: string;
  entityId: string;
  action: "created" | "changed";
  before: string | null;
  after: string;
}

const recordOf = (row: ImportBatchTable): ImportBatchRecord => ({
  id: row.id,
  kind: row.kind,
  sourceFile: row.source_file,
  createdAt: row.created_at,
  counts: JSON.parse(row.counts),
  undoneAt: row.undone_at,
});

/** Records a batch and the entities it wrote. */
export async function importBatchCreate(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  batch: Omit<ImportBatchRecord, "undoneAt">,
  items: readonly ImportBatchItem[],
): Promise<void> {
  await db
    .insertInto("import_batches")
    .values({
      workspace_id: workspaceId,
      id: batch.id,
      kind: batch.kind,
      source_file: batch.sourceFile,
      created_at: batch.createdAt,
      counts: JSON.stringify(batch.counts),
      undone_at: null,
    })
    .execute();
  const rows: ImportBatchItemTable[] = items.map((i) => ({
    workspace_id: workspaceId,
    batch_id: batch.id,
    collection: i.collection,
    entity_id: i.entityId,
    action: i.action,
    before: i.before,
    after: i.after,
  }));
  for (const chunk of chunksOf(rows, 7, adapter.maxParameters))
    await db.insertInto("import_batch_items").values(chunk).execute();
}

/** Every batch of a workspace, newest first. */
export async function importBatchesAll(db: Db, workspaceId: number): Promise<ImportBatchRecord[]> {
  const rows = await db
    .selectFrom("import_batches")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map(recordOf);
}

/** One batch, or null. */
export async function importBatchGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<ImportBatchRecord | null> {
  const row = await db
    .selectFrom("import_batches")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? recordOf(row) : null;
}

/** The entities a batch wrote. */
export async function importBatchItems(
  db: Db,
  workspaceId: number,
  batchId: string,
): Promise<ImportBatchItem[]> {
  const rows = await db
    .selectFrom("import_batch_items")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("batch_id", "=", batchId)
    .execute();
  return rows.map((r) => ({
    collection: r.collection,
    entityId: r.entity_id,
    action: r.action as ImportBatchItem["action"],
    before: r.before,
    after: r.after,
  }));
}

/** The ids of live (not undone) batches created after `createdAt` that wrote any of `entityIds`. */
export async function importBatchesTouchingAfter(
  db: Db,
  workspaceId: number,
  batchId: string,
  createdAt: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom("import_batch_items as later")
    .innerJoin("import_batches as b", (j) =>
      j.onRef("b.workspace_id", "=", "later.workspace_id").onRef("b.id", "=", "later.batch_id"),
    )
    .innerJoin("import_batch_items as mine", (j) =>
      j
        .onRef("mine.workspace_id", "=", "later.workspace_id")
        .onRef("mine.collection", "=", "later.collection")
        .onRef("mine.entity_id", "=", "later.entity_id"),
    )
    .select("b.id")
    .distinct()
    .where("later.workspace_id", "=", workspaceId)
    .where("mine.batch_id", "=", batchId)
    .where("b.id", "!=", batchId)
    .where("b.undone_at", "is", null)
    .where("b.created_at", ">=", createdAt)
    .execute();
  return rows.map((r) => r.id).sort();
}

/** Marks a batch undone (it stays listed) and forgets its provenance. */
export async function importBatchMarkUndone(
  db: Db,
  workspaceId: number,
  id: string,
  at: string,
): Promise<void> {
  await db
    .updateTable("import_batches")
    .set({ undone_at: at })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .execute();
  await db
    .deleteFrom("provenance")
    .where("workspace_id", "=", workspaceId)
    .where("batch_id", "=", id)
    .execute();
}
