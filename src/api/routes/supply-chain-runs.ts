import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ATTRIBUTION_METHODS } from "../../engine/pbr/attribution.ts";
import {
  type ServiceContext,
  supplyChainAttribution,
  supplyChainMonteCarloStart,
  supplyChainPerformance,
} from "../../services/index.ts";
import { ERROR_RESPONSES } from "../../shared/api-common.ts";
import { entityId, jobStartedSchema, LIMITS, workspaceSlug } from "../../shared/index.ts";
import { attributionViewSchema, performanceViewSchema } from "../../shared/supply-chain-views.ts";

const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
const seed = z.coerce
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);
// CSV arrives as text (text/csv or text/plain) or, from scripts, as JSON.
const csvBody = z.union([z.string(), z.object({ csv: z.string() })]);
const attributionBody = z.union([
  z.string(),
  z.object({ journeys: z.string(), claims: z.string().optional() }),
]);
const attributionQuery = z.object({
  method: z.enum(ATTRIBUTION_METHODS).optional(),
  // Capped so one request cannot hold a core for long (sampled Shapley only, above 16 providers).
  samples: z.coerce.number().int().min(1).max(LIMITS.attributionSamples).optional(),
  seed: seed.optional(),
});
const tags = ["supply chains"];

/** A supply chain's runs: Monte Carlo as a job, performance from participants, attribution of outcomes. */
export function registerSupplyChainRunRoutes(
  app: FastifyInstance,
  ctx: ServiceContext,
  base: string,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    `${base}/:id/monte-carlo`,
    {
      schema: {
        tags,
        params: itemParams,
        body: z.object({ runs: z.number().int().min(1).max(LIMITS.pbrMonteCarloRuns), seed }),
        response: { 202: jobStartedSchema, ...ERROR_RESPONSES },
        summary: "Start a Monte Carlo as a job; poll GET /api/v1/jobs/:id",
      },
    },
    async (request, reply) => {
      const job = await supplyChainMonteCarloStart(
        ctx,
        request.params.workspace,
        request.params.id,
        request.body,
      );
      return reply.status(202).send({ job });
    },
  );
  r.post(
    `${base}/:id/performance`,
    {
      schema: {
        tags,
        params: itemParams,
        body: csvBody,
        response: { 200: performanceViewSchema, ...ERROR_RESPONSES },
        summary: "Performance from a participants CSV",
      },
    },
    async (request) => {
      const csv = typeof request.body === "string" ? request.body : request.body.csv;
      return supplyChainPerformance(ctx, request.params.workspace, request.params.id, csv);
    },
  );
  r.post(
    `${base}/:id/attribution`,
    {
      schema: {
        tags,
        params: itemParams,
        body: attributionBody,
        querystring: attributionQuery,
        response: { 200: attributionViewSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const b = request.body;
      const files = typeof b === "string" ? { journeys: b } : b;
      return supplyChainAttribution(ctx, request.params.workspace, request.params.id, {
        ...files,
        ...request.query,
      });
    },
  );
}
