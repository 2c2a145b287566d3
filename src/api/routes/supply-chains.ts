import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  jobGet,
  merlinResponseAdd,
  merlinResponsesRaw,
  merlinResults,
  type ServiceContext,
  SUPPLY_CHAIN_EXPORTS,
  supplyChainAnalysis,
  supplyChainCreate,
  supplyChainDetail,
  supplyChainExport,
  supplyChainPreset,
  supplyChainRemove,
  supplyChainsList,
  supplyChainUpdate,
} from "../../services/index.ts";
import { entityId, workspaceSlug } from "../../shared/index.ts";
import { registerSupplyChainRunRoutes } from "./supply-chain-runs.ts";

const params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
// The body is checked whole by the service, which names each problem by JSON path.
const body = z.looseObject({});
const tags = ["supply chains"];

/** Supply chains: stored payment-by-results models, their analysis, runs, evidence and partner survey. */
export function registerSupplyChainRoutes(app: FastifyInstance, ctx: ServiceContext) {
  // Encapsulated so the CSV body parser applies to these routes only.
  app.register(async (scope) => {
    scope.addContentTypeParser("text/csv", { parseAs: "string" }, (_req, text, done) =>
      done(null, text),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/workspaces/:workspace/supply-chains";
    r.get(
      "/api/v1/supply-chains/preset",
      { schema: { tags, summary: "The Work Programme groups preset" } },
      async () => supplyChainPreset(),
    );
    r.get(
      "/api/v1/jobs/:id",
      { schema: { tags: ["jobs"], params: z.object({ id: z.string().uuid() }) } },
      async (request) => jobGet(ctx, request.params.id),
    );
    r.get(base, { schema: { tags, params } }, async (request) => ({
      items: await supplyChainsList(ctx, request.params.workspace),
    }));
    r.post(base, { schema: { tags, params, body } }, async (request, reply) =>
      reply.status(201).send(await supplyChainCreate(ctx, request.params.workspace, request.body)),
    );
    r.get(`${base}/:id`, { schema: { tags, params: itemParams } }, async (request) =>
      supplyChainDetail(ctx, request.params.workspace, request.params.id),
    );
    r.put(`${base}/:id`, { schema: { tags, params: itemParams, body } }, async (request) =>
      supplyChainUpdate(ctx, request.params.workspace, request.params.id, request.body),
    );
    r.delete(`${base}/:id`, { schema: { tags, params: itemParams } }, async (request, reply) => {
      await supplyChainRemove(ctx, request.params.workspace, request.params.id);
      return reply.status(204).send();
    });
    r.get(
      `${base}/:id/analysis`,
      {
        schema: {
          tags,
          params: itemParams,
          querystring: z.object({ shortfall: z.coerce.number().optional() }),
        },
      },
      async (request) =>
        supplyChainAnalysis(
          ctx,
          request.params.workspace,
          request.params.id,
          request.query.shortfall,
        ),
    );
    for (const format of SUPPLY_CHAIN_EXPORTS)
      r.get(
        `${base}/:id/export.${format}`,
        { schema: { tags, params: itemParams } },
        async (request, reply) => {
          const out = await supplyChainExport(
            ctx,
            request.params.workspace,
            request.params.id,
            format,
          );
          return reply
            .header("content-type", out.contentType)
            .header("content-disposition", `attachment; filename="${out.filename}"`)
            .send(out.body);
        },
      );
    r.post(
      `${base}/:id/merlin/responses`,
      { schema: { tags, params: itemParams, body } },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await merlinResponseAdd(ctx, request.params.workspace, request.params.id, request.body),
          ),
    );
    r.get(`${base}/:id/merlin`, { schema: { tags, params: itemParams } }, async (request) =>
      merlinResults(ctx, request.params.workspace, request.params.id),
    );
    r.get(
      `${base}/:id/merlin/responses`,
      { schema: { tags, params: itemParams, summary: "Every raw answer (owners only)" } },
      async (request) => ({
        items: await merlinResponsesRaw(ctx, request.params.workspace, request.params.id),
      }),
    );
    registerSupplyChainRunRoutes(scope, ctx, base);
  });
}
