import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ERROR_RESPONSES, itemsSchema, noContentSchema } from "../../shared/api-common.ts";
import { entityId, workspaceSlug } from "../../shared/index.ts";

const params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });

/**
 * A collection of stored documents in a workspace (appraisals, value maps, supply chains): its
 * schemas and the service calls behind list, create, read, replace and delete.
 */
export interface DocumentCollection<Create extends z.ZodType, Replace extends z.ZodType> {
  /** e.g. `/api/v1/workspaces/:workspace/value-maps` */
  base: string;
  tags: string[];
  summary: z.ZodType;
  detail: z.ZodType;
  createBody: Create;
  replaceBody: Replace;
  /** Said in the OpenAPI document for PUT, where replacing does more than replace. */
  replaceSummary?: string;
  list(workspace: string): Promise<unknown[]>;
  create(workspace: string, body: z.infer<Create>): Promise<unknown>;
  read(workspace: string, id: string): Promise<unknown>;
  replace(workspace: string, id: string, body: z.infer<Replace>): Promise<unknown>;
  remove(workspace: string, id: string): Promise<unknown>;
}

/** Registers the five routes every stored-document collection has, each with its answers declared. */
export function registerDocumentRoutes<C extends z.ZodType, R extends z.ZodType>(
  app: FastifyInstance,
  c: DocumentCollection<C, R>,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { base, tags } = c;
  const one = { 200: c.detail, ...ERROR_RESPONSES };
  const list = { 200: itemsSchema(c.summary), ...ERROR_RESPONSES };
  r.get(base, { schema: { tags, params, response: list } }, async (request) => ({
    items: await c.list(request.params.workspace),
  }));
  r.post(
    base,
    {
      schema: { tags, params, body: c.createBody, response: { 201: c.detail, ...ERROR_RESPONSES } },
    },
    async (request, reply) =>
      reply.status(201).send(await c.create(request.params.workspace, request.body as z.infer<C>)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: itemParams, response: one } }, async (request) =>
    c.read(request.params.workspace, request.params.id),
  );
  const replaceSchema = { tags, params: itemParams, body: c.replaceBody, response: one };
  r.put(
    `${base}/:id`,
    { schema: c.replaceSummary ? { ...replaceSchema, summary: c.replaceSummary } : replaceSchema },
    async (request) =>
      c.replace(request.params.workspace, request.params.id, request.body as z.infer<R>),
  );
  const gone = { 204: noContentSchema, ...ERROR_RESPONSES };
  r.delete(
    `${base}/:id`,
    { schema: { tags, params: itemParams, response: gone } },
    async (request, reply) => {
      await c.remove(request.params.workspace, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
