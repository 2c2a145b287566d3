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
import { entityId, LIMITS, workspaceSlug } from "../../shared/index.ts";

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

/** Value maps: stored SROI / cost-benefit maps by perspective, their results and reports. */
export function registerValueMapRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/workspaces/:workspace/value-maps";
  r.get(base, { schema: { tags, params } }, async (request) => ({
    items: await valueMapsList(ctx, request.params.workspace),
  }));
  r.post(
    base,
    { schema: { tags, params, body: z.object({ id: entityId, document }) } },
    async (request, reply) =>
      reply.status(201).send(await valueMapCreate(ctx, request.params.workspace, request.body)),
  );
  r.post(
    `${base}/evaluate`,
    {
      schema: {
        tags,
        params,
        querystring: runQuery,
        body: z.object({ document }),
        summary: "Evaluate an unsaved value map (nothing is stored)",
      },
    },
    async (request) => valueMapEvaluate(ctx, request.params.workspace, request.body, request.query),
  );
  r.get(`${base}/:id`, { schema: { tags, params: itemParams } }, async (request) =>
    valueMapDetail(ctx, request.params.workspace, request.params.id),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: itemParams, body: z.object({ document }) } },
    async (request) =>
      valueMapUpdate(ctx, request.params.workspace, request.params.id, request.body),
  );
  r.delete(`${base}/:id`, { schema: { tags, params: itemParams } }, async (request, reply) => {
    await valueMapRemove(ctx, request.params.workspace, request.params.id);
    return reply.status(204).send();
  });
  r.get(
    `${base}/:id/results`,
    { schema: { tags, params: itemParams, querystring: runQuery } },
    async (request) =>
      valueMapResults(ctx, request.params.workspace, request.params.id, request.query),
  );
  for (const format of ["xlsx", "html"] as const)
    r.get(
      `${base}/:id/export.${format}`,
      { schema: { tags, params: itemParams, querystring: runQuery } },
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
