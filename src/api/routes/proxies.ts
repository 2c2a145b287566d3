import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../services/index.ts";
import {
  proxiesList,
  proxyCreate,
  proxyDetail,
  proxyRemove,
  proxyUpdate,
} from "../../services/proxies/proxies.ts";
import { proxiesCsv, proxiesImportCsv } from "../../services/proxies/proxies-csv.ts";
import { proxyCopyToValueMap } from "../../services/proxies/proxy-copy.ts";
import { ERROR_RESPONSES, fileResponse, noContentSchema } from "../../shared/api-common.ts";
import { entityId, workspaceSlug } from "../../shared/index.ts";
import { proxyCopySchema, proxySchema } from "../../shared/proxies.ts";
import { valueMapViewSchema } from "../../shared/value-map-views.ts";

const params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
// The body is checked whole by the service, which names each problem by JSON path or CSV line.
const body = z.looseObject({});
const tags = ["proxies"];

/** The workspace's proxy library: CRUD, CSV import (all or nothing) and export, copy into a value map. */
export function registerProxyRoutes(app: FastifyInstance, ctx: ServiceContext) {
  // Encapsulated so the CSV body parser applies to these routes only.
  app.register(async (scope) => {
    scope.addContentTypeParser("text/csv", { parseAs: "string" }, (_req, text, done) =>
      done(null, text),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/workspaces/:workspace/proxies";
    r.get(
      base,
      { schema: { tags, params, response: { 200: z.object({ items: z.array(proxySchema) }) } } },
      async (request) => ({ items: await proxiesList(ctx, request.params.workspace) }),
    );
    r.post(
      base,
      { schema: { tags, params, body, response: { 201: proxySchema } } },
      async (request, reply) =>
        reply.status(201).send(await proxyCreate(ctx, request.params.workspace, request.body)),
    );
    r.post(
      `${base}/import`,
      {
        schema: {
          tags,
          params,
          body: z.string(),
          summary: "CSV: id,name,value,unit,currency,year,source,confidence,notes (all or nothing)",
          response: { 201: z.object({ added: z.number() }) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await proxiesImportCsv(ctx, request.params.workspace, request.body)),
    );
    r.get(
      `/api/v1/workspaces/:workspace/proxies.csv`,
      {
        schema: {
          tags,
          params,
          response: {
            200: fileResponse("text/csv", "The proxy library as CSV (the import's columns)"),
            ...ERROR_RESPONSES,
          },
        },
      },
      async (request, reply) =>
        reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="proxies.csv"')
          .send(await proxiesCsv(ctx, request.params.workspace)),
    );
    r.get(
      `${base}/:id`,
      { schema: { tags, params: itemParams, response: { 200: proxySchema } } },
      async (request) => proxyDetail(ctx, request.params.workspace, request.params.id),
    );
    r.put(
      `${base}/:id`,
      { schema: { tags, params: itemParams, body, response: { 200: proxySchema } } },
      async (request) =>
        proxyUpdate(ctx, request.params.workspace, request.params.id, request.body),
    );
    const gone = { 204: noContentSchema, ...ERROR_RESPONSES };
    r.delete(
      `${base}/:id`,
      { schema: { tags, params: itemParams, response: gone } },
      async (request, reply) => {
        await proxyRemove(ctx, request.params.workspace, request.params.id);
        return reply.status(204).send(null);
      },
    );
    r.post(
      "/api/v1/workspaces/:workspace/value-maps/:id/proxy-copy",
      {
        schema: {
          tags,
          params: itemParams,
          body: proxyCopySchema,
          response: { 200: valueMapViewSchema, ...ERROR_RESPONSES },
          summary: "Copy a library proxy into one outcome of a stored value map",
        },
      },
      async (request) =>
        proxyCopyToValueMap(ctx, request.params.workspace, request.params.id, request.body),
    );
  });
}
