/**
 * Child process for the import crash test: loads the demo, writes its export to OUT/before.json,
 * then imports a large generated 360Giving package into the same workspace and says WRITING as
 * the contracts start to be written inside the transaction (the parent then kills it with SIGKILL).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { contextOf, demoLoad, exchangeExportJson } from "../../src/services/index.ts";
import { standardImport } from "../../src/services/interop/standard-import.ts";
import { openStore } from "../../src/store/index.ts";
import { writeGivingPackage } from "../factories/interop-data.ts";

const dir = process.argv[2]!;
const store = await openStore({ dataDir: dir });
const ctx = contextOf(store);
await demoLoad(ctx);
writeFileSync(join(dir, "before.json"), await exchangeExportJson(ctx, "demo"));
const file = join(dir, "grants.json");
await writeGivingPackage(file, 30_000);
await standardImport(ctx, "demo", "360giving", file, {
  onWrite: (collection) => {
    if (collection === "contracts") process.stdout.write("WRITING\n");
  },
});
process.stdout.write("FINISHED\n");
