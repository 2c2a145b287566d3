import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  outcomeFrameworkCreate,
  outcomeFrameworkDetail,
  outcomeFrameworkRemove,
  outcomeFrameworkSummary,
  outcomeFrameworksList,
  outcomeFrameworkUpdate,
  outcomeMeasuresAddJson,
  outcomeMeasuresCsv,
  outcomeMeasuresImportCsv,
  type ServiceContext,
  voiceOfUsers,
} from "../../services/index.ts";
import { ERROR_RESPONSES, fileResponse, noContentSchema } from "../../shared/api-common.ts";
import { entityId, workspaceSlug } from "../../shared/index.ts";
import {
  measuresAddedSchema,
  outcomeFrameworkListSchema,
  outcomeSummarySchema,
  voiceOfUsersSchema,
} from "../../shared/outcome-views.ts";
import { outcomeFrameworkSchema } from "../../shared/outcomes.ts";

const params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
// The body is checked whole by the service, which names each problem by JSON path or CSV line.
const body = z.looseObject({});
const tags = ["outcome frameworks"];
const ok = <T>(schema: T) => ({ 200: schema, ...ERROR_RESPONSES });
const one = ok(outcomeFrameworkSchema);
const added = { 201: measuresAddedSchema, ...ERROR_RESPONSES };

/** Outcome frameworks, their measures (JSON and CSV) and summaries, and the voice-of-users gauge. */
export function registerOutcomeFrameworkRoutes(app: FastifyInstance, ctx: ServiceContext) {
  // Encapsulated so the CSV body parser applies to these routes only (text/plain is Fastify's own).
  app.register(async (scope) => {
    scope.addContentTypeParser("text/csv", { parseAs: "string" }, (_req, text, done) =>
      done(null, text),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/workspaces/:workspace/outcome-frameworks";
    r.get(
      "/api/v1/workspaces/:workspace/voice-of-users",
      { schema: { tags, params, response: ok(voiceOfUsersSchema) } },
      async (request) => voiceOfUsers(ctx, request.params.workspace),
    );
    r.get(
      base,
      { schema: { tags, params, response: ok(outcomeFrameworkListSchema) } },
      async (request) => outcomeFrameworksList(ctx, request.params.workspace),
    );
    const created = { 201: outcomeFrameworkSchema, ...ERROR_RESPONSES };
    r.post(base, { schema: { tags, params, body, response: created } }, async (request, reply) =>
      reply
        .status(201)
        .send(await outcomeFrameworkCreate(ctx, request.params.workspace, request.body)),
    );
    r.get(`${base}/:id`, { schema: { tags, params: itemParams, response: one } }, async (request) =>
      outcomeFrameworkDetail(ctx, request.params.workspace, request.params.id),
    );
    r.put(
      `${base}/:id`,
      { schema: { tags, params: itemParams, body, response: one } },
      async (request) =>
        outcomeFrameworkUpdate(ctx, request.params.workspace, request.params.id, request.body),
    );
    const gone = { 204: noContentSchema, ...ERROR_RESPONSES };
    r.delete(
      `${base}/:id`,
      { schema: { tags, params: itemParams, response: gone } },
      async (request, reply) => {
        await outcomeFrameworkRemove(ctx, request.params.workspace, request.params.id);
        return reply.status(204).send(null);
      },
    );
    const summary = ok(outcomeSummarySchema);
    r.get(
      `${base}/:id/summary`,
      { schema: { tags, params: itemParams, response: summary } },
      async (request) => outcomeFrameworkSummary(ctx, request.params.workspace, request.params.id),
    );
    r.post(
      `${base}/:id/measures`,
      { schema: { tags, params: itemParams, body, response: added } },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await outcomeMeasuresAddJson(
              ctx,
              request.params.workspace,
              request.params.id,
              request.body,
            ),
          ),
    );
    r.post(
      `${base}/:id/measures/import`,
      {
        schema: {
          tags,
          params: itemParams,
          body: z.string(),
          summary: "CSV: indicator,date,value,person,phase",
          response: added,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await outcomeMeasuresImportCsv(
              ctx,
              request.params.workspace,
              request.params.id,
              request.body,
            ),
          ),
    );
    r.get(
      `${base}/:id/measures.csv`,
      {
        schema: {
          tags,
          params: itemParams,
          response: ok(
            fileResponse("text/csv", "The framework's measures as CSV (the import's columns)"),
          ),
        },
      },
      async (request, reply) => {
        const text = await outcomeMeasuresCsv(ctx, request.params.workspace, request.params.id);
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${request.params.id}-measures.csv"`)
          .send(text);
      },
    );
  });
}
