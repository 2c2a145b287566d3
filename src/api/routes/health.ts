import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../services/context.ts";
import {
  assessmentCreate,
  assessmentDetail,
  assessmentRemove,
  assessmentResponseAdd,
  assessmentResponsesRaw,
  assessmentResults,
  assessmentResultsCsv,
  assessmentsCompare,
  assessmentsList,
  COMPARE_BY,
  instrumentCopyCreate,
  instrumentDetail,
  instrumentsList,
  instrumentVersionAdd,
  waveCloseNow,
  waveOpen,
} from "../../services/health/index.ts";
import { entityId, workspaceSlug } from "../../shared/primitives.ts";
import { registerHealthLinkRoutes } from "./health-links.ts";

const params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
const waveParams = z.object({ workspace: workspaceSlug, id: entityId, wave: entityId });
// Bodies are checked whole by the services, which name each problem by JSON path.
const body = z.looseObject({});
const tags = ["partnership health"];

/** Partnership health: instruments, assessments, waves, responses and results (decision 0014). */
export function registerHealthRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const W = "/api/v1/workspaces/:workspace";
  const A = `${W}/assessments`;
  r.get(`${W}/instruments`, { schema: { tags, params } }, async (req) => ({
    items: await instrumentsList(ctx, req.params.workspace),
  }));
  r.post(
    `${W}/instruments`,
    { schema: { tags, params, body, summary: "Copy an instrument under a new id" } },
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
        summary: "Save an edited instrument as its next version",
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await instrumentVersionAdd(ctx, req.params.workspace, req.params.id, req.body)),
  );
  r.get(A, { schema: { tags, params } }, async (req) => ({
    items: await assessmentsList(ctx, req.params.workspace),
  }));
  r.post(A, { schema: { tags, params, body } }, async (req, reply) =>
    reply.status(201).send(await assessmentCreate(ctx, req.params.workspace, req.body)),
  );
  r.get(
    `${A}/compare`,
    {
      schema: {
        tags,
        params,
        summary: "Compare partnerships' assessments by origin, form or stage",
        querystring: z.object({ instrument: entityId, by: z.enum(COMPARE_BY).default("origin") }),
      },
    },
    async (req) =>
      assessmentsCompare(ctx, req.params.workspace, req.query.instrument, req.query.by),
  );
  r.get(`${A}/:id`, { schema: { tags, params: itemParams } }, async (req) =>
    assessmentDetail(ctx, req.params.workspace, req.params.id),
  );
  r.delete(`${A}/:id`, { schema: { tags, params: itemParams } }, async (req, reply) => {
    await assessmentRemove(ctx, req.params.workspace, req.params.id);
    return reply.status(204).send();
  });
  r.post(`${A}/:id/waves`, { schema: { tags, params: itemParams, body } }, async (req, reply) =>
    reply.status(201).send(await waveOpen(ctx, req.params.workspace, req.params.id, req.body)),
  );
  r.post(`${A}/:id/waves/:wave/close`, { schema: { tags, params: waveParams } }, async (req) =>
    waveCloseNow(ctx, req.params.workspace, req.params.id, req.params.wave),
  );
  r.post(`${A}/:id/responses`, { schema: { tags, params: itemParams, body } }, async (req, reply) =>
    reply
      .status(201)
      .send(await assessmentResponseAdd(ctx, req.params.workspace, req.params.id, req.body)),
  );
  r.get(
    `${A}/:id/responses`,
    { schema: { tags, params: itemParams, summary: "Every raw response (owners only)" } },
    async (req) => ({
      items: await assessmentResponsesRaw(ctx, req.params.workspace, req.params.id),
    }),
  );
  const query = z.object({ wave: entityId.optional() });
  r.get(
    `${A}/:id/results`,
    { schema: { tags, params: itemParams, querystring: query } },
    async (req) => assessmentResults(ctx, req.params.workspace, req.params.id, req.query.wave),
  );
  r.get(
    `${A}/:id/results.csv`,
    { schema: { tags, params: itemParams, querystring: query } },
    async (req, reply) => {
      const csv = await assessmentResultsCsv(
        ctx,
        req.params.workspace,
        req.params.id,
        req.query.wave,
      );
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${req.params.id}-results.csv"`)
        .send(csv);
    },
  );
  registerHealthLinkRoutes(app, ctx);
}
