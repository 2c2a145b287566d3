import {
  CONCENTRATION_LEVELS,
  type ConcentrationLevel,
  sectorSetOf,
  sectorStatsOf,
} from "../../engine/landscape/index.ts";
import { type CliCommand, UsageError } from "../command.ts";
import {
  dateOption,
  integerOption,
  metricOption,
  numberText,
  readExchangeFile,
  SECTOR_SET_OPTIONS,
  SECTOR_SET_USAGE,
  sectorFilterOption,
  tableOf,
} from "./sector-input.ts";

function levelOption(value: unknown): ConcentrationLevel {
  const level = value === undefined ? "entity" : String(value);
  if (!(CONCENTRATION_LEVELS as readonly string[]).includes(level))
    throw new UsageError(`unknown level "${level}" (use entity or group)`);
  return level as ConcentrationLevel;
}

/** `partnerscope sector stats`: size distribution and concentration (CR_k, HHI) on a date. */
export const sectorStatsCommand: CliCommand = {
  name: "sector stats",
  summary: "Size distribution and concentration (CR_k, HHI) of a sector on a date",
  usage: `sector stats FILE --as-of YYYY-MM-DD [--metric homes|turnover|staff] [--top 20] [--level entity|group] [--nation N] [--kind K] [--json]
  FILE      a partnerscope/v1 export
  --as-of   the date to look at
  --metric  size measure (default homes)
  --top     k of the concentration ratio CR_k (default 20)
  --level   entity, or group: subsidiaries added into their parents (default entity)
${SECTOR_SET_USAGE}
  --json    print JSON instead of a table`,
  options: {
    "as-of": { type: "string" },
    metric: { type: "string" },
    top: { type: "string" },
    level: { type: "string" },
    ...SECTOR_SET_OPTIONS,
    json: { type: "boolean" },
  },
  async run(args, io) {
    const asOf = dateOption(args.values["as-of"], "as-of");
    const metric = metricOption(args.values.metric);
    const top = integerOption(args.values.top, "top", 20);
    const level = levelOption(args.values.level);
    const filter = sectorFilterOption(args.values);
    const doc = await readExchangeFile(io, args.positionals[0]);
    const r = sectorStatsOf(doc, { asOf, metric, top, level, filter });
    if (args.values.json) {
      io.out(JSON.stringify(r, null, 2));
      return 0;
    }
    const rows: (string | number)[][] = [
      ["as of", r.asOf],
      ["metric", r.metric],
      ["level", r.level],
      ["covers", sectorSetOf(r.filter)],
      ["organisations", numberText(r.organisations, 0)],
      [`${r.level === "group" ? "groups" : "organisations"} weighed`, numberText(r.weighed, 0)],
      ["not weighed (unknown size)", numberText(r.unknown, 0)],
      ["total", numberText(r.total)],
      ["mean", numberText(r.mean)],
      ["median", numberText(r.median)],
      [`CR_${r.crTop.k} (top ${r.crTop.k} share)`, `${(100 * r.crTop.share).toFixed(1)}%`],
      ["HHI (0–10,000)", numberText(r.hhi, 1)],
    ];
    io.out(tableOf(rows) + (r.note ? `\nnote: ${r.note}` : ""));
    return 0;
  },
};
