import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  exportCsvFiles,
  exportOcds,
  exportXlsx,
} from "../../services/interop/workspace-exports.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { withContext } from "../config.ts";

const options = {
  workspace: { type: "string" as const, short: "w" },
  output: { type: "string" as const, short: "o" },
};

function argsOf(values: Record<string, unknown>, what: string) {
  const slug = values["workspace"];
  const output = values["output"];
  if (typeof slug !== "string") throw new UsageError("--workspace is required");
  if (typeof output !== "string") throw new UsageError(`-o ${what} is required`);
  return { slug, output };
}

/** `partnerscope export ocds --workspace W -o FILE`: contracts and supply chains as OCDS. */
export const exportOcdsCommand: CliCommand = {
  name: "export ocds",
  summary: "Export a workspace's contracts and supply chains as an OCDS 1.1 release package",
  usage: "export ocds --workspace W -o FILE",
  options,
  run: (args, io) => {
    const { slug, output } = argsOf(args.values, "FILE");
    return withContext(async (ctx) => {
      await io.writeFile(output, `${JSON.stringify(await exportOcds(ctx, slug), null, 2)}\n`);
      io.err(`Wrote ${output}`);
      return 0;
    });
  },
};

/** `partnerscope export csv --workspace W -o DIR`: one CSV per entity plus funder and recipient totals. */
export const exportCsvCommand: CliCommand = {
  name: "export csv",
  summary: "Export every entity as CSV (one file each, plus funders.csv and recipients.csv)",
  usage: "export csv --workspace W -o DIR",
  options,
  run: (args, io) => {
    const { slug, output } = argsOf(args.values, "DIR");
    return withContext(async (ctx) => {
      const files = await exportCsvFiles(ctx, slug);
      await mkdir(output, { recursive: true });
      for (const [name, text] of files) await io.writeFile(join(output, name), text);
      io.err(`Wrote ${files.size} files to ${output}`);
      return 0;
    });
  },
};

/** `partnerscope export xlsx --workspace W -o FILE`: one workbook, a sheet per entity. */
export const exportXlsxCommand: CliCommand = {
  name: "export xlsx",
  summary:
    "Export every entity as one XLSX workbook (a sheet each, plus funder and recipient totals)",
  usage: "export xlsx --workspace W -o FILE",
  options,
  run: (args, io) => {
    const { slug, output } = argsOf(args.values, "FILE");
    return withContext(async (ctx) => {
      await io.writeFile(output, new Uint8Array(await exportXlsx(ctx, slug)));
      io.err(`Wrote ${output}`);
      return 0;
    });
  },
};
