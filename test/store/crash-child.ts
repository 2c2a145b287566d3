/**
 * Child process for the crash test: starts importing the demo into an SQLite file, says WRITING
 * once organisations and partnerships are written inside the transaction, then hangs until killed.
 */
import { contextOf, demoDocument, exchangeImport } from "../../src/services/index.ts";
import { openStore } from "../../src/store/index.ts";

const store = await openStore({ dataDir: process.argv[2] });
await exchangeImport(contextOf(store), "crash", await demoDocument(), {
  onProgress: async (collection) => {
    if (collection !== "events") return;
    process.stdout.write("WRITING\n");
    await new Promise(() => {});
  },
});
