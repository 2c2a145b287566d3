import type { Kysely } from "kysely";
import type { Organisation } from "../../shared/index.ts";
import type { DialectAdapter, UpsertOptions } from "../dialects/adapter.ts";
import type { Database, ImportBatchItemTable, ImportBatchTable } from "../schema.ts";
import { organisationFromRow } from "./organisations.ts";

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
  await importBatchItemsAdd(db, adapter, workspaceId, batch.id, items);
}

/**
 * Adds entities a batch wrote, many rows per statement. An entity written again by the same batch
 * (a streamed import meeting it in a later chunk) keeps its first `before` and takes the new `after`;
 * `fresh` items (entities first written by this batch) are plainly inserted.
 */
export async function importBatchItemsAdd(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  batchId: string,
  items: readonly ImportBatchItem[],
  options: UpsertOptions = {},
): Promise<void> {
  const rows: ImportBatchItemTable[] = items.map((i) => ({
    workspace_id: workspaceId,
    batch_id: batchId,
    collection: i.collection,
    entity_id: i.entityId,
    action: i.action,
    before: i.before,
    after: i.after,
  }));
  await adapter.insertMany(
    db,
    "import_batch_items",
    rows,
    options.fresh
      ? undefined
      : {
          keys: ["workspace_id", "batch_id", "collection", "entity_id"],
          update: ["after"],
        },
  );
}

/** Replaces a batch's counts (a streamed import knows them only at the end). */
export async function importBatchCountsSet(
  db: Db,
  workspaceId: number,
  id: string,
  counts: Record<string, unknown>,
): Promise<void> {
  await db
    .updateTable("import_batches")
    .set({ counts: JSON.stringify(counts) })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .execute();
}

/** The entity tables an import writes, by collection. */
const ENTITY_TABLES = {
  organisations: "organisations",
  partnerships: "partnerships",
  events: "events",
  contracts: "contracts",
  evidence: "evidence",
} as const;

/** Which of `ids` a workspace already holds in `collection`: one query per thousand ids. */
export async function importExistingIds(
  db: Db,
  workspaceId: number,
  collection: keyof typeof ENTITY_TABLES,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .selectFrom(ENTITY_TABLES[collection])
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("id", "in", ids.slice(i, i + 1000))
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/** The stored organisations among `ids`, read a thousand at a time (for merging imported ones). */
export async function importStoredOrganisations(
  db: Db,
  workspaceId: number,
  ids: readonly string[],
): Promise<Organisation[]> {
  const found: Organisation[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .selectFrom("organisations")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("id", "in", ids.slice(i, i + 1000))
      .execute();
    found.push(...rows.map(organisationFromRow));
  }
  return found;
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
