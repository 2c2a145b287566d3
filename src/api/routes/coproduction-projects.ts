import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  coproductionProjectUpdate,
  coproductionProposalsSet,
  coproductionStageRemove,
  coproductionStageSet,
} from "../../services/coproduction/coproduction-edits.ts";
import {
  coproductionProjectCreate,
  coproductionProjectDetail,
  coproductionProjectRemove,
  coproductionProjectsList,
} from "../../services/coproduction/coproduction-projects.ts";
import type { ServiceContext } from "../../services/index.ts";
import { ERROR_RESPONSES, noContentSchema } from "../../shared/api-common.ts";
import { COPRODUCTION_STAGES } from "../../shared/coproduction.ts";
import {
  coproductionProjectSummarySchema,
  coproductionProjectViewSchema,
} from "../../shared/coproduction-results.ts";
import { entityId, workspaceSlug } from "../../shared/index.ts";

const params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
const stageParams = itemParams.extend({ stage: z.enum(COPRODUCTION_STAGES) });
// The body is checked whole by the service, which names each problem by JSON path.
const body = z.looseObject({});
const view = { 200: coproductionProjectViewSchema };
const tags = ["co-production projects"];

/** Co-production projects: stages, costs, proposals ranked by both sides, the evaluation's value map. */
export function registerCoproductionRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/workspaces/:workspace/co-production-projects";
  r.get(
    base,
    {
      schema: {
        tags,
        params,
        querystring: z.object({ partnership: entityId.optional() }),
        response: { 200: z.object({ items: z.array(coproductionProjectSummarySchema) }) },
      },
    },
    async (request) => ({
      items: await coproductionProjectsList(
        ctx,
        request.params.workspace,
        request.query.partnership,
      ),
    }),
  );
  r.post(
    base,
    { schema: { tags, params, body, response: { 201: coproductionProjectViewSchema } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await coproductionProjectCreate(ctx, request.params.workspace, request.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: itemParams, response: view } }, async (request) =>
    coproductionProjectDetail(ctx, request.params.workspace, request.params.id),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: itemParams, body, response: view } },
    async (request) =>
      coproductionProjectUpdate(ctx, request.params.workspace, request.params.id, request.body),
  );
  r.delete(
    `${base}/:id`,
    {
      schema: { tags, params: itemParams, response: { 204: noContentSchema, ...ERROR_RESPONSES } },
    },
    async (request, reply) => {
      await coproductionProjectRemove(ctx, request.params.workspace, request.params.id);
      return reply.status(204).send(null);
    },
  );
  r.put(
    `${base}/:id/stages/:stage`,
    { schema: { tags, params: stageParams, body, response: view } },
    async (request) => {
      const { workspace, id, stage } = request.params;
      return coproductionStageSet(ctx, workspace, id, stage, request.body);
    },
  );
  r.delete(
    `${base}/:id/stages/:stage`,
    { schema: { tags, params: stageParams, response: view } },
    async (request) => {
      const { workspace, id, stage } = request.params;
      return coproductionStageRemove(ctx, workspace, id, stage);
    },
  );
  r.put(
    `${base}/:id/proposals`,
    { schema: { tags, params: itemParams, body, response: view } },
    async (request) =>
      coproductionProposalsSet(ctx, request.params.workspace, request.params.id, request.body),
  );
}
