import { exchangeExportJson } from "../../services/index.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { withContext } from "../config.ts";

/** `partnerscope export --workspace W [-o FILE]`: the workspace as partnerscope/v1 JSON. */
export const exportCommand: CliCommand = {
  name: "export",
  summary: "Export a workspace as a partnerscope/v1 JSON document",
  usage:
    "export --workspace W [-o FILE]\n\n  --workspace, -w  the workspace slug (e.g. demo)\n  --output, -o     write to FILE instead of standard output",
  options: { workspace: { type: "string", short: "w" }, output: { type: "string", short: "o" } },
  run: (args, io) => {
    const slug = args.values.workspace;
    if (typeof slug !== "string")
      throw new UsageError("--workspace is required (e.g. --workspace demo)");
    return withContext(async (ctx) => {
      const json = await exchangeExportJson(ctx, slug);
      const output = args.values.output;
      if (typeof output === "string") {
        await io.writeFile(output, json);
        io.err(`Wrote ${output}`);
      } else io.out(json);
      return 0;
    });
  },
};
