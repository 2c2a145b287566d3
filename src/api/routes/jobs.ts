import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { jobsList, type ServiceContext } from "../../services/index.ts";
import { ERROR_RESPONSES } from "../../shared/api-common.ts";
import { JOB_STATES, workspaceSlug } from "../../shared/index.ts";
import { jobListSchema } from "../../shared/jobs.ts";

/** The jobs list of a workspace (one job is read at GET /api/v1/jobs/:id). */
export function registerJobRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/workspaces/:workspace/jobs",
    {
      schema: {
        tags: ["jobs"],
        params: z.object({ workspace: workspaceSlug }),
        querystring: z.object({
          owner: z.string().min(1).optional(),
          state: z.enum(JOB_STATES).optional(),
        }),
        response: { 200: jobListSchema, ...ERROR_RESPONSES },
        summary: "The workspace's jobs, newest first, with owner, state and progress",
      },
    },
    async (request) =>
      jobsList(ctx, request.params.workspace, {
        owner: request.query.owner,
        state: request.query.state,
      }),
  );
}
