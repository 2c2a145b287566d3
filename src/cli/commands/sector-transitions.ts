import { transitionsOf } from "../../engine/landscape/index.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { dateOption, integerOption, readExchangeFile, tableOf } from "./sector-input.ts";

/** `partnerscope sector transitions`: moves of pairs along the continuum, and the paths taken. */
export const sectorTransitionsCommand: CliCommand = {
  name: "sector transitions",
  summary: "Life-cycle transitions of pairs between continuum stages 0–7, and the paths taken",
  usage: `sector transitions FILE --to YYYY-MM-DD [--from YYYY-MM-DD] [--paths 20] [--json]
  FILE      a partnerscope/v1 export
  --to      follow histories up to this date
  --from    count only moves on or after this date in the matrix
  --paths   how many of the commonest paths to print (default 20; --json gives all)
  --json    print JSON instead of tables`,
  options: {
    to: { type: "string" },
    from: { type: "string" },
    paths: { type: "string" },
    json: { type: "boolean" },
  },
  async run(args, io) {
    const to = dateOption(args.values.to, "to");
    const from = args.values.from === undefined ? undefined : dateOption(args.values.from, "from");
    if (from !== undefined && from > to)
      throw new UsageError(`--from (${from}) is after --to (${to})`);
    const limit = integerOption(args.values.paths, "paths", 20);
    const doc = await readExchangeFile(io, args.positionals[0]);
    const r = transitionsOf(doc, from === undefined ? { to } : { to, from });
    if (args.values.json) {
      io.out(JSON.stringify(r, null, 2));
      return 0;
    }
    const stages = [0, 1, 2, 3, 4, 5, 6, 7];
    const matrix = tableOf([["from\\to", ...stages], ...r.matrix.map((row, i) => [i, ...row])]);
    const paths = tableOf([
      ["path", "pairs"],
      ...r.paths.slice(0, limit).map((p) => [p.label, p.count]),
    ]);
    io.out(
      `${r.pairs} pairs of organisations up to ${r.to}\n\nTransitions (rows: from stage, columns: to stage)\n${matrix}\n\nPaths (0 after a stage = exit)\n${paths}`,
    );
    return 0;
  },
};
