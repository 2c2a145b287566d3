// Opens an SQLite store in a folder and closes it, awaited at the top level as the CLI's main.ts
// does: the process must end with code 0 after "closed", not 13 (an unsettled top-level await).
import { openStore } from "../../src/store/index.ts";

const store = await openStore({ dataDir: process.argv[2] });
await store.close();
process.stdout.write("closed\n");
