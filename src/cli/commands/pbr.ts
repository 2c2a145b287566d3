import { analysePbr } from "../../engine/pbr/pbr-analysis.ts";
import { LIMITS } from "../../shared/limits.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { numberFlag } from "../number-options.ts";
import { intOption, readPbrModel, SEED_MAX } from "./pbr-input.ts";
import { presentPbrJson, presentPbrTable } from "./pbr-present.ts";

/** `partnerscope pbr FILE`: cash flow, NPV, break-even, sensitivity and risk transfer of a supply chain. */
export const pbrCommand: CliCommand = {
  name: "pbr",
  summary: "Model a payment-by-results supply chain: cash flow, break-even, risk transfer",
  usage: [
    "pbr FILE [--json] [--monte-carlo N --seed S] [--shortfall R] [--curves]",
    "  FILE               a partnerscope-pbr/v1 model (JSON)",
    "  --json             print JSON instead of tables",
    `  --monte-carlo N    add N seeded Monte Carlo runs (P10/P50/P90 of NPV and peak funding; at most ${LIMITS.pbrMonteCarloRuns.toLocaleString("en-GB")})`,
    "  --seed S           seed for --monte-carlo (default 1)",
    "  --shortfall R      relative job-start shortfall for risk transfer (default -0.1)",
    "  --curves           include each provider's weekly cumulative cash curve in --json",
  ].join("\n"),
  options: {
    json: { type: "boolean" },
    "monte-carlo": { type: "string" },
    seed: { type: "string" },
    shortfall: { type: "string" },
    curves: { type: "boolean" },
  },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) throw new UsageError("expected exactly one model FILE");
    const model = await readPbrModel(io, file);
    const runs = intOption(
      args.values["monte-carlo"],
      "monte-carlo",
      0,
      1,
      LIMITS.pbrMonteCarloRuns,
    );
    const seed = intOption(args.values.seed, "seed", 1, 0, SEED_MAX);
    const shortfall = numberFlag(args.values.shortfall, "shortfall", -0.1, {
      test: (n) => n > -1 && n <= 1,
      says: "a number above -1 and at most 1",
    });
    const analysis = analysePbr(model, {
      shortfall,
      monteCarlo:
        runs > 0
          ? { runs, seed, onProgress: (d, n) => io.err(`monte carlo: ${d}/${n} runs`) }
          : undefined,
    });
    if (args.values.json)
      io.out(JSON.stringify(presentPbrJson(analysis, args.values.curves === true), null, 2));
    else io.out(presentPbrTable(analysis));
    return 0;
  },
};
