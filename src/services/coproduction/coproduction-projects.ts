import { coproductionAnalysis } from "../../engine/coproduction/index.ts";
import type {
  CoproductionProjectSummary,
  CoproductionProjectView,
} from "../../shared/coproduction-results.ts";
import { partnershipGet, workspaceTouch } from "../../store/index.ts";
import {
  coproductionProjectDelete,
  coproductionProjectGet,
  coproductionProjectPut,
  coproductionProjectsAll,
} from "../../store/repositories/coproduction-projects.ts";
import { valueMapGet } from "../../store/repositories/value-maps.ts";
import type { ServiceContext } from "../context.ts";
import { conflict } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import {
  coproductionAudited,
  coproductionIdParse,
  coproductionLinksCheck,
  coproductionProjectOf,
  coproductionProjectParse,
  coproductionProjectRequire,
  coproductionRecordFields,
  evaluationValueMap,
} from "./coproduction-checks.ts";

const COLLECTION = "co-production-projects";

/** Every co-production project of a workspace (or of one partnership), with its cost and dates. */
export async function coproductionProjectsList(
  ctx: ServiceContext,
  slug: string,
  partnership?: string,
): Promise<CoproductionProjectSummary[]> {
  const ws = await workspaceRequire(ctx, slug);
  const records = await coproductionProjectsAll(ctx.store.db, ws.id, partnership);
  return records.map((r) => {
    const p = coproductionProjectOf(r);
    const { timeline, comparison } = coproductionAnalysis({ stages: p.stages, proposals: [] });
    return {
      id: p.id,
      title: p.title,
      partnership: p.partnership ?? "",
      stages: p.stages.length,
      cost: comparison.cost,
      start: timeline.start,
      end: timeline.end,
      valueMap: evaluationValueMap(p),
      updatedAt: p.updatedAt,
    };
  });
}

/** One project with its partnership's name, its value map's title and its analysis. */
export async function coproductionProjectDetail(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<CoproductionProjectView> {
  const ws = await workspaceRequire(ctx, slug);
  const p = await coproductionProjectRequire(ctx.store.db, ws.id, slug, id);
  const partnership = p.partnership
    ? await partnershipGet(ctx.store.db, ws.id, p.partnership)
    : null;
  const mapId = evaluationValueMap(p);
  const map = mapId ? await valueMapGet(ctx.store.db, ws.id, mapId) : null;
  return {
    ...p,
    partnership: p.partnership ?? "",
    partnershipName: partnership?.name ?? "(no partnership)",
    valueMap: map ? { id: map.id, title: map.title } : null,
    analysis: coproductionAnalysis(p),
  };
}

/** Creates a project from `{ id, title, partnership, description, currency, stages, proposals }`. */
export async function coproductionProjectCreate(
  ctx: ServiceContext,
  slug: string,
  input: { id?: unknown } & Record<string, unknown>,
): Promise<CoproductionProjectView> {
  const ws = await workspaceRequire(ctx, slug);
  const id = coproductionIdParse(input.id);
  const { id: _, ...rest } = input;
  const fields = coproductionProjectParse(rest);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (await coproductionProjectGet(trx, ws.id, id))
      throw conflict(`A co-production project with id '${id}' already exists`, [
        { path: "$.id", message: `"${id}" is already used` },
      ]);
    await coproductionLinksCheck(trx, ws.id, fields);
    const createdBy = ctx.actor().userId ?? null;
    const record = {
      id,
      ...coproductionRecordFields(fields),
      createdAt: now,
      updatedAt: now,
      createdBy,
    };
    await coproductionProjectPut(trx, ws.id, record);
    await workspaceTouch(trx, ws.id);
    const after = coproductionAudited(fields);
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "create", COLLECTION, id, undefined, after));
  });
  return coproductionProjectDetail(ctx, slug, id);
}

/** Deletes a project, with an audit entry. */
export async function coproductionProjectRemove(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  await ctx.store.db.transaction().execute(async (trx) => {
    const found = await coproductionProjectRequire(trx, ws.id, slug, id);
    await coproductionProjectDelete(trx, ws.id, id);
    await workspaceTouch(trx, ws.id);
    const before = coproductionAudited(found);
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "delete", COLLECTION, id, before));
  });
}
