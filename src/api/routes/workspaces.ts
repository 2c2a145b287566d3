import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  exchangeExport,
  exchangeImport,
  type ServiceContext,
  workspaceAddFor,
  workspaceClaim,
  workspaceRemove,
  workspaceRequire,
  workspacesOf,
  workspaceUpdate,
} from "../../services/index.ts";
import { ERROR_RESPONSES, itemsSchema, noContentSchema } from "../../shared/api-common.ts";
import { workspaceSchema, workspaceSlug } from "../../shared/index.ts";
import {
  exchangeDocumentSchema,
  exchangeImportResultSchema,
  workspaceViewSchema,
} from "../../shared/workspace-views.ts";

const params = z.object({ workspace: workspaceSlug });
const one = { 200: workspaceViewSchema, ...ERROR_RESPONSES };

/** Workspaces, and each workspace whole as a `partnerscope/v1` document (export and import). */
export function registerWorkspaceRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/workspaces",
    { schema: { tags: ["workspaces"], response: { 200: itemsSchema(workspaceViewSchema) } } },
    async (request) => ({ items: await workspacesOf(ctx, request.actor!) }),
  );
  r.post(
    "/api/v1/workspaces",
    {
      schema: {
        tags: ["workspaces"],
        body: workspaceSchema,
        response: { 201: workspaceViewSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await workspaceAddFor(ctx, request.body, request.actor!)),
  );
  r.get(
    "/api/v1/workspaces/:workspace",
    { schema: { tags: ["workspaces"], params, response: one } },
    async (request) => {
      const { slug, name } = await workspaceRequire(ctx, request.params.workspace);
      return { slug, name };
    },
  );
  r.put(
    "/api/v1/workspaces/:workspace",
    {
      schema: {
        tags: ["workspaces"],
        params,
        body: workspaceSchema.pick({ name: true }),
        response: one,
      },
    },
    async (request) => workspaceUpdate(ctx, request.params.workspace, request.body),
  );
  r.delete(
    "/api/v1/workspaces/:workspace",
    {
      schema: {
        tags: ["workspaces"],
        params,
        response: { 204: noContentSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await workspaceRemove(ctx, request.params.workspace);
      return reply.status(204).send(null);
    },
  );
  r.get(
    "/api/v1/workspaces/:workspace/export",
    {
      schema: {
        tags: ["exchange"],
        params,
        response: { 200: exchangeDocumentSchema, ...ERROR_RESPONSES },
        summary: "The workspace as a partnerscope/v1 document",
      },
    },
    async (request) => exchangeExport(ctx, request.params.workspace),
  );
  r.post(
    "/api/v1/workspaces/:workspace/import",
    {
      bodyLimit: 200 * 1024 * 1024,
      schema: {
        tags: ["exchange"],
        params,
        querystring: z.object({
          replace: z.enum(["true", "false"]).optional(),
          dryRun: z.enum(["true", "false"]).optional(),
        }),
        response: { 200: exchangeImportResultSchema, ...ERROR_RESPONSES },
        summary: "Import a partnerscope/v1 document, all or nothing",
      },
    },
    async (request) => {
      const result = await exchangeImport(ctx, request.params.workspace, request.body, {
        replace: request.query.replace === "true",
        dryRun: request.query.dryRun === "true",
      });
      await workspaceClaim(ctx, request.params.workspace, request.actor!);
      return result;
    },
  );
}
