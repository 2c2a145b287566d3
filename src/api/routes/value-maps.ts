import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../services/index.ts";
import {
  valueMapCreate,
  valueMapDetail,
  valueMapEvaluate,
  valueMapExport,
  valueMapRemove,
  valueMapResults,
  valueMapsList,
  valueMapUpdate,
} from "../../services/value-maps/value-maps.ts";
import { ERROR_RESPONSES, fileResponse } from "../../shared/api-common.ts";
import { entityId, LIMITS, workspaceSlug } from "../../shared/index.ts";
import {
  valueMapResultSchema,
  valueMapSummarySchema,
  valueMapViewSchema,
} from "../../shared/value-map-views.ts";
import { registerDocumentRoutes } from "./document-routes.ts";

const params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
// The document is checked whole by the service, which names each problem under $.document.
const document = z.looseObject({});
// Capped like the CLI (LIMITS) so one request cannot hold a core for minutes; 0 skips Monte Carlo.
const runQuery = z.object({
  iterations: z.coerce.number().int().min(0).max(LIMITS.valueMapIterations).optional(),
  seed: z.coerce
    .number()
    .int()
    .min(-(2 ** 31))
    .max(2 ** 31 - 1)
    .optional(),
});
const tags = ["value-maps"];
const results = { 200: valueMapResultSchema, ...ERROR_RESPONSES };
const FILES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html",
} as const;

/** Value maps: stored SROI / cost-benefit maps by perspective, their results and reports. */
export function registerValueMapRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/workspaces/:workspace/value-maps";
  registerDocumentRoutes(app, {
    base,
    tags,
    summary: valueMapSummarySchema,
    detail: valueMapViewSchema,
    createBody: z.object({ id: entityId, document }),
    replaceBody: z.object({ document }),
    list: (workspace) => valueMapsList(ctx, workspace),
    create: (workspace, body) => valueMapCreate(ctx, workspace, body),
    read: (workspace, id) => valueMapDetail(ctx, workspace, id),
    replace: (workspace, id, body) => valueMapUpdate(ctx, workspace, id, body),
    remove: (workspace, id) => valueMapRemove(ctx, workspace, id),
  });
  r.post(
    `${base}/evaluate`,
    {
      schema: {
        tags,
        params,
        querystring: runQuery,
        body: z.object({ document }),
        response: results,
        summary: "Evaluate an unsaved value map (nothing is stored)",
      },
    },
    async (request) => valueMapEvaluate(ctx, request.params.workspace, request.body, request.query),
  );
  r.get(
    `${base}/:id/results`,
    { schema: { tags, params: itemParams, querystring: runQuery, response: results } },
    async (request) =>
      valueMapResults(ctx, request.params.workspace, request.params.id, request.query),
  );
  for (const format of ["xlsx", "html"] as const)
    r.get(
      `${base}/:id/export.${format}`,
      {
        schema: {
          tags,
          params: itemParams,
          querystring: runQuery,
          response: {
            200: fileResponse(FILES[format], `The value map and its results as ${format}`),
            ...ERROR_RESPONSES,
          },
        },
      },
      async (request, reply) => {
        const out = await valueMapExport(
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
