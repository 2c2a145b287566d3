import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { appraisalReportHtml } from "../../services/appraisals/appraisal-report.ts";
import type { ServiceContext } from "../../services/index.ts";
import { supplyChainXlsx } from "../../services/supply-chains/supply-chain-workbook.ts";
import { ERROR_RESPONSES, fileResponse } from "../../shared/api-common.ts";
import { entityId, LIMITS, workspaceSlug } from "../../shared/index.ts";

const itemParams = z.object({ workspace: workspaceSlug, id: entityId });
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Report files the web app offers beside the others: an appraisal's printable HTML report (shown
 * in the browser, to read or print) and a supply chain's XLSX workbook.
 */
export function registerReportFileRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const w = "/api/v1/workspaces/:workspace";
  r.get(
    `${w}/appraisals/:id/report.html`,
    {
      schema: {
        tags: ["appraisals"],
        params: itemParams,
        querystring: z.object({
          version: z.coerce.number().int().min(1).optional(),
          iterations: z.coerce.number().int().min(100).max(LIMITS.appraisalIterations).optional(),
          seed: z.coerce
            .number()
            .int()
            .min(0)
            .max(2 ** 31 - 1)
            .optional(),
        }),
        response: {
          200: fileResponse("text/html", "The printable report, a whole HTML page"),
          ...ERROR_RESPONSES,
        },
        summary: "The appraisal's printable HTML report (results, charts and assumptions)",
      },
    },
    async (request, reply) => {
      const { workspace, id } = request.params;
      const out = await appraisalReportHtml(ctx, workspace, id, request.query);
      return reply
        .header("content-type", "text/html; charset=utf-8")
        .header("content-disposition", `inline; filename="${out.filename}"`)
        .send(out.body);
    },
  );
  r.get(
    `${w}/supply-chains/:id/export.xlsx`,
    {
      schema: {
        tags: ["supply chains"],
        params: itemParams,
        response: { 200: fileResponse(XLSX, "The analysis as a workbook"), ...ERROR_RESPONSES },
        summary: "The supply chain's analysis as an XLSX workbook",
      },
    },
    async (request, reply) => {
      const out = await supplyChainXlsx(ctx, request.params.workspace, request.params.id);
      return reply
        .header("content-type", XLSX)
        .header("content-disposition", `attachment; filename="${out.filename}"`)
        .send(Buffer.from(out.body));
    },
  );
}
