import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { codeAdd, codebookGet, codeChange, codeRemove } from "../../services/evidence/codebook.ts";
import { evidenceSummary, partnershipForces } from "../../services/evidence/evidence-queries.ts";
import { qdpxExport, qdpxImport } from "../../services/evidence/qdpx.ts";
import type { ServiceContext } from "../../services/index.ts";
import { ERROR_RESPONSES, fileResponse, noContentSchema } from "../../shared/api-common.ts";
import {
  codebookResponseSchema,
  codeSchema,
  evidenceSummarySchema,
  partnershipForcesSchema,
  qdpxImportResultSchema,
  SUMMARY_BY,
} from "../../shared/codebook.ts";
import { entityId, workspaceSlug } from "../../shared/index.ts";

const params = z.object({ workspace: workspaceSlug });
const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
// The service checks bodies whole, naming each problem by JSON path.
const body = z.looseObject({});
const tags = ["evidence"];
/** A .qdpx upload: the body limit is the zip's; the unpacked size has its own limit. */
const QDPX_BODY_LIMIT = 50 * 1024 * 1024;
const QDPX_TYPES = [
  "application/zip",
  "application/x-zip-compressed",
  "application/octet-stream",
  "application/vnd.refi-qda+zip",
];

/** The codebook, theme summaries, a partnership's drivers and barriers, and REFI-QDA export/import. */
export function registerEvidenceCodebookRoutes(app: FastifyInstance, ctx: ServiceContext) {
  app.register(async (scope) => {
    scope.addContentTypeParser(
      QDPX_TYPES,
      { parseAs: "buffer", bodyLimit: QDPX_BODY_LIMIT },
      (_req, data, done) => done(null, data),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const W = "/api/v1/workspaces/:workspace";
    r.get(
      `${W}/codebook`,
      { schema: { tags, params, response: { 200: codebookResponseSchema, ...ERROR_RESPONSES } } },
      async (request) => codebookGet(ctx, request.params.workspace),
    );
    r.post(
      `${W}/codebook`,
      { schema: { tags, params, body, response: { 201: codeSchema, ...ERROR_RESPONSES } } },
      async (request, reply) =>
        reply.status(201).send(await codeAdd(ctx, request.params.workspace, request.body)),
    );
    r.put(
      `${W}/codebook/:id`,
      {
        schema: {
          tags,
          params: itemParams,
          body,
          response: { 200: codeSchema, ...ERROR_RESPONSES },
        },
      },
      async (request) => codeChange(ctx, request.params.workspace, request.params.id, request.body),
    );
    r.delete(
      `${W}/codebook/:id`,
      {
        schema: {
          tags,
          params: itemParams,
          response: { 204: noContentSchema, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        await codeRemove(ctx, request.params.workspace, request.params.id);
        return reply.status(204).send(null);
      },
    );
    r.get(
      `${W}/evidence/summary`,
      {
        schema: {
          tags,
          params,
          querystring: z.object({ by: z.enum(SUMMARY_BY).default("form") }),
          response: { 200: evidenceSummarySchema, ...ERROR_RESPONSES },
        },
      },
      async (request) => evidenceSummary(ctx, request.params.workspace, request.query.by),
    );
    r.get(
      `${W}/partnerships/:id/drivers-barriers`,
      {
        schema: {
          tags,
          params: itemParams,
          response: { 200: partnershipForcesSchema, ...ERROR_RESPONSES },
        },
      },
      async (request) => partnershipForces(ctx, request.params.workspace, request.params.id),
    );
    r.get(
      `${W}/evidence/export.qdpx`,
      {
        schema: {
          tags,
          params,
          response: {
            200: fileResponse(
              "application/zip",
              "The codebook and coded evidence as a REFI-QDA project",
            ),
            ...ERROR_RESPONSES,
          },
        },
      },
      async (request, reply) => {
        const bytes = await qdpxExport(ctx, request.params.workspace);
        return reply
          .header("content-type", "application/zip")
          .header(
            "content-disposition",
            `attachment; filename="${request.params.workspace}-evidence.qdpx"`,
          )
          .send(Buffer.from(bytes));
      },
    );
    r.post(
      `${W}/evidence/import`,
      {
        schema: { tags, params, response: { 200: qdpxImportResultSchema, ...ERROR_RESPONSES } },
        bodyLimit: QDPX_BODY_LIMIT,
      },
      async (request) =>
        qdpxImport(ctx, request.params.workspace, new Uint8Array(request.body as Buffer)),
    );
  });
}
