import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  invalid,
  RESOURCES,
  type ResourceName,
  type ServiceContext,
  workspaceClaim,
} from "../../services/index.ts";
import { duplicatesFind } from "../../services/interop/duplicates.ts";
import { ImportInputError } from "../../services/interop/import-input-error.ts";
import { importBatchesList, importBatchUndo } from "../../services/interop/import-undo.ts";
import {
  mergesList,
  mergeUndo,
  organisationMerge,
} from "../../services/interop/organisation-merge.ts";
import { entityProvenance } from "../../services/interop/provenance.ts";
import { importMappingOf } from "../../services/interop/sheet-preview.ts";
import { STANDARD_IMPORT_KINDS, standardImport } from "../../services/interop/standard-import.ts";
import { tempDirCreate } from "../../services/interop/temp-dirs.ts";
import { exportCsv, exportOcds, exportXlsx } from "../../services/interop/workspace-exports.ts";
import {
  declaredObject,
  ERROR_RESPONSES,
  fileResponse,
  itemsSchema,
} from "../../shared/api-common.ts";
import { entityId, type ProvenanceEntry, workspaceSlug } from "../../shared/index.ts";
import {
  batchUndoneSchema,
  duplicateCandidateSchema,
  importBatchSchema,
  importResultSchema,
  mergeDoneSchema,
  mergeRecordSchema,
  mergeUndoneSchema,
} from "../../shared/interop-views.ts";
import { registerImportJobRoute } from "./import-jobs.ts";

const ok = <T>(schema: T) => ({ 200: schema, ...ERROR_RESPONSES });

const params = z.object({ workspace: workspaceSlug });
const withId = params.extend({ id: z.string().min(1).max(200) });
const importQuery = z.object({
  kind: z.enum(STANDARD_IMPORT_KINDS as ["ocds", "360giving", "csv"]),
  dryRun: z.enum(["true", "false"]).default("false"),
  onInvalid: z.enum(["stop", "import-valid", "import-all"]).default("stop"),
  /** The uploaded file's name: kept as the source file and telling CSV from XLSX. */
  filename: z.string().max(200).optional(),
  /** A column mapping as JSON text (spreadsheets). */
  mapping: z.string().max(100_000).optional(),
});
/** The largest file an import accepts: streamed to disk, never held in memory (decision 0007). */
export const UPLOAD_LIMIT = 500 * 1024 * 1024;
/** The content types an import accepts: the file as it is. */
export const UPLOAD_TYPES = [
  "application/json",
  "application/x-ndjson",
  "application/jsonl",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/octet-stream",
];

/** The `mapping` query parameter as a column mapping, or a 400 naming what is wrong with it. */
function mappingOf(text: string) {
  try {
    return importMappingOf(JSON.parse(text));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const what = error instanceof SyntaxError ? `the mapping is not valid JSON (${why})` : why;
    throw invalid(`The column mapping cannot be used: ${what}`, [
      { path: "query.mapping", message: what },
    ]);
  }
}
const DEFAULT_NAME = { ocds: "upload.json", "360giving": "upload.json", csv: "upload.csv" };

/** Runs `work` on the request body saved to a temporary file named `name`, then removes it. */
async function withUpload<T>(
  body: unknown,
  name: string,
  work: (path: string) => Promise<T>,
): Promise<T> {
  // Named with this pid: a crash leaves it behind, and the next start removes it (temp-dirs.ts).
  const dir = await tempDirCreate("partnerscope-upload-");
  const path = join(dir, basename(name).replace(/[^A-Za-z0-9._-]/g, "_") || "upload");
  try {
    await pipeline(body as Readable, createWriteStream(path));
    return await work(path);
  } catch (error) {
    if (error instanceof ImportInputError)
      throw invalid(error.message, [{ path: "body", message: error.message }]);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function registerImports(scope: FastifyInstance, ctx: ServiceContext) {
  const r = scope.withTypeProvider<ZodTypeProvider>();
  // The raw file is the body: handed on as a stream so a large upload is never held in memory.
  // Only the documented file types: none of them is one a cross-site form can send unasked.
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(UPLOAD_TYPES, (_request, payload, done) => done(null, payload));
  r.post(
    "/api/v1/workspaces/:workspace/imports",
    {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags: ["interop"],
        params,
        querystring: importQuery,
        consumes: UPLOAD_TYPES,
        response: ok(importResultSchema),
        summary: "Import an OCDS, 360Giving or spreadsheet file (raw body)",
      },
    },
    async (request) => {
      const q = request.query;
      const mapping = q.mapping ? mappingOf(q.mapping) : null;
      const result = await withUpload(request.body, q.filename ?? DEFAULT_NAME[q.kind], (path) =>
        standardImport(ctx, request.params.workspace, q.kind, path, {
          dryRun: q.dryRun === "true",
          onInvalid: q.onInvalid,
          mapping,
        }),
      );
      await workspaceClaim(ctx, request.params.workspace, request.actor!);
      return result;
    },
  );
  r.get(
    "/api/v1/workspaces/:workspace/imports",
    { schema: { tags: ["interop"], params, response: ok(itemsSchema(importBatchSchema)) } },
    async (request) => ({
      items: await importBatchesList(ctx, request.params.workspace),
    }),
  );
  r.post(
    "/api/v1/workspaces/:workspace/imports/:id/undo",
    { schema: { tags: ["interop"], params: withId, response: ok(batchUndoneSchema) } },
    async (request) => importBatchUndo(ctx, request.params.workspace, request.params.id),
  );
  const parts = { query: importQuery, mappingOf, defaultName: DEFAULT_NAME, types: UPLOAD_TYPES };
  registerImportJobRoute(scope, ctx, { ...parts, limit: UPLOAD_LIMIT });
}

function registerMerges(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/workspaces/:workspace/:collection/:id/provenance",
    {
      schema: {
        tags: ["interop"],
        summary: "Where a record came from: the imports, files, publishers and source ids",
        params: params.extend({
          collection: z.enum(Object.keys(RESOURCES) as [ResourceName, ...ResourceName[]]),
          id: entityId,
        }),
        response: ok(
          itemsSchema(declaredObject<ProvenanceEntry>("One import that wrote the record")),
        ),
      },
    },
    async (request) =>
      entityProvenance(ctx, request.params.workspace, request.params.collection, request.params.id),
  );
  r.get(
    "/api/v1/workspaces/:workspace/duplicates",
    {
      schema: {
        tags: ["interop"],
        params,
        querystring: z.object({
          weaker: z
            .enum(["true", "false"])
            .default("false")
            .describe("Also offer pairs with different company or charity numbers, with a warning"),
        }),
        response: ok(itemsSchema(duplicateCandidateSchema)),
      },
    },
    async (request) => ({
      items: await duplicatesFind(ctx, request.params.workspace, {
        weaker: request.query.weaker === "true",
      }),
    }),
  );
  r.post(
    "/api/v1/workspaces/:workspace/organisations/:id/merge",
    {
      schema: {
        tags: ["interop"],
        params: withId,
        body: z.object({ into: entityId }),
        response: { 201: mergeDoneSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await organisationMerge(
            ctx,
            request.params.workspace,
            request.params.id,
            request.body.into,
          ),
        ),
  );
  r.get(
    "/api/v1/workspaces/:workspace/merges",
    { schema: { tags: ["interop"], params, response: ok(itemsSchema(mergeRecordSchema)) } },
    async (request) => ({
      items: await mergesList(ctx, request.params.workspace),
    }),
  );
  r.post(
    "/api/v1/workspaces/:workspace/merges/:id/undo",
    { schema: { tags: ["interop"], params: withId, response: ok(mergeUndoneSchema) } },
    async (request) => mergeUndo(ctx, request.params.workspace, request.params.id),
  );
}

function registerExports(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const attachment = (name: string) => `attachment; filename="${name}"`;
  r.get(
    "/api/v1/workspaces/:workspace/export.csv",
    {
      schema: {
        tags: ["interop"],
        params,
        querystring: z.object({ entity: z.string().default("organisations") }),
        response: ok(fileResponse("text/csv", "One collection as CSV")),
      },
    },
    async (request, reply) => {
      const { workspace } = request.params;
      const text = await exportCsv(ctx, workspace, request.query.entity);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", attachment(`${workspace}-${request.query.entity}.csv`))
        .send(text);
    },
  );
  r.get(
    "/api/v1/workspaces/:workspace/export.xlsx",
    {
      schema: {
        tags: ["interop"],
        params,
        response: ok(
          fileResponse(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "The workspace as a workbook, one sheet per collection",
          ),
        ),
      },
    },
    async (request, reply) =>
      reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", attachment(`${request.params.workspace}.xlsx`))
        .send(await exportXlsx(ctx, request.params.workspace)),
  );
  r.get(
    "/api/v1/workspaces/:workspace/export.ocds.json",
    {
      schema: {
        tags: ["interop"],
        params,
        response: ok(
          declaredObject<object>("An OCDS release package of the workspace's contracts"),
        ),
      },
    },
    async (request, reply) =>
      reply
        .header("content-disposition", attachment(`${request.params.workspace}.ocds.json`))
        .send(await exportOcds(ctx, request.params.workspace)),
  );
}

/** Standard imports with batches and undo, exports (CSV, XLSX, OCDS), duplicates and merges. */
export function registerInteropRoutes(app: FastifyInstance, ctx: ServiceContext) {
  app.register(async (scope) => registerImports(scope, ctx));
  registerMerges(app, ctx);
  registerExports(app, ctx);
}
