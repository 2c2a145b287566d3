import { constitutionalChangeOf, sectorSetOf } from "../../engine/landscape/index.ts";
import { type CliCommand, UsageError } from "../command.ts";
import {
  dateOption,
  integerOption,
  metricOption,
  readExchangeFile,
  SECTOR_SET_OPTIONS,
  SECTOR_SET_USAGE,
  sectorFilterOption,
  tableOf,
} from "./sector-input.ts";

const percent = (share: number) => `${(100 * share).toFixed(1)}%`;

/** `partnerscope sector changes`: constitutional change in a period, overall and for large organisations. */
export const sectorChangesCommand: CliCommand = {
  name: "sector changes",
  summary: "Share of organisations through constitutional change in a period, and events by year",
  usage: `sector changes FILE --from YYYY-MM-DD --to YYYY-MM-DD [--metric homes] [--large 10000] [--nation N] [--kind K] [--json]
  FILE      a partnerscope/v1 export
  --from    start of the period (organisations existing that day are counted)
  --to      end of the period (inclusive)
  --metric  size measure for 'large' (default homes)
  --large   size on --from at or above which an organisation is large (default 10000)
${SECTOR_SET_USAGE}
  --json    print JSON instead of a table`,
  options: {
    from: { type: "string" },
    to: { type: "string" },
    metric: { type: "string" },
    large: { type: "string" },
    ...SECTOR_SET_OPTIONS,
    json: { type: "boolean" },
  },
  async run(args, io) {
    const from = dateOption(args.values.from, "from");
    const to = dateOption(args.values.to, "to");
    if (from > to) throw new UsageError(`--from (${from}) is after --to (${to})`);
    const metric = metricOption(args.values.metric);
    const large = integerOption(args.values.large, "large", 10_000, 0);
    const filter = sectorFilterOption(args.values);
    const doc = await readExchangeFile(io, args.positionals[0]);
    const r = constitutionalChangeOf(doc, { from, to, metric, large, filter });
    if (args.values.json) {
      io.out(JSON.stringify(r, null, 2));
      return 0;
    }
    const summary = tableOf([
      ["period", `${r.from} to ${r.to}`],
      ["covers", sectorSetOf(r.filter)],
      ["organisations existing on from", r.organisations],
      [`of which without ${r.metric} (cannot be large)`, r.unweighed],
      ["with constitutional change", `${r.changed} (${percent(r.share)})`],
      [`large (${r.metric} ≥ ${r.large})`, r.largeOrganisations],
      ["large with constitutional change", `${r.largeChanged} (${percent(r.shareLarge)})`],
    ]);
    const types = [...new Set(Object.values(r.byYear).flatMap((row) => Object.keys(row)))].sort();
    const years = Object.keys(r.byYear).sort();
    const byYear = tableOf([
      ["year", ...types],
      ...years.map((y) => [
        y,
        ...types.map((t) => r.byYear[y]![t as keyof (typeof r.byYear)[string]] ?? 0),
      ]),
    ]);
    io.out(
      `${summary}\n\nEvents by year and type\n${years.length > 0 ? byYear : "(none)"}${r.note ? `\nnote: ${r.note}` : ""}`,
    );
    return 0;
  },
};
