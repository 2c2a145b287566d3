import type { ServiceContext } from "../context.ts";
import { appraisalHtml } from "./appraisal-html.ts";
import { type AppraisalRunInput, appraisalResults } from "./appraisal-outputs.ts";

/** The printable HTML report of a stored appraisal's results (as `appraise --html` writes it). */
export async function appraisalReportHtml(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: AppraisalRunInput = {},
): Promise<{ filename: string; body: string }> {
  const run = await appraisalResults(ctx, slug, id, input);
  return { filename: `${id}-v${run.version}.html`, body: appraisalHtml(run.result) };
}
