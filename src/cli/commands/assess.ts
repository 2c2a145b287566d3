import {
  assessFile,
  assessmentFileProblems,
  instrumentOfFile,
} from "../../engine/health/assessment-file.ts";
import {
  ASSESSMENT_FORMAT,
  type AssessmentFile,
  type AssessOutput,
  assessmentFileSchema,
} from "../../shared/assessment-file.ts";
import { problemsOf } from "../../shared/problems.ts";
import type { CliCommand, CliIo } from "../command.ts";
import { UsageError } from "../command.ts";

/** Reads and checks an assessment file; the one-line error names the file, the path and the respondent. */
async function loadAssessment(path: string, io: CliIo): Promise<AssessmentFile> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`${path}: cannot read the file (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = assessmentFileSchema.safeParse(json);
  const problems = parsed.success
    ? assessmentFileProblems(parsed.data, instrumentOfFile(parsed.data))
    : problemsOf(parsed.error, json);
  if (parsed.success && problems.length === 0) return parsed.data;
  const [first, ...rest] = problems;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : "";
  throw new UsageError(`${path}: ${first!.path}: ${first!.message}${more}`);
}

const num = (x: number | null) => (x === null ? "—" : x.toFixed(2));

/** One block per wave: each dimension's mean, partner means, gap and agreement; total; pairs. */
function assessText(out: AssessOutput): string {
  const lines: string[] = [];
  for (const w of out.waves) {
    lines.push(`wave ${w.id}: ${w.respondents} respondents`);
    for (const d of w.dimensions) {
      const partners = Object.entries(d.byPartner)
        .map(([p, m]) => `${p} ${num(m)}`)
        .join(", ");
      lines.push(
        `  ${d.id}: mean ${num(d.mean)} (sd ${num(d.sd)}), ${partners}; gap ${num(d.gap)}, r_wg ${num(d.agreement)}`,
      );
    }
    if (w.total)
      lines.push(`  total: ${num(w.total.mean)}${w.total.band ? ` (${w.total.band})` : ""}`);
    for (const p of w.pairs)
      lines.push(
        `  ${p.a} rates ${p.b} ${p.aRatesB}, ${p.b} rates ${p.a} ${p.bRatesA}: difference ${p.difference}`,
      );
  }
  for (const c of out.change)
    lines.push(
      `change ${c.dimension} ${c.from} → ${c.to}: ${num(c.difference)} [${num(c.low)}, ${num(c.high)}]`,
    );
  return lines.join("\n");
}

/** `partnerscope assess FILE`: analyses a partnerscope-assessment/v1 file (decision 0014). */
export const assessCommand: CliCommand = {
  name: "assess",
  summary: "Analyse a partnership assessment: per-partner scores, gaps, agreement, pairs, change",
  usage: `assess FILE [--json]
  FILE     a ${ASSESSMENT_FORMAT} JSON document
  --json   print { waves, change } as JSON instead of a summary`,
  options: { json: { type: "boolean" } },
  async run(args, io) {
    if (args.positionals.length !== 1)
      throw new UsageError("expected one FILE (usage: partnerscope assess FILE [--json])");
    const out = assessFile(await loadAssessment(args.positionals[0]!, io));
    io.out(args.values.json ? `${JSON.stringify(out, null, 2)}\n` : `${assessText(out)}\n`);
    return 0;
  },
};
