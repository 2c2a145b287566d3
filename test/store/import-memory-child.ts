/**
 * Child process of the import memory test (started with a small `--max-old-space-size`): imports
 * FILE as OCDS into a fresh SQLite data dir DIR and prints one line — `IMPORTED <counts>` or
 * `REFUSED <message>` — so the parent can tell a clear refusal from an out-of-memory crash.
 */
import { contextOf } from "../../src/services/index.ts";
import { ImportInputError } from "../../src/services/interop/import-input-error.ts";
import { standardImport } from "../../src/services/interop/standard-import.ts";
import { openStore } from "../../src/store/index.ts";

const [dir, file] = [process.argv[2]!, process.argv[3]!];
const store = await openStore({ dataDir: dir });
try {
  const result = await standardImport(contextOf(store), "w", "ocds", file);
  process.stdout.write(`IMPORTED ${JSON.stringify(result.totals.created)}\n`);
} catch (error) {
  if (!(error instanceof ImportInputError)) throw error;
  process.stdout.write(`REFUSED ${error.message}\n`);
} finally {
  await store.close();
}
