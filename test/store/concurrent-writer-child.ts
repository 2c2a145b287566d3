/**
 * Child process for the concurrent-writers test. `import DIR SLUG ORGS` imports a generated sector
 * of ORGS organisations into workspace SLUG of DIR's SQLite file and prints `OK <counts>` or
 * `ERR <message>`; `hold DIR MS` takes the write lock, prints HOLDING, keeps it MS ms, then commits.
 */
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { exchangeToJson } from "../../src/engine/exchange/index.ts";
import { generateSector } from "../../src/engine/landscape/index.ts";
import { contextOf } from "../../src/services/context.ts";
import { describeError } from "../../src/services/errors.ts";
import { exchangeImport, parseJsonText } from "../../src/services/exchange.ts";
import { openStore } from "../../src/store/index.ts";

const [mode, dir, a, b] = process.argv.slice(2) as [string, string, string, string];

async function hold(ms: number) {
  const sqlite = new SQLite(join(dir, "partnerscope.db"));
  sqlite.exec("begin immediate");
  sqlite.prepare("update workspaces set name = name").run();
  process.stdout.write("HOLDING\n");
  await new Promise((resolve) => setTimeout(resolve, ms));
  sqlite.exec("commit");
  sqlite.close();
}

async function importSector(slug: string, organisations: number) {
  const doc = parseJsonText(exchangeToJson(generateSector({ organisations, seed: 1 })));
  const store = await openStore({ dataDir: dir });
  // Printed before closing: the store's close waits for a checkpoint worker that does not keep the
  // process alive, so nothing after it may be relied on to run.
  try {
    const result = await exchangeImport(contextOf(store), slug, doc);
    process.stdout.write(`OK ${result.counts.organisations}\n`);
  } catch (error) {
    process.stdout.write(`ERR ${describeError(error).split("\n")[0]}\n`);
  }
  await store.close();
}

// Not a top-level await: the store's close waits for an unref'd checkpoint worker, and an
// unsettled top-level await would end the process with code 13.
void (mode === "hold" ? hold(Number(a)) : importSector(a, Number(b)));
