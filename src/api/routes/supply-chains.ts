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
import {
  declaredObject,
  ERROR_RESPONSES,
  fileResponse,
  itemsSchema,
} from "../../shared/api-common.ts";
import { entityId, jobViewSchema, workspaceSlug } from "../../shared/index.ts";
import {
  merlinRawResponseSchema,
  merlinRecordedSchema,
  merlinResultSchema,
  supplyChainAnalysisSchema,
  supplyChainSchema,
  supplyChainSummarySchema,
} from "../../shared/supply-chain-views.ts";
import { registerDocumentRoutes } from "./document-routes.ts";
import { registerSupplyChainRunRoutes } from "./supply-chain-runs.ts";

const _params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
// The body is checked whole by the service, which names each problem by JSON path.
const body = z.looseObject({});
const tags = ["supply chains"];
const ok = <T>(schema: T) => ({ 200: schema, ...ERROR_RESPONSES });
const EXPORT_TYPES: Record<string, string> = { json: "application/json" };
// The engine's prepared model types a provider's tier as a string; the model's schema allows only
// the three tiers the shared type names, so the service's answer is that type (typed loosely here).
const analysisResponse = supplyChainAnalysisSchema as unknown as z.ZodType<object>;
const presetResponse = declaredObject<object>(
  "The Work Programme groups preset: a partnerscope-pbr/v1 document without providers",
);

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
      {
        schema: {
          tags,
          response: ok(presetResponse),
          summary: "The Work Programme groups preset",
        },
      },
      async () => supplyChainPreset(),
    );
    r.get(
      "/api/v1/jobs/:id",
      {
        schema: {
          tags: ["jobs"],
          params: z.object({ id: z.string().uuid() }),
          response: ok(jobViewSchema),
        },
      },
      async (request) => jobGet(ctx, request.params.id),
    );
    registerDocumentRoutes(app, {
      base,
      tags,
      summary: supplyChainSummarySchema,
      detail: supplyChainSchema,
      createBody: body,
      replaceBody: body,
      list: (workspace) => supplyChainsList(ctx, workspace),
      create: (workspace, input) => supplyChainCreate(ctx, workspace, input),
      read: (workspace, id) => supplyChainDetail(ctx, workspace, id),
      replace: (workspace, id, input) => supplyChainUpdate(ctx, workspace, id, input),
      remove: (workspace, id) => supplyChainRemove(ctx, workspace, id),
    });
    r.get(
      `${base}/:id/analysis`,
      {
        schema: {
          tags,
          params: itemParams,
          querystring: z.object({ shortfall: z.coerce.number().optional() }),
          response: ok(analysisResponse),
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
        {
          schema: {
            tags,
            params: itemParams,
            response: ok(
              fileResponse(
                EXPORT_TYPES[format] ?? "text/csv",
                `The supply chain's ${format} export`,
              ),
            ),
          },
        },
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
      {
        schema: {
          tags,
          params: itemParams,
          body,
          response: { 201: merlinRecordedSchema, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await merlinResponseAdd(ctx, request.params.workspace, request.params.id, request.body),
          ),
    );
    const merlin = ok(merlinResultSchema);
    r.get(
      `${base}/:id/merlin`,
      { schema: { tags, params: itemParams, response: merlin } },
      async (request) => merlinResults(ctx, request.params.workspace, request.params.id),
    );
    r.get(
      `${base}/:id/merlin/responses`,
      {
        schema: {
          tags,
          params: itemParams,
          response: ok(itemsSchema(merlinRawResponseSchema)),
          summary: "Every raw answer (owners only)",
        },
      },
      async (request) => ({
        items: await merlinResponsesRaw(ctx, request.params.workspace, request.params.id),
      }),
    );
    registerSupplyChainRunRoutes(scope, ctx, base);
  });
}
