import type { AppraisalResult } from "../../engine/appraisal/appraise.ts";
import type { AppraisalDocument } from "../../shared/index.ts";
import type { ServiceContext } from "../context.ts";
import { workspaceRequire } from "../workspaces.ts";
import { appraisalDocumentOf, appraisalRequire } from "./appraisal-checks.ts";
import { appraisalWorkbook } from "./appraisal-workbook.ts";
import { runAppraisal } from "./run-appraisal.ts";

/** Which version to appraise (default the latest) and Monte Carlo overrides. */
export interface AppraisalRunInput {
  version?: number | undefined;
  iterations?: number | undefined;
  seed?: number | undefined;
}

/** A result with the version and document it was computed from. */
export interface AppraisalRun {
  version: number;
  document: AppraisalDocument;
  result: AppraisalResult;
}

/** Above this many iterations the Monte Carlo runs on two worker threads (same numbers either way). */
const POOL_FROM = 20_000;

/** Runs the engine on one version of a stored appraisal. */
export async function appraisalResults(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: AppraisalRunInput = {},
): Promise<AppraisalRun> {
  const ws = await workspaceRequire(ctx, slug);
  const record = await appraisalRequire(ctx.store.db, ws.id, slug, id);
  const version = input.version ?? record.latestVersion;
  const document = await appraisalDocumentOf(ctx.store.db, ws.id, id, version);
  const iterations = input.iterations ?? document.monteCarlo.iterations;
  const result = await runAppraisal(document, {
    iterations,
    seed: input.seed ?? document.monteCarlo.seed,
    workers: iterations > POOL_FROM ? 2 : 1,
  });
  return { version, document, result };
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The cash flows of every option as CSV, one row per option and year (costs positive). */
export function appraisalCashFlowsCsv(result: AppraisalResult): string {
  const header =
    "option,option_name,year,savings,costs,vat,loan,staff,net,discount_factor,discounted_net";
  const rows = result.options.flatMap((o) =>
    o.cashFlows.map((c) =>
      [o.id, o.name, c.year, c.savings, c.costs, c.vat, c.loan, c.staff, c.net, c.discountFactor]
        .concat(c.net * c.discountFactor)
        .map(csvCell)
        .join(","),
    ),
  );
  return `${[header, ...rows].join("\r\n")}\r\n`;
}

/** An export of a stored appraisal's result: its bytes or text, media type and file name. */
export interface AppraisalExport {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
}

/** Exports a result as JSON (document, result, version), CSV (cash flows) or XLSX (workbook). */
export async function appraisalExport(
  ctx: ServiceContext,
  slug: string,
  id: string,
  format: "json" | "csv" | "xlsx",
  input: AppraisalRunInput = {},
): Promise<AppraisalExport> {
  const run = await appraisalResults(ctx, slug, id, input);
  const filename = `${id}-v${run.version}.${format}`;
  if (format === "csv")
    return {
      body: appraisalCashFlowsCsv(run.result),
      contentType: "text/csv; charset=utf-8",
      filename,
    };
  if (format === "xlsx")
    return {
      body: await appraisalWorkbook(run.document, run.result),
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      filename,
    };
  const json = { appraisal: id, version: run.version, document: run.document, result: run.result };
  return { body: `${JSON.stringify(json, null, 2)}\n`, contentType: "application/json", filename };
}
