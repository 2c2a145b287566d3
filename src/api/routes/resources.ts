import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  entitiesList,
  entityDelete,
  entityGet,
  entitySave,
  RESOURCES,
  type ResourceName,
  type ServiceContext,
} from "../../services/index.ts";
import { ERROR_RESPONSES, listResultSchema, noContentSchema } from "../../shared/api-common.ts";
import { entityId, workspaceSlug } from "../../shared/index.ts";
import { entityViewSchema } from "../../shared/workspace-views.ts";

const one = { 200: entityViewSchema, ...ERROR_RESPONSES };

const listQuery = (filters: string[]) =>
  z.object({
    q: z.string().max(200).optional(),
    sort: z.string().max(50).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
    offset: z.coerce.number().int().min(0).optional(),
    ...Object.fromEntries(filters.map((f) => [f, z.string().max(200).optional()])),
  });

/** The five landscape resources share one shape of routes: list, get, create, replace, delete. */
function registerResource(app: FastifyInstance, ctx: ServiceContext, resource: ResourceName) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const spec = RESOURCES[resource];
  const base = `/api/v1/workspaces/:workspace/${resource}`;
  const params = z.object({ workspace: workspaceSlug });
  const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
  const tags = [resource];
  r.get(
    base,
    {
      schema: {
        tags,
        params,
        querystring: listQuery(spec.filters),
        response: { 200: listResultSchema(entityViewSchema), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { q, sort, limit, offset, ...filters } = request.query as Record<
        string,
        string | number | undefined
      >;
      return entitiesList(ctx, request.params.workspace, resource, {
        q: q as string | undefined,
        sort: sort as string | undefined,
        limit: limit as number | undefined,
        offset: offset as number | undefined,
        filters: filters as Record<string, string | undefined>,
      });
    },
  );
  r.get(`${base}/:id`, { schema: { tags, params: itemParams, response: one } }, async (request) =>
    entityGet(ctx, request.params.workspace, resource, request.params.id),
  );
  const created = { 201: entityViewSchema, ...ERROR_RESPONSES };
  r.post(
    base,
    { schema: { tags, params, body: spec.schema, response: created } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await entitySave(ctx, request.params.workspace, resource, request.body, null)),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: itemParams, body: spec.schema, response: one } },
    async (request) =>
      entitySave(ctx, request.params.workspace, resource, request.body, request.params.id),
  );
  const gone = { 204: noContentSchema, ...ERROR_RESPONSES };
  r.delete(
    `${base}/:id`,
    { schema: { tags, params: itemParams, response: gone } },
    async (request, reply) => {
      await entityDelete(ctx, request.params.workspace, resource, request.params.id);
      return reply.status(204).send(null);
    },
  );
}

/** Registers organisations, partnerships, events, contracts and evidence. */
export function registerResourceRoutes(app: FastifyInstance, ctx: ServiceContext) {
  for (const resource of Object.keys(RESOURCES) as ResourceName[])
    registerResource(app, ctx, resource);
}
