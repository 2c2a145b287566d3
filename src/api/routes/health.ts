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
  waveCloseNow,
  waveOpen,
} from "../../services/health/index.ts";
import {
  ERROR_RESPONSES,
  fileResponse,
  itemsSchema,
  noContentSchema,
} from "../../shared/api-common.ts";
import {
  assessmentCompareSchema,
  assessmentDetailSchema,
  assessmentResultsSchema,
  assessmentSchema,
  rawResponseSchema,
  responseRecordedSchema,
  waveSchema,
} from "../../shared/health-views.ts";
import { entityId, workspaceSlug } from "../../shared/primitives.ts";
import { registerHealthInstrumentRoutes } from "./health-instruments.ts";
import { registerHealthLinkRoutes } from "./health-links.ts";

const params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
const waveParams = z.object({ workspace: workspaceSlug, id: entityId, wave: entityId });
// Bodies are checked whole by the services, which name each problem by JSON path.
const body = z.looseObject({});
const tags = ["partnership health"];
const ok = <T>(schema: T) => ({ 200: schema, ...ERROR_RESPONSES });
const made = <T>(schema: T) => ({ 201: schema, ...ERROR_RESPONSES });

/** Partnership health: instruments, assessments, waves, responses and results (decision 0014). */
export function registerHealthRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const W = "/api/v1/workspaces/:workspace";
  const A = `${W}/assessments`;
  registerHealthInstrumentRoutes(app, ctx);
  r.get(
    A,
    { schema: { tags, params, response: ok(itemsSchema(assessmentSchema)) } },
    async (req) => ({
      items: await assessmentsList(ctx, req.params.workspace),
    }),
  );
  const detail = ok(assessmentDetailSchema);
  const created = made(assessmentDetailSchema);
  r.post(A, { schema: { tags, params, body, response: created } }, async (req, reply) =>
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
        response: ok(assessmentCompareSchema),
      },
    },
    async (req) =>
      assessmentsCompare(ctx, req.params.workspace, req.query.instrument, req.query.by),
  );
  r.get(`${A}/:id`, { schema: { tags, params: itemParams, response: detail } }, async (req) =>
    assessmentDetail(ctx, req.params.workspace, req.params.id),
  );
  const gone = { 204: noContentSchema, ...ERROR_RESPONSES };
  r.delete(
    `${A}/:id`,
    { schema: { tags, params: itemParams, response: gone } },
    async (req, reply) => {
      await assessmentRemove(ctx, req.params.workspace, req.params.id);
      return reply.status(204).send(null);
    },
  );
  const waveMade = made(waveSchema);
  r.post(
    `${A}/:id/waves`,
    { schema: { tags, params: itemParams, body, response: waveMade } },
    async (req, reply) =>
      reply.status(201).send(await waveOpen(ctx, req.params.workspace, req.params.id, req.body)),
  );
  const waveClosed = ok(waveSchema);
  r.post(
    `${A}/:id/waves/:wave/close`,
    { schema: { tags, params: waveParams, response: waveClosed } },
    async (req) => waveCloseNow(ctx, req.params.workspace, req.params.id, req.params.wave),
  );
  const recorded = made(responseRecordedSchema);
  r.post(
    `${A}/:id/responses`,
    { schema: { tags, params: itemParams, body, response: recorded } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await assessmentResponseAdd(ctx, req.params.workspace, req.params.id, req.body)),
  );
  r.get(
    `${A}/:id/responses`,
    {
      schema: {
        tags,
        params: itemParams,
        response: ok(itemsSchema(rawResponseSchema)),
        summary: "Every raw response (owners only)",
      },
    },
    async (req) => ({
      items: await assessmentResponsesRaw(ctx, req.params.workspace, req.params.id),
    }),
  );
  const query = z.object({ wave: entityId.optional() });
  r.get(
    `${A}/:id/results`,
    {
      schema: {
        tags,
        params: itemParams,
        querystring: query,
        response: ok(assessmentResultsSchema),
      },
    },
    async (req) => assessmentResults(ctx, req.params.workspace, req.params.id, req.query.wave),
  );
  r.get(
    `${A}/:id/results.csv`,
    {
      schema: {
        tags,
        params: itemParams,
        querystring: query,
        response: ok(
          fileResponse("text/csv", "The results as CSV, under the three-respondent rule"),
        ),
      },
    },
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
