import { referenceProblemsOf } from "../../engine/exchange/index.ts";
import type { ExchangeDocument, Problem } from "../../shared/index.ts";
import {
  type ImportBatchItem,
  type ImportBatchRecord,
  importBatchesAll,
  importBatchesTouchingAfter,
  importBatchGet,
  importBatchItems,
  importBatchMarkUndone,
  workspaceTouch,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, notFound } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { RESOURCES, type ResourceName } from "../resources.ts";
import { workspaceRequire } from "../workspaces.ts";
import { storedEntitiesOf } from "./import-plan.ts";
import { schemaHashOf, stableHashOf } from "./stable-json.ts";

const COLLECTIONS = Object.keys(RESOURCES) as ResourceName[];

/** The import batches of a workspace, newest first (undone ones say when). */
export async function importBatchesList(
  ctx: ServiceContext,
  slug: string,
): Promise<ImportBatchRecord[]> {
  const ws = await workspaceRequire(ctx, slug);
  return importBatchesAll(ctx.store.db, ws.id);
}

/** Entities the batch wrote that were edited or deleted since (their stored JSON is not the batch's). */
function editedSince(
  stored: Awaited<ReturnType<typeof storedEntitiesOf>>,
  items: readonly ImportBatchItem[],
): Problem[] {
  return items
    .filter((i) => {
      const collection = i.collection as ResourceName;
      const current = stored[collection]?.get(i.entityId);
      if (!current) return true;
      // Recorded as sorted-key JSON (organisations, older batches) or in schema order (contracts…).
      if (stableHashOf(current) === i.after) return false;
      const parsed = RESOURCES[collection].schema.safeParse(current);
      return !parsed.success || schemaHashOf(parsed.data) !== i.after;
    })
    .map((i) => ({
      path: `${i.collection}/${i.entityId}`,
      message: "was edited or deleted after this import",
    }));
}

/** The workspace as it would be after the undo, to check that nothing left refers to what goes. */
function documentAfterUndo(
  stored: Awaited<ReturnType<typeof storedEntitiesOf>>,
  items: readonly ImportBatchItem[],
): ExchangeDocument {
  const doc = { format: "partnerscope/v1", workspace: { name: "" } } as ExchangeDocument;
  for (const c of COLLECTIONS) {
    const map = new Map(stored[c]);
    for (const i of items.filter((x) => x.collection === c))
      if (i.before === null) map.delete(i.entityId);
      else map.set(i.entityId, JSON.parse(i.before));
    (doc as unknown as Record<string, unknown>)[c] = [...map.values()];
  }
  return doc;
}

/** Problems from references to removed entities, named by the entity that refers. */
function danglingOf(doc: ExchangeDocument): Problem[] {
  return referenceProblemsOf(doc).map((p) => {
    const m = /^\$\.(\w+)\[(\d+)\]/.exec(p.path);
    const entity = m ? (doc[m[1] as ResourceName] as { id: string }[])[Number(m[2])] : undefined;
    return {
      path: entity ? `${m![1]}/${entity.id}` : p.path,
      message: `added after this import: ${p.message}`,
    };
  });
}

/**
 * Undoes an import batch in one transaction: restores what it changed and deletes what it created
 * (what refers to others first). Refused (conflict) when later imports or edits depend on it.
 */
export async function importBatchUndo(ctx: ServiceContext, slug: string, batchId: string) {
  const ws = await workspaceRequire(ctx, slug);
  const db = ctx.store.db;
  const batch = await importBatchGet(db, ws.id, batchId);
  if (!batch) throw notFound(`There is no import batch '${batchId}' in '${slug}'`);
  if (batch.undoneAt)
    throw conflict(`Import batch '${batchId}' was already undone at ${batch.undoneAt}`);
  const later = await importBatchesTouchingAfter(db, ws.id, batchId, batch.createdAt);
  if (later.length)
    throw conflict(
      `Later imports changed what batch '${batchId}' wrote; undo them first: ${later.join(", ")}`,
      later.map((id) => ({
        path: `imports/${id}`,
        message: "a later import of the same entities",
      })),
    );
  const items = await importBatchItems(db, ws.id, batchId);
  const stored = await storedEntitiesOf(db, ws.id);
  const problems = [...editedSince(stored, items), ...danglingOf(documentAfterUndo(stored, items))];
  if (problems.length) throw conflict(`Later edits depend on import batch '${batchId}'`, problems);
  const count = (action: string) => items.filter((i) => i.action === action).length;
  const counts = { deleted: count("created"), restored: count("changed") };
  await db.transaction().execute(async (trx) => {
    for (const c of COLLECTIONS) {
      const before = items
        .filter((i) => i.collection === c && i.before !== null)
        .map((i) => JSON.parse(i.before!));
      await RESOURCES[c].upsert(trx, ctx.store.adapter, ws.id, before);
    }
    for (const c of [...COLLECTIONS].reverse())
      for (const i of items.filter((x) => x.collection === c && x.before === null))
        await RESOURCES[c].remove(trx, ws.id, i.entityId);
    await importBatchMarkUndone(trx, ws.id, batchId, ctx.now().toISOString());
    await workspaceTouch(trx, ws.id);
    const extra = { kind: batch.kind, sourceFile: batch.sourceFile, ...counts };
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "undo", "imports", batchId, undefined, undefined, extra),
    );
  });
  return { batch: batchId, ...counts };
}
