import { exchangeToJson } from "../../engine/exchange/index.ts";
import { generateSector } from "../../engine/landscape/index.ts";
import { LIMITS } from "../../shared/limits.ts";
import type { CliCommand } from "../command.ts";
import { integerOption } from "./sector-input.ts";

/** `partnerscope generate sector`: writes a synthetic partnerscope/v1 sector for tests, demos and benchmarks. */
export const generateSectorCommand: CliCommand = {
  name: "generate sector",
  summary: "Write a realistic synthetic sector (partnerscope/v1) for tests, demos and benchmarks",
  usage: `generate sector --organisations N --seed S [-o FILE]
  --organisations  how many organisations (default 1000, at most ${LIMITS.generatedOrganisations.toLocaleString("en-GB")})
  --seed           seed: the same seed gives the same file (default 1)
  -o, --output     write to FILE instead of standard output`,
  options: {
    organisations: { type: "string" },
    seed: { type: "string" },
    output: { type: "string", short: "o" },
  },
  async run(args, io) {
    const organisations = integerOption(
      args.values.organisations,
      "organisations",
      1000,
      1,
      LIMITS.generatedOrganisations,
    );
    const seed = integerOption(args.values.seed, "seed", 1, 0);
    const json = exchangeToJson(generateSector({ organisations, seed }));
    const output = args.values.output;
    if (typeof output === "string" && output !== "") {
      await io.writeFile(output, json);
      io.err(`wrote ${organisations} organisations to ${output}`);
    } else io.out(json);
    return 0;
  },
};
