import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  appraisalActualsRecord,
  appraisalActualsSchema,
  appraisalCreate,
  appraisalDecide,
  appraisalDetail,
  appraisalExport,
  appraisalRealisation,
  appraisalRemove,
  appraisalResults,
  appraisalsList,
  appraisalUpdate,
  type ServiceContext,
} from "../../services/index.ts";
import { ERROR_RESPONSES, fileResponse } from "../../shared/api-common.ts";
import {
  actualsRecordedSchema,
  appraisalDetailSchema,
  appraisalRunViewSchema,
  appraisalSummarySchema,
  realisationViewSchema,
} from "../../shared/appraisal-views.ts";
import { entityId, isoDate, LIMITS, workspaceSlug } from "../../shared/index.ts";
import { registerDocumentRoutes } from "./document-routes.ts";

const _params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
// The document is checked whole by the service, which names each problem under $.document.
const document = z.looseObject({});
const runQuery = z.object({
  version: z.coerce.number().int().min(1).optional(),
  // Capped so one request cannot hold a core for minutes (100k × 4 options ≈ 1 s on two workers).
  iterations: z.coerce.number().int().min(100).max(LIMITS.appraisalIterations).optional(),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});
const tags = ["appraisals"];
const detail = { 200: appraisalDetailSchema, ...ERROR_RESPONSES };
const FILES = {
  json: "application/json",
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** Appraisals: stored business cases, their results, decision, actuals, realisation and exports. */
export function registerAppraisalRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const _r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/workspaces/:workspace/appraisals";
  registerDocumentRoutes(app, {
    base,
    tags,
    summary: appraisalSummarySchema,
    detail: appraisalDetailSchema,
    createBody: z.object({ id: entityId, document }),
    replaceBody: z.object({ document }),
    replaceSummary: "Save a document: rewrites the draft, or opens a new version after a decision",
    list: (workspace) => appraisalsList(ctx, workspace),
    create: (workspace, body) => appraisalCreate(ctx, workspace, body),
    read: (workspace, id) => appraisalDetail(ctx, workspace, id),
    replace: (workspace, id, body) => appraisalUpdate(ctx, workspace, id, body),
    remove: (workspace, id) => appraisalRemove(ctx, workspace, id),
  });
  registerRunRoutes(app, ctx, base);
  registerDecisionRoutes(app, ctx, base);
}

function registerRunRoutes(app: FastifyInstance, ctx: ServiceContext, base: string) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    `${base}/:id/results`,
    {
      schema: {
        tags,
        params: itemParams,
        querystring: runQuery,
        response: { 200: appraisalRunViewSchema, ...ERROR_RESPONSES },
        summary: "Run the engine",
      },
    },
    async (request) => {
      const run = await appraisalResults(
        ctx,
        request.params.workspace,
        request.params.id,
        request.query,
      );
      return { version: run.version, result: run.result };
    },
  );
  for (const format of ["json", "csv", "xlsx"] as const)
    r.get(
      `${base}/:id/export.${format}`,
      {
        schema: {
          tags,
          params: itemParams,
          querystring: runQuery,
          response: {
            200: fileResponse(FILES[format], `The appraisal and its results as ${format}`),
            ...ERROR_RESPONSES,
          },
        },
      },
      async (request, reply) => {
        const out = await appraisalExport(
          ctx,
          request.params.workspace,
          request.params.id,
          format,
          request.query,
        );
        return reply
          .header("content-type", out.contentType)
          .header("content-disposition", `attachment; filename="${out.filename}"`)
          .send(typeof out.body === "string" ? out.body : Buffer.from(out.body));
      },
    );
}

function registerDecisionRoutes(app: FastifyInstance, ctx: ServiceContext, base: string) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    `${base}/:id/decide`,
    {
      schema: {
        tags,
        params: itemParams,
        body: z.object({ option: entityId }),
        response: detail,
        summary: "Decide an option, freezing the latest version",
      },
    },
    async (request) =>
      appraisalDecide(ctx, request.params.workspace, request.params.id, request.body.option),
  );
  r.put(
    `${base}/:id/actuals`,
    {
      schema: {
        tags,
        params: itemParams,
        body: appraisalActualsSchema,
        response: { 200: actualsRecordedSchema, ...ERROR_RESPONSES },
        summary: "Record actuals for lines of the decided option, all or nothing",
      },
    },
    async (request) =>
      appraisalActualsRecord(ctx, request.params.workspace, request.params.id, request.body),
  );
  r.get(
    `${base}/:id/realisation`,
    {
      schema: {
        tags,
        params: itemParams,
        querystring: z.object({ asOf: isoDate.optional() }),
        response: { 200: realisationViewSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      appraisalRealisation(ctx, request.params.workspace, request.params.id, request.query.asOf),
  );
}
