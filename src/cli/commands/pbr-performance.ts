import { PbrCsvError } from "../../engine/pbr/csv-rows.ts";
import { parseParticipants } from "../../engine/pbr/participants.ts";
import { type PerformanceResult, performanceOf } from "../../engine/pbr/performance.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { numberFlag } from "../number-options.ts";
import { readInput } from "./pbr-input.ts";
import { textTable } from "./pbr-present.ts";

function shareOption(value: unknown, name: string, fallback: number): number {
  return numberFlag(value, name, fallback, { test: (n) => n >= 0, says: "a number ≥ 0" });
}

const fmt = (x: number | null, digits = 3) => (x === null ? null : x.toFixed(digits));

function presentTable(result: PerformanceResult): string {
  const table = textTable(
    ["provider", "n", "observed", "expected", "O/E", "funnel", "parking", "creaming"],
    result.providers.map((p) => [
      p.id,
      p.participants,
      p.observed,
      p.expected.toFixed(1),
      fmt(p.ratio),
      p.funnel,
      `${fmt(p.parking.ratio, 2) ?? "—"}${p.parking.flagged ? " !" : ""}`,
      `${p.creaming.rise === null ? "—" : `${p.creaming.rise >= 0 ? "+" : ""}${(p.creaming.rise * 100).toFixed(1)}pp`}${p.creaming.flagged ? " !" : ""}`,
    ]),
  );
  const c = result.chain;
  return [
    table,
    "",
    `Chain: ${c.participants} participants, ${c.outcomes} outcomes (${(c.rate * 100).toFixed(1)}%); median group rate ${(c.medianGroupRate * 100).toFixed(1)}%; halves split at ${c.splitDate}. '!' = flagged.`,
    "",
    "Assumptions:",
    ...result.assumptions.map((a) => `- ${a}`),
  ].join("\n");
}

/** `partnerscope pbr performance FILE.csv`: case-mix-adjusted performance, funnel, creaming and parking. */
export const pbrPerformanceCommand: CliCommand = {
  name: "pbr performance",
  summary: "Case-mix-adjusted provider performance with funnel limits and creaming/parking signals",
  usage: [
    "pbr performance FILE.csv [--json] [--parking-threshold R] [--creaming-threshold R]",
    "  FILE.csv              columns participant_id, provider, group, referral_date, job_start_date,",
    "                        outcome (0/1), support_hours",
    "  --parking-threshold   flag hard/easy support-hours ratios below R (default 0.5)",
    "  --creaming-threshold  flag rises in the easy-group referral share above R (default 0.1)",
  ].join("\n"),
  options: {
    json: { type: "boolean" },
    "parking-threshold": { type: "string" },
    "creaming-threshold": { type: "string" },
  },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0)
      throw new UsageError("expected exactly one participant records FILE.csv");
    const options = {
      parkingThreshold: shareOption(args.values["parking-threshold"], "parking-threshold", 0.5),
      creamingThreshold: shareOption(args.values["creaming-threshold"], "creaming-threshold", 0.1),
    };
    const text = await readInput(io, file);
    let records: ReturnType<typeof parseParticipants>;
    try {
      records = parseParticipants(text);
    } catch (error) {
      if (error instanceof PbrCsvError) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
    if (records.length === 0) throw new UsageError(`${file}: no participant rows`);
    const result = performanceOf(records, options);
    io.out(args.values.json ? JSON.stringify(result, null, 2) : presentTable(result));
    return 0;
  },
};
