import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../services/index.ts";
import { outcomeMeasuresImportXlsx } from "../../services/outcomes/outcome-measures-xlsx.ts";
import { ERROR_RESPONSES } from "../../shared/api-common.ts";
import { entityId, workspaceSlug } from "../../shared/index.ts";
import { measuresAddedSchema } from "../../shared/outcome-views.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// The zipped upload's limit; the reader checks the uncompressed size against its own (SHEET_LIMITS).
const BODY_LIMIT = 20 * 1024 * 1024;

/** Outcome measures imported from an XLSX workbook (the CSV import's columns), all or nothing. */
export function registerOutcomeMeasuresXlsxRoutes(app: FastifyInstance, ctx: ServiceContext) {
  // Encapsulated so the workbook body parser applies to this route only.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      XLSX,
      { parseAs: "buffer", bodyLimit: BODY_LIMIT },
      (_r, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      "/api/v1/workspaces/:workspace/outcome-frameworks/:id/measures/import.xlsx",
      {
        bodyLimit: BODY_LIMIT,
        schema: {
          tags: ["outcome frameworks"],
          params: z.object({ workspace: workspaceSlug, id: entityId }),
          body: z.instanceof(Buffer),
          summary: "XLSX (sheet 'measures' or the first): indicator, date, value, person, phase",
          response: { 201: measuresAddedSchema, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await outcomeMeasuresImportXlsx(
              ctx,
              request.params.workspace,
              request.params.id,
              request.body,
            ),
          ),
    );
  });
}
