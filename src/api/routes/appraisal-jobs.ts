import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../services/context.ts";
import { appraisalMonteCarloStart } from "../../services/index.ts";
import { ERROR_RESPONSES } from "../../shared/api-common.ts";
import { entityId, jobStartedSchema, LIMITS, workspaceSlug } from "../../shared/index.ts";

const itemParams = z.object({ workspace: workspaceSlug, id: entityId });

/**
 * `POST …/appraisals/:id/monte-carlo`: a stored appraisal's Monte Carlo as a job (progress, cancel,
 * result kept in the database), for more iterations than the results route runs in one request.
 */
export function registerAppraisalJobRoutes(api: FastifyInstance, ctx: ServiceContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/v1/workspaces/:workspace/appraisals/:id/monte-carlo",
    {
      schema: {
        tags: ["appraisals"],
        params: itemParams,
        body: z.object({
          version: z.number().int().min(1).optional(),
          iterations: z.number().int().min(100).max(LIMITS.appraisalJobIterations),
          seed: z
            .number()
            .int()
            .min(0)
            .max(2 ** 31 - 1)
            .default(1),
        }),
        response: { 202: jobStartedSchema, ...ERROR_RESPONSES },
        summary: "Start an appraisal's Monte Carlo as a job; poll GET /api/v1/jobs/:id",
      },
    },
    async (request, reply) => {
      const { workspace, id } = request.params;
      const job = await appraisalMonteCarloStart(ctx, workspace, id, request.body);
      return reply.status(202).send({ job });
    },
  );
}
