/**
 * Child process for the spreadsheet memory test, started with a small heap
 * (`--max-old-space-size`): imports each `kind:file` argument into a fresh SQLite store in DIR
 * through the service every import uses (CLI and API alike), and prints one JSON line per file —
 * the error's name and message, or that it was imported — then the workspaces left in the store
 * and the peak resident memory. An import that runs out of memory kills the process instead.
 */
import { contextOf } from "../../src/services/index.ts";
import {
  type StandardImportKind,
  standardImport,
} from "../../src/services/interop/standard-import.ts";
import { openStore } from "../../src/store/index.ts";

const [dir, ...files] = process.argv.slice(2);
const store = await openStore({ dataDir: dir! });
const ctx = contextOf(store);
for (const [i, arg] of files.entries()) {
  const [kind, file] = arg.split(":") as [StandardImportKind, string];
  const outcome = await standardImport(ctx, `bomb-${i}`, kind, file).then(
    () => ({ imported: true }),
    (error: Error) => ({ name: error.name, message: error.message }),
  );
  process.stdout.write(`${JSON.stringify({ file: arg, ...outcome })}\n`);
}
const workspaces = await store.db.selectFrom("workspaces").select("slug").execute();
await store.close();
process.stdout.write(
  `${JSON.stringify({ workspaces: workspaces.length, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
