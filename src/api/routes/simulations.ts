import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { jobCancel, type ServiceContext } from "../../services/index.ts";
import type { SimulationRequest } from "../../services/simulation/simulate.ts";
import {
  simulationJobStart,
  simulationSaveAsWorkspace,
} from "../../services/simulation/simulation-jobs.ts";
import { ERROR_RESPONSES } from "../../shared/api-common.ts";
import { LIMITS, workspaceSlug } from "../../shared/index.ts";
import { jobStartedSchema, jobViewSchema } from "../../shared/jobs.ts";
import { exchangeImportResultSchema } from "../../shared/workspace-views.ts";
import { registerJobRoutes } from "./jobs.ts";

const tags = ["simulations"];
const params = z.object({ workspace: workspaceSlug });
const SCENARIO_FORMAT = "partnerscope-scenario/v1";
const runs = z.number().int().min(1).max(LIMITS.simulationRuns);
const seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);
// A scenario document is checked in full by the service, which names the path of each problem.
const scenarioDoc = z.object({ format: z.literal(SCENARIO_FORMAT) }).passthrough();
const presetRequest = z.object({
  preset: z.string().min(1),
  runs: runs.optional(),
  seed: seed.optional(),
});
const runBody = z.union([scenarioDoc, presetRequest]);
const saveBody = z.object({
  slug: z.string(),
  scenario: z.unknown().optional(),
  preset: z.string().optional(),
  seed: seed.optional(),
});

function requestOf(body: z.infer<typeof runBody>): SimulationRequest {
  if ("format" in body) return { scenario: body };
  return { preset: body.preset, runs: body.runs, seed: body.seed };
}

/** Sector simulations: run a preset or scenario as a job, cancel jobs, save run 0 as a workspace. */
export function registerSimulationRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/workspaces/:workspace/simulations";
  r.post(
    base,
    {
      schema: {
        tags,
        params,
        body: runBody,
        response: { 202: jobStartedSchema, ...ERROR_RESPONSES },
        summary: "Start a simulation (scenario or preset) as a job; poll GET /api/v1/jobs/:id",
      },
    },
    async (request, reply) => {
      const job = await simulationJobStart(ctx, request.params.workspace, requestOf(request.body));
      return reply.status(202).send({ job });
    },
  );
  r.post(
    `${base}/save`,
    {
      schema: {
        tags,
        params,
        body: saveBody,
        response: { 201: exchangeImportResultSchema, ...ERROR_RESPONSES },
        summary: "Save run 0 of a scenario or preset as a new workspace you own",
      },
    },
    async (request, reply) => {
      const { slug, scenario, preset, seed } = request.body;
      const simulation: SimulationRequest =
        scenario === undefined ? { preset, seed } : { scenario };
      const result = await simulationSaveAsWorkspace(ctx, slug, simulation, request.actor!);
      return reply.status(201).send(result);
    },
  );
  registerJobRoutes(app, ctx);
  r.delete(
    "/api/v1/jobs/:id",
    {
      schema: {
        tags: ["jobs"],
        params: z.object({ id: z.string().uuid() }),
        response: { 200: jobViewSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => jobCancel(ctx, request.params.id),
  );
}
