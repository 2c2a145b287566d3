import { DomainError, describeError, exchangeImport, parseJsonText } from "../../services/index.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { withContext } from "../config.ts";

/** `partnerscope import FILE --workspace W`: validate everything, then write all or nothing. */
export const importCommand: CliCommand = {
  name: "import",
  summary: "Import a partnerscope/v1 JSON document into a workspace (all or nothing)",
  usage:
    "import FILE --workspace W [--replace] [--dry-run]\n\n  --workspace, -w  the workspace slug; created when it does not exist\n  --replace        empty the workspace first (default: add and update by id)\n  --dry-run        validate and report; write nothing",
  options: {
    workspace: { type: "string", short: "w" },
    replace: { type: "boolean" },
    "dry-run": { type: "boolean" },
  },
  async run(args, io) {
    const [file] = args.positionals;
    const slug = args.values.workspace;
    if (!file) throw new UsageError("name the file to import: import FILE --workspace W");
    if (typeof slug !== "string") throw new UsageError("--workspace is required");
    const text = await io.readFile(file).catch((e: Error) => {
      throw new UsageError(`cannot read ${file}: ${e.message}`);
    });
    return withContext(async (ctx) => {
      try {
        const result = await exchangeImport(ctx, slug, parseJsonText(text), {
          replace: args.values.replace === true,
          dryRun: args.values["dry-run"] === true,
        });
        const c = result.counts;
        const verb = result.dryRun ? "Would import" : "Imported";
        io.out(
          `${verb} into '${slug}'${result.created ? " (new workspace)" : ""}: ${c.organisations} organisations, ${c.partnerships} partnerships, ${c.events} events, ${c.contracts} contracts, ${c.evidence} evidence items.`,
        );
        return 0;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        for (const p of error.problems.slice(1, 50)) io.err(`  ${p.path}: ${p.message}`);
        throw new UsageError(`${file}: ${describeError(error)}. Nothing was written.`);
      }
    });
  },
};
