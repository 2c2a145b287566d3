import { appraisalHtml } from "../../services/appraisals/appraisal-html.ts";
import { appraisalText } from "../../services/appraisals/appraisal-text.ts";
import { appraisalWorkbook } from "../../services/appraisals/appraisal-workbook.ts";
import { runAppraisal } from "../../services/appraisals/run-appraisal.ts";
import {
  APPRAISAL_FORMAT,
  type AppraisalDocument,
  appraisalSchema,
} from "../../shared/appraisal.ts";
import { LIMITS } from "../../shared/limits.ts";
import { describeProblems, problemsOf } from "../../shared/problems.ts";
import type { CliArgs, CliCommand, CliIo } from "../command.ts";
import { UsageError } from "../command.ts";
import { integerFlag } from "../number-options.ts";

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads and validates an appraisal file; every problem goes to stderr, the first to the error line. */
async function loadAppraisal(path: string, io: CliIo): Promise<AppraisalDocument> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new UsageError(
      `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const json = parseJson(path, text);
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== APPRAISAL_FORMAT)
    throw new UsageError(
      `${path}: not a ${APPRAISAL_FORMAT} file (format is ${format === undefined ? "missing" : JSON.stringify(format)})`,
    );
  const parsed = appraisalSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = problemsOf(parsed.error);
  if (problems.length > 1) io.err(describeProblems(problems));
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  throw new UsageError(`${path}: ${problems[0]!.path}: ${problems[0]!.message}${more}`);
}

function integerOption(args: CliArgs, name: string, min: number, max: number): number | undefined {
  const raw = args.values[name];
  return raw === undefined ? undefined : integerFlag(raw, name, 0, min, max);
}

/** `partnerscope appraise FILE`: appraises a partnerscope-appraisal/v1 document. */
export const appraiseCommand: CliCommand = {
  name: "appraise",
  summary: "Appraise partnership options: NPV, Monte Carlo, multi-criteria, sensitivity",
  usage: `appraise FILE [--json] [--xlsx OUT.xlsx] [--html OUT.html] [--iterations N] [--seed S] [--workers W]
  FILE               a ${APPRAISAL_FORMAT} JSON document
  --json             print the full result as JSON instead of a table
  --xlsx OUT.xlsx    also write an auditable workbook (Summary, Cash flows, Assumptions, Monte Carlo, Sensitivity)
  --html OUT.html    also write a printable self-contained HTML report with charts
  --iterations N     override the document's Monte Carlo iterations (at most ${LIMITS.appraisalIterations.toLocaleString("en-GB")})
  --seed S           override the document's Monte Carlo seed
  --workers W        run Monte Carlo on W worker threads (same result for any W; default 1, at most ${LIMITS.appraisalWorkers})`,
  options: {
    json: { type: "boolean" },
    xlsx: { type: "string" },
    html: { type: "string" },
    iterations: { type: "string" },
    seed: { type: "string" },
    workers: { type: "string" },
  },
  async run(args, io) {
    if (args.positionals.length !== 1)
      throw new UsageError("expected one FILE (usage: partnerscope appraise FILE [--json])");
    const path = args.positionals[0]!;
    const doc = await loadAppraisal(path, io);
    const result = await runAppraisal(doc, {
      iterations: integerOption(args, "iterations", 1, LIMITS.appraisalIterations),
      seed: integerOption(args, "seed", -(2 ** 31), 2 ** 31 - 1),
      workers: integerOption(args, "workers", 1, LIMITS.appraisalWorkers),
    });
    const xlsx = args.values.xlsx;
    if (typeof xlsx === "string") await io.writeFile(xlsx, await appraisalWorkbook(doc, result));
    const html = args.values.html;
    if (typeof html === "string") await io.writeFile(html, appraisalHtml(result));
    io.out(args.values.json === true ? JSON.stringify(result, null, 2) : appraisalText(result));
    return 0;
  },
};
