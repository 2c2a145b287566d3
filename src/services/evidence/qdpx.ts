import type { QdpxImportResult } from "../../shared/codebook.ts";
import type { Problem } from "../../shared/index.ts";
import {
  codebookAll,
  codesInsert,
  evidenceAll,
  evidenceUpsert,
  organisationIdsExisting,
  workspaceIdsOf,
  workspaceTouch,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { qdpxPlanOf } from "./qdpx-plan.ts";
import { qdeRead } from "./qdpx-read.ts";
import { qdpxFilesOf } from "./qdpx-write.ts";
import { type QdpxLimits, qdpxUnzip, qdpxZip } from "./qdpx-zip.ts";

/** A workspace's codebook and coded evidence as a REFI-QDA project (.qdpx bytes). */
export async function qdpxExport(ctx: ServiceContext, slug: string): Promise<Uint8Array> {
  const ws = await workspaceRequire(ctx, slug);
  const [codes, items] = await Promise.all([
    codebookAll(ctx.store.db, ws.id),
    evidenceAll(ctx.store.db, ws.id),
  ]);
  return qdpxZip(qdpxFilesOf(ws.name, codes, items));
}

/** Partnerships and organisations the planned items name that the workspace does not have. */
async function danglingOf(
  ctx: ServiceContext,
  workspaceId: number,
  items: { partnership: string | null; organisation: string | null; id: string }[],
) {
  const partnerships = await workspaceIdsOf(ctx.store.db, workspaceId, "partnerships");
  const orgs = await organisationIdsExisting(
    ctx.store.db,
    workspaceId,
    items.flatMap((i) => (i.organisation ? [i.organisation] : [])),
  );
  const problems: Problem[] = [];
  for (const i of items) {
    const at = `Project/Sources/TextSource (evidence item "${i.id}")/Description`;
    if (i.partnership && !partnerships.has(i.partnership))
      problems.push({
        path: at,
        message: `Partnership "${i.partnership}" does not exist in this workspace`,
      });
    if (i.organisation && !orgs.has(i.organisation))
      problems.push({
        path: at,
        message: `Organisation "${i.organisation}" does not exist in this workspace`,
      });
  }
  return problems;
}

/**
 * Imports a .qdpx: new codes join the codebook (under their parents), each text source becomes
 * an evidence item (or one per coded selection) with its codings. All or nothing.
 */
export async function qdpxImport(
  ctx: ServiceContext,
  slug: string,
  bytes: Uint8Array,
  limits?: QdpxLimits,
): Promise<QdpxImportResult> {
  const ws = await workspaceRequire(ctx, slug);
  const project = qdeRead(qdpxUnzip(bytes, limits));
  return ctx.store.db.transaction().execute(async (trx) => {
    const [codes, evidence] = await Promise.all([codebookAll(trx, ws.id), evidenceAll(trx, ws.id)]);
    const plan = qdpxPlanOf(project, codes, evidence);
    if (plan.problems.length)
      throw invalid(
        "The .qdpx project's sources cannot become evidence items; nothing was imported",
        plan.problems,
      );
    const dangling = await danglingOf(
      { ...ctx, store: { ...ctx.store, db: trx } },
      ws.id,
      plan.items,
    );
    if (dangling.length)
      throw conflict(
        "The .qdpx project refers to something that does not exist; nothing was imported",
        dangling,
      );
    await codesInsert(trx, ws.id, plan.codesAdded);
    await evidenceUpsert(trx, ctx.store.adapter, ws.id, plan.items);
    await workspaceTouch(trx, ws.id);
    const existing = new Set(evidence.map((e) => e.id));
    const result: QdpxImportResult = {
      codesAdded: plan.codesAdded.length,
      evidenceAdded: plan.items.filter((i) => !existing.has(i.id)).length,
      evidenceUpdated: plan.items.filter((i) => existing.has(i.id)).length,
      codings: plan.items.reduce((n, i) => n + (i.codes?.length ?? 0), 0),
    };
    const extra = { source: "qdpx", project: project.name, counts: result };
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "import", "evidence", null, undefined, undefined, extra),
    );
    return result;
  });
}
