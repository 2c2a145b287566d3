import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../services/context.ts";
import {
  instrumentCopyCreate,
  instrumentDetail,
  instrumentsList,
  instrumentVersionAdd,
} from "../../services/health/index.ts";
import { ERROR_RESPONSES, itemsSchema } from "../../shared/api-common.ts";
import { instrumentSummarySchema, instrumentViewSchema } from "../../shared/health-views.ts";
import { entityId, workspaceSlug } from "../../shared/primitives.ts";

const params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
// Bodies are checked whole by the services, which name each problem by JSON path.
const body = z.looseObject({});
const tags = ["partnership health"];
const ok = <T>(schema: T) => ({ 200: schema, ...ERROR_RESPONSES });
const made = <T>(schema: T) => ({ 201: schema, ...ERROR_RESPONSES });

/** Partnership-health instruments: the shipped ones and a workspace's copies and their versions. */
export function registerHealthInstrumentRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const W = "/api/v1/workspaces/:workspace";
  const instruments = ok(itemsSchema(instrumentSummarySchema));
  r.get(`${W}/instruments`, { schema: { tags, params, response: instruments } }, async (req) => ({
    items: await instrumentsList(ctx, req.params.workspace),
  }));
  r.post(
    `${W}/instruments`,
    {
      schema: {
        tags,
        params,
        body,
        response: made(instrumentViewSchema),
        summary: "Copy an instrument under a new id",
      },
    },
    async (req, reply) =>
      reply.status(201).send(await instrumentCopyCreate(ctx, req.params.workspace, req.body)),
  );
  r.get(
    `${W}/instruments/:id`,
    {
      schema: {
        tags,
        params: itemParams,
        querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
        response: ok(instrumentViewSchema),
      },
    },
    async (req) => instrumentDetail(ctx, req.params.workspace, req.params.id, req.query.version),
  );
  r.post(
    `${W}/instruments/:id/versions`,
    {
      schema: {
        tags,
        params: itemParams,
        body,
        response: made(instrumentViewSchema),
        summary: "Save an edited instrument as its next version",
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await instrumentVersionAdd(ctx, req.params.workspace, req.params.id, req.body)),
  );
}
