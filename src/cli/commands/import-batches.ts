import { DomainError, describeError } from "../../services/index.ts";
import { importBatchesList, importBatchUndo } from "../../services/interop/import-undo.ts";
import { entityProvenance } from "../../services/interop/provenance.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { withContext } from "../config.ts";

const workspaceOption = { workspace: { type: "string" as const, short: "w" } };

/** `partnerscope import list --workspace W`: the import batches, newest first. */
export const importListCommand: CliCommand = {
  name: "import list",
  summary: "List a workspace's import batches",
  usage: "import list --workspace W [--json]",
  options: { ...workspaceOption, json: { type: "boolean" } },
  run: (args, io) => {
    const slug = args.values.workspace;
    if (typeof slug !== "string") throw new UsageError("--workspace is required");
    return withContext(async (ctx) => {
      const batches = await importBatchesList(ctx, slug);
      if (args.values.json) io.out(JSON.stringify(batches, null, 2));
      else if (batches.length === 0) io.out(`No imports in '${slug}'.`);
      else
        for (const b of batches)
          io.out(
            `${b.id}  ${b.kind}  ${b.sourceFile}  ${b.createdAt}${b.undoneAt ? `  undone ${b.undoneAt}` : ""}`,
          );
      return 0;
    });
  },
};

/** `partnerscope import undo BATCH --workspace W`: reverses one import batch. */
export const importUndoCommand: CliCommand = {
  name: "import undo",
  summary: "Undo an import batch (refused when later edits depend on it)",
  usage: "import undo BATCH --workspace W",
  options: workspaceOption,
  run: (args, io) => {
    const [batch] = args.positionals;
    const slug = args.values.workspace;
    if (!batch)
      throw new UsageError("name the batch: import undo BATCH --workspace W (see import list)");
    if (typeof slug !== "string") throw new UsageError("--workspace is required");
    return withContext(async (ctx) => {
      try {
        const r = await importBatchUndo(ctx, slug, batch);
        io.out(`Undid ${r.batch}: deleted ${r.deleted} and restored ${r.restored} entities.`);
        return 0;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        for (const p of error.problems.slice(0, 50)) io.err(`  ${p.path}: ${p.message}`);
        io.err(describeError(error));
        return 1;
      }
    });
  },
};

const COLLECTIONS = ["organisations", "partnerships", "events", "contracts"] as const;

/** `partnerscope provenance COLLECTION ID --workspace W`: where one record came from. */
export const provenanceCommand: CliCommand = {
  name: "provenance",
  summary: "Where a record came from: the imports, files, publishers and source ids",
  usage: "provenance organisations|partnerships|events|contracts ID --workspace W [--json]",
  options: { ...workspaceOption, json: { type: "boolean" } },
  run: (args, io) => {
    const [collection, id] = args.positionals;
    const slug = args.values.workspace;
    if (!COLLECTIONS.includes(collection as (typeof COLLECTIONS)[number]) || !id)
      throw new UsageError(`name what: provenance ${COLLECTIONS.join("|")} ID --workspace W`);
    if (typeof slug !== "string") throw new UsageError("--workspace is required");
    return withContext(async (ctx) => {
      const which = collection as (typeof COLLECTIONS)[number];
      const { items } = await entityProvenance(ctx, slug, which, id);
      if (args.values.json) io.out(JSON.stringify(items, null, 2));
      else if (items.length === 0)
        io.out(`No OCDS, 360Giving or spreadsheet import has written ${collection}/${id}.`);
      else
        for (const p of items)
          io.out(
            `${p.importedAt}  ${p.importKind}  ${p.sourceFile}  ${p.publisher ?? "-"}  ${p.sourceId ?? "-"}  batch ${p.batch}`,
          );
      return 0;
    });
  },
};
