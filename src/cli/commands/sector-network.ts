import { sectorNetworkOf } from "../../engine/landscape/index.ts";
import { csvTextOf } from "../../shared/csv-text.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { dateOption, integerOption, readExchangeFile, tableOf } from "./sector-input.ts";

/** `partnerscope sector network`: per-organisation network measures on a date. */
export const sectorNetworkCommand: CliCommand = {
  name: "sector network",
  summary: "Network measures per organisation: degree, PageRank, betweenness, community, broker",
  usage: `sector network FILE --as-of YYYY-MM-DD [--json | --csv] [--seed 1] [--top 20]
  FILE      a partnerscope/v1 export
  --as-of   the date to look at
  --seed    seed for Louvain and sampled betweenness (default 1)
  --top     rows in the table, by PageRank (default 20; --json and --csv give all)
  --json    print JSON;  --csv  print CSV`,
  options: {
    "as-of": { type: "string" },
    seed: { type: "string" },
    top: { type: "string" },
    json: { type: "boolean" },
    csv: { type: "boolean" },
  },
  async run(args, io) {
    const asOf = dateOption(args.values["as-of"], "as-of");
    if (args.values.json && args.values.csv) throw new UsageError("choose one of --json and --csv");
    const seed = integerOption(args.values.seed, "seed", 1, 0);
    const top = integerOption(args.values.top, "top", 20);
    const doc = await readExchangeFile(io, args.positionals[0]);
    const r = sectorNetworkOf(doc, asOf, { seed });
    if (args.values.json) {
      io.out(JSON.stringify(r, null, 2));
      return 0;
    }
    const header = ["id", "name", "degree", "pagerank", "betweenness", "community", "broker"];
    const rows = r.organisations.map((o) => [
      o.id,
      o.name,
      o.degree,
      o.pagerank,
      o.betweenness,
      o.community,
      o.broker,
    ]);
    if (args.values.csv) {
      io.out(csvTextOf(header, rows));
      return 0;
    }
    const ranked = [...r.organisations].sort((a, b) => b.pagerank - a.pagerank).slice(0, top);
    const table = tableOf([
      header,
      ...ranked.map((o) => [
        o.id,
        o.name,
        o.degree,
        o.pagerank.toFixed(6),
        o.betweenness.toFixed(6),
        o.community,
        o.broker ? "yes" : "",
      ]),
    ]);
    const how =
      r.betweenness.method === "exact"
        ? "exact"
        : `sampled, ${r.betweenness.pivots} pivots, seed ${r.betweenness.seed}`;
    io.out(
      `${r.organisations.length} organisations, ${r.edges} edges, ${r.communities} communities (modularity ${r.modularity.toFixed(4)}), betweenness ${how}\n\n${table}`,
    );
    return 0;
  },
};
