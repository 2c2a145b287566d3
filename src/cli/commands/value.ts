import {
  parseValueMap,
  runValueMap,
  valueMapContract,
} from "../../services/value-maps/run-value-map.ts";
import { valueMapHtml } from "../../services/value-maps/value-map-html.ts";
import { valueMapWorkbook } from "../../services/value-maps/value-map-workbook.ts";
import { LIMITS } from "../../shared/limits.ts";
import { VALUE_MAP_FORMAT, type ValueMapDocument } from "../../shared/value-map.ts";
import type { ValueMapResult } from "../../shared/value-map-results.ts";
import type { CliCommand, CliIo } from "../command.ts";
import { UsageError } from "../command.ts";
import { integerFlag } from "../number-options.ts";

/** Reads and validates a value map; the one-line error names the file and the first JSON path. */
async function loadValueMap(path: string, io: CliIo): Promise<ValueMapDocument> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new UsageError(
      `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = parseValueMap(json);
  if (parsed.ok) return parsed.doc;
  const [first, ...rest] = parsed.problems;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : "";
  throw new UsageError(`${path}: ${first!.path}: ${first!.message}${more}`);
}

const ratioText = (r: number | null) => (r === null ? "—" : r.toFixed(2));
const money = (v: number) => Math.round(v).toLocaleString("en-GB");

/** A readable summary: one line per perspective, then flags. */
function valueText(doc: ValueMapDocument, result: ValueMapResult): string {
  const lines = [`${doc.title} (${doc.currency}, present values at ${doc.baseDate})`];
  result.perspectives.forEach((p, k) => {
    const mc = p.monteCarlo
      ? `  P10 ${ratioText(p.monteCarlo.p10)} P50 ${ratioText(p.monteCarlo.p50)} P90 ${ratioText(p.monteCarlo.p90)}`
      : "";
    lines.push(
      `${doc.perspectives[k]!.name}: ratio ${ratioText(p.ratio)} (net ${ratioText(p.netRatio)}), PV benefits ${money(p.pvBenefits)}, PV inputs ${money(p.pvInputs)}, NPV ${money(p.npv)}${mc}`,
    );
  });
  for (const f of result.flags) lines.push(`flag ${f.path}: ${f.message}`);
  return lines.join("\n");
}

/** `partnerscope value FILE`: evaluates a partnerscope-valuemap/v1 document (SROI by perspective). */
export const valueCommand: CliCommand = {
  name: "value",
  summary:
    "Evaluate a value map: social return by perspective, sensitivity, break-even, Monte Carlo",
  usage: `value FILE [--json] [--xlsx OUT.xlsx] [--html OUT.html] [--iterations N --seed S]
  FILE               a ${VALUE_MAP_FORMAT} JSON document
  --json             print { perspectives, flags } as JSON instead of a summary
  --xlsx OUT.xlsx    also write the value map workbook (Summary, Inputs, Outcomes, Impact, Projection, Sensitivity)
  --html OUT.html    also write a printable HTML report
  --iterations N     Monte Carlo iterations over the outcomes' ranges (default 10,000; 0 skips; at most ${LIMITS.valueMapIterations.toLocaleString("en-GB")})
  --seed S           Monte Carlo seed (default 1)`,
  options: {
    json: { type: "boolean" },
    xlsx: { type: "string" },
    html: { type: "string" },
    iterations: { type: "string" },
    seed: { type: "string" },
  },
  async run(args, io) {
    if (args.positionals.length !== 1)
      throw new UsageError("expected one FILE (usage: partnerscope value FILE [--json])");
    const iterations = integerFlag(
      args.values.iterations,
      "iterations",
      10_000,
      0,
      LIMITS.valueMapIterations,
    );
    const seed = integerFlag(args.values.seed, "seed", 1, -(2 ** 31), 2 ** 31 - 1);
    const path = args.positionals[0]!;
    const doc = await loadValueMap(path, io);
    const result = runValueMap(doc, { iterations, seed });
    const xlsx = args.values.xlsx;
    if (typeof xlsx === "string") await io.writeFile(xlsx, await valueMapWorkbook(doc, result));
    const html = args.values.html;
    if (typeof html === "string") await io.writeFile(html, valueMapHtml(doc, result));
    io.out(
      args.values.json === true
        ? JSON.stringify(valueMapContract(result), null, 2)
        : valueText(doc, result),
    );
    return 0;
  },
};
