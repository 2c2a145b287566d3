import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../services/index.ts";
import { simulationPresetsView } from "../../services/simulation/presets-view.ts";
import { simulationCompareJobStart } from "../../services/simulation/simulation-compare-job.ts";
import { ERROR_RESPONSES, itemsSchema } from "../../shared/api-common.ts";
import { SIMULATION_COMPARE_MAX, workspaceSlug } from "../../shared/index.ts";
import { jobStartedSchema } from "../../shared/jobs.ts";
import { simulationPresetViewSchema } from "../../shared/simulation-presets.ts";

const params = z.object({ workspace: workspaceSlug });
// The body is checked in full by the service, which names the path of each problem
// ($.scenarios[1].scenario.changes[0].from); here only its shape is documented.
const body = z
  .object({
    scenarios: z.array(z.object({ label: z.string(), scenario: z.unknown() })),
    runs: z.number().optional(),
    seed: z.number().optional(),
  })
  .passthrough();

/**
 * Scenario comparison (up to four scenarios run with the same seed and runs, as one job) and the
 * shipped presets it starts from, with their stored calibration reports.
 */
export function registerSimulationCompareRoutes(app: FastifyInstance, ctx: ServiceContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/simulations/presets",
    {
      schema: {
        tags: ["simulations"],
        response: { 200: itemsSchema(simulationPresetViewSchema), ...ERROR_RESPONSES },
        summary:
          "The shipped simulation presets: years, policy timeline and stored calibration report (tolerance and P5–P95 over runs)",
      },
    },
    async () => ({ items: simulationPresetsView() }),
  );
  app.withTypeProvider<ZodTypeProvider>().post(
    "/api/v1/workspaces/:workspace/simulations/compare",
    {
      schema: {
        tags: ["simulations"],
        params,
        body,
        response: { 202: jobStartedSchema },
        summary: `Compare up to ${SIMULATION_COMPARE_MAX} scenarios (same seed and runs) as a job; poll GET /api/v1/jobs/:id for yearly P10–P90 bands per scenario`,
      },
    },
    async (request, reply) => {
      const job = await simulationCompareJobStart(ctx, request.params.workspace, request.body);
      return reply.status(202).send({ job });
    },
  );
}
