import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  type ServiceContext,
  workspaceTokenCreate,
  workspaceTokenRevoke,
  workspaceTokensList,
} from "../../services/index.ts";
import { ERROR_RESPONSES, noContentSchema } from "../../shared/api-common.ts";
import {
  apiTokenCreatedSchema,
  apiTokenInputSchema,
  apiTokenSchema,
  workspaceSlug,
} from "../../shared/index.ts";

const tags = ["access"];
const params = z.object({ workspace: workspaceSlug });

/** A workspace's API tokens (owners): list, create (the token is shown once), revoke. */
export function registerTokenRoutes(api: FastifyInstance, ctx: ServiceContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/workspaces/:workspace/tokens";
  r.get(
    base,
    { schema: { tags, params, response: { 200: z.object({ items: z.array(apiTokenSchema) }) } } },
    async (request) => ({ items: await workspaceTokensList(ctx, request.params.workspace) }),
  );
  r.post(
    base,
    {
      schema: {
        tags,
        params,
        body: apiTokenInputSchema,
        response: { 201: apiTokenCreatedSchema },
        summary:
          "Create a token for this workspace with a role no higher than yours (shown once; 90 days unless said)",
      },
    },
    async (request, reply) => {
      const created = await workspaceTokenCreate(ctx, request.params.workspace, request.body);
      return reply.status(201).send(created);
    },
  );
  r.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        params: params.extend({ id: z.string().min(1).max(64) }),
        response: { 204: noContentSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await workspaceTokenRevoke(ctx, request.params.workspace, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
