import type { Kysely } from "kysely";
import type { DialectAdapter } from "../dialects/adapter.ts";
import type { Database, ProvenanceTable } from "../schema.ts";

type Db = Kysely<Database>;

/** Where one stored record came from. */
export interface ProvenanceRecord {
  collection: string;
  entityId: string;
  batchId: string;
  sourceFile: string;
  publisher: string | null;
  sourceId: string | null;
  data: Record<string, unknown>;
}

/** Writes provenance rows (many per record when several sources contributed). */
export async function provenanceInsert(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  records: readonly ProvenanceRecord[],
): Promise<void> {
  const rows: ProvenanceTable[] = records.map((r) => ({
    workspace_id: workspaceId,
    collection: r.collection,
    entity_id: r.entityId,
    batch_id: r.batchId,
    source_file: r.sourceFile,
    publisher: r.publisher,
    source_id: r.sourceId,
    data: JSON.stringify(r.data),
  }));
  await adapter.insertMany(db, "provenance", rows);
}

const recordOf = (r: ProvenanceTable): ProvenanceRecord => ({
  collection: r.collection,
  entityId: r.entity_id,
  batchId: r.batch_id,
  sourceFile: r.source_file,
  publisher: r.publisher,
  sourceId: r.source_id,
  data: JSON.parse(r.data),
});

/** Every provenance row of one collection in a workspace (for the duplicate finder's postcodes). */
export async function provenanceAllOf(
  db: Db,
  workspaceId: number,
  collection: string,
): Promise<ProvenanceRecord[]> {
  const rows = await db
    .selectFrom("provenance")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("collection", "=", collection)
    .execute();
  return rows.map(recordOf);
}

/** A provenance row with the import batch it came in (an undone batch's rows are gone). */
export interface ProvenanceWithBatch extends ProvenanceRecord {
  importKind: string;
  importedAt: string;
}

/** The provenance of one record with each batch's kind and date, oldest first. */
export async function provenanceOf(
  db: Db,
  workspaceId: number,
  collection: string,
  entityId: string,
): Promise<ProvenanceWithBatch[]> {
  const rows = await db
    .selectFrom("provenance as p")
    .innerJoin("import_batches as b", (join) =>
      join.onRef("b.workspace_id", "=", "p.workspace_id").onRef("b.id", "=", "p.batch_id"),
    )
    .selectAll("p")
    .select(["b.kind as import_kind", "b.created_at as imported_at"])
    .where("p.workspace_id", "=", workspaceId)
    .where("p.collection", "=", collection)
    .where("p.entity_id", "=", entityId)
    .orderBy("b.created_at")
    .orderBy("p.batch_id")
    .execute();
  return rows.map((r) => ({
    ...recordOf(r),
    importKind: r.import_kind,
    importedAt: r.imported_at,
  }));
}
