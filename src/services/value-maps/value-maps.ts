import { createHash } from "node:crypto";
import { entityId } from "../../shared/primitives.ts";
import type { ValueMapDocument } from "../../shared/value-map.ts";
import type { ValueMapResult } from "../../shared/value-map-results.ts";
import type { ValueMapSummary, ValueMapView } from "../../shared/value-map-views.ts";
import { workspaceTouch } from "../../store/index.ts";
import { coproductionProjectsUsingValueMap } from "../../store/repositories/coproduction-projects.ts";
import {
  valueMapDelete,
  valueMapGet,
  valueMapPut,
  valueMapsAll,
} from "../../store/repositories/value-maps.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { parseValueMap, runValueMap } from "./run-value-map.ts";
import { valueMapHtml } from "./value-map-html.ts";
import { valueMapWorkbook } from "./value-map-workbook.ts";

/** A stored value map with its validated document: the API's answer (shared/value-map-views.ts). */
export type ValueMap = ValueMapView;
export type { ValueMapSummary };

/** Monte Carlo overrides from a request. */
export interface ValueMapRun {
  iterations?: number;
  seed?: number;
}

/** Parses a document from untrusted input; problems are named under `$.document`. */
export function valueMapDocumentParse(input: unknown): ValueMapDocument {
  const parsed = parseValueMap(input);
  if (parsed.ok) return parsed.doc;
  const problems = parsed.problems.map((p) => ({
    ...p,
    path: p.path.replace(/^\$/, "$.document"),
  }));
  throw invalid("The value map is not valid", problems);
}

function idParse(input: unknown): string {
  const parsed = entityId.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalid("The value map's id is not valid", [
    { path: "$.id", message: parsed.error.issues[0]?.message ?? "is not valid" },
  ]);
}

/** What the audit log keeps: title, sizes and a fingerprint of the document, never the document. */
function auditedOf(doc: ValueMapDocument) {
  const fingerprint = createHash("sha256").update(JSON.stringify(doc)).digest("hex").slice(0, 16);
  return {
    title: doc.title,
    perspectives: doc.perspectives.length,
    inputs: doc.inputs.length,
    outcomes: doc.outcomes.length,
    document: fingerprint,
  };
}

async function requireMap(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<{ wsId: number; map: ValueMap }> {
  const ws = await workspaceRequire(ctx, slug);
  const found = await valueMapGet(ctx.store.db, ws.id, id);
  if (!found) throw notFound(`There is no value map '${id}' in workspace '${slug}'`);
  return { wsId: ws.id, map: { ...found, document: valueMapDocumentParse(found.document) } };
}

/** Every value map in a workspace, by id. */
export async function valueMapsList(ctx: ServiceContext, slug: string): Promise<ValueMapSummary[]> {
  const ws = await workspaceRequire(ctx, slug);
  return (await valueMapsAll(ctx.store.db, ws.id)).map((r) => {
    const doc = r.document as Partial<ValueMapDocument>;
    const size = (list: unknown) => (Array.isArray(list) ? list.length : 0);
    return {
      id: r.id,
      title: r.title,
      perspectives: size(doc.perspectives),
      inputs: size(doc.inputs),
      outcomes: size(doc.outcomes),
      updatedAt: r.updatedAt,
    };
  });
}

/** One value map with its document. */
export async function valueMapDetail(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<ValueMap> {
  return (await requireMap(ctx, slug, id)).map;
}

/** Creates a value map from `{ id, document }`, with an audit entry in the same transaction. */
export async function valueMapCreate(
  ctx: ServiceContext,
  slug: string,
  input: { id?: unknown; document?: unknown },
): Promise<ValueMap> {
  const ws = await workspaceRequire(ctx, slug);
  const id = idParse(input.id);
  const doc = valueMapDocumentParse(input.document);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (await valueMapGet(trx, ws.id, id))
      throw conflict(`A value map with id '${id}' already exists`, [
        { path: "$.id", message: `"${id}" is already used` },
      ]);
    await valueMapPut(trx, ws.id, {
      id,
      title: doc.title,
      document: doc,
      createdAt: now,
      updatedAt: now,
      createdBy: ctx.actor().userId ?? null,
    });
    await workspaceTouch(trx, ws.id);
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "create", "value-maps", id, undefined, auditedOf(doc)),
    );
  });
  return valueMapDetail(ctx, slug, id);
}

/** Replaces a value map's document (all or nothing), with an audit entry of what changed. */
export async function valueMapUpdate(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: { document?: unknown },
): Promise<ValueMap> {
  const ws = await workspaceRequire(ctx, slug);
  const doc = valueMapDocumentParse(input.document);
  await ctx.store.db.transaction().execute(async (trx) => {
    const found = await valueMapGet(trx, ws.id, id);
    if (!found) throw notFound(`There is no value map '${id}' in workspace '${slug}'`);
    await valueMapPut(trx, ws.id, {
      ...found,
      title: doc.title,
      document: doc,
      updatedAt: ctx.now().toISOString(),
    });
    await workspaceTouch(trx, ws.id);
    const before = auditedOf(found.document as ValueMapDocument);
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "update", "value-maps", id, before, auditedOf(doc)),
    );
  });
  return valueMapDetail(ctx, slug, id);
}

/** Deletes a value map, with an audit entry. */
export async function valueMapRemove(ctx: ServiceContext, slug: string, id: string): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  await ctx.store.db.transaction().execute(async (trx) => {
    const found = await valueMapGet(trx, ws.id, id);
    // A co-production project's evaluation holds it: say which, rather than fail on the key.
    const users = found ? await coproductionProjectsUsingValueMap(trx, ws.id, id) : [];
    if (users.length)
      throw conflict(
        `The value map '${id}' is the evaluation of co-production project ${users.map((u) => `'${u}'`).join(", ")}; change that project's evaluation first`,
      );
    if (!found || !(await valueMapDelete(trx, ws.id, id)))
      throw notFound(`There is no value map '${id}' in workspace '${slug}'`);
    await workspaceTouch(trx, ws.id);
    await auditWrite(
      ctx,
      trx,
      auditEntry(
        ctx,
        ws.id,
        "delete",
        "value-maps",
        id,
        auditedOf(found.document as ValueMapDocument),
        undefined,
      ),
    );
  });
}

/** Evaluates an unsaved document (nothing is stored); the workspace must exist. */
export async function valueMapEvaluate(
  ctx: ServiceContext,
  slug: string,
  input: { document?: unknown },
  run: ValueMapRun = {},
): Promise<ValueMapResult> {
  await workspaceRequire(ctx, slug);
  return runValueMap(valueMapDocumentParse(input.document), run);
}

/** The results of a stored value map. */
export async function valueMapResults(
  ctx: ServiceContext,
  slug: string,
  id: string,
  run: ValueMapRun = {},
): Promise<ValueMapResult> {
  return runValueMap((await requireMap(ctx, slug, id)).map.document, run);
}

/** A stored value map's report as a workbook or a printable HTML page. */
export async function valueMapExport(
  ctx: ServiceContext,
  slug: string,
  id: string,
  format: "xlsx" | "html",
  run: ValueMapRun = {},
): Promise<{ contentType: string; filename: string; body: string | Uint8Array }> {
  const doc = (await requireMap(ctx, slug, id)).map.document;
  const result = runValueMap(doc, run);
  if (format === "html")
    return {
      contentType: "text/html; charset=utf-8",
      filename: `${id}.html`,
      body: valueMapHtml(doc, result),
    };
  return {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename: `${id}.xlsx`,
    body: await valueMapWorkbook(doc, result),
  };
}
