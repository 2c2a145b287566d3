/**
 * One measured step of the interop benchmark, in its own process so its peak memory (max RSS) is
 * its own: `parse KIND FILE` stream-parses only, with stream-json's tokenising parser (the peer);
 * `split KIND FILE` reads it with the importers' own splitter (each item cut out and `JSON.parse`d);
 * `import KIND FILE DATA_DIR|URL [FLOOR_DIR|FLOOR_URL]` imports into a store and then, given a
 * fresh floor target, writes the same rows there (bench/import-floor.ts). An import is timed from
 * the call, the store already opened.
 * Prints one JSON line: { seconds, records, maxRssMb, deleteSeconds, floor } (deleteSeconds:
 * PostgreSQL clean-up; maxRssMb is the import's, taken before the floor runs).
 */

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import { readJsonFile } from "../src/services/interop/json-file-reader.ts";
import { type Floor, postgresFloor, sqliteFloor } from "./import-floor.ts";

// The import runs from built JavaScript when the bench built it (as the CLI runs, decision 0019),
// else from the TypeScript source through tsx.
const built = process.env["PARTNERSCOPE_BENCH_BUILD"];
const from = (path: string) =>
  import(built ? pathToFileURL(join(built, `${path}.js`)).href : `../src/${path}.ts`);
const { tuneRuntime } = (await from("cli/runtime")) as typeof import("../src/cli/runtime.ts");
const { contextOf } = (await from("services/index")) as typeof import("../src/services/index.ts");
const { standardImport } = (await from(
  "services/interop/standard-import",
)) as typeof import("../src/services/interop/standard-import.ts");
const { openStore, workspaceBySlug, workspaceDelete } = (await from(
  "store/index",
)) as typeof import("../src/store/index.ts");

const [mode, kind, file, target, floorTarget] = process.argv.slice(2) as [
  string,
  "ocds" | "360giving",
  string,
  string,
  string | undefined,
];
// An import runs as the CLI (and server) run it; the peer, stream-parsing, on Node's defaults.
if (mode === "import") tuneRuntime();
const start = performance.now();
let records = 0;
let seconds = 0;
let deleteSeconds: number | null = null;
let maxRssMb = 0;
let floor: Floor | null = null;
if (mode === "parse" || mode === "split") {
  // A sink that only counts: every item is still parsed into a value.
  const reader = mode === "parse" ? "stream-json" : "split";
  await readJsonFile(
    file,
    {
      shouldStream: (key) => key === "releases" || key === "grants",
      onPackage: () => {},
      onItem: () => {
        records++;
      },
      onPackageEnd: () => {},
      onValue: () => {},
    },
    () => {},
    reader,
  );
} else {
  const store = await openStore(
    target.startsWith("postgres") ? { databaseUrl: target } : { dataDir: target },
  );
  const slug = `bench-${process.pid}`;
  // The import's own time: opening (and migrating) a fresh store is outside it, as for the floor.
  const importStart = performance.now();
  const result = await standardImport(contextOf(store), slug, kind, file, {
    onInvalid: "import-all",
  });
  records = Number(result.counts["grants"] ?? result.counts["releases"] ?? 0);
  seconds = (performance.now() - importStart) / 1000;
  maxRssMb = process.resourceUsage().maxRSS / 1024;
  if (floorTarget)
    floor = target.startsWith("postgres")
      ? await postgresFloor(target, floorTarget)
      : await sqliteFloor(join(target, "partnerscope.db"), floorTarget);
  // Timed apart: a shared PostgreSQL database must not keep a million benchmark rows.
  const ws = await workspaceBySlug(store.db, slug);
  if (ws && target.startsWith("postgres")) {
    const t = performance.now();
    await workspaceDelete(store.db, ws.id);
    // And its dead rows, which would otherwise slow the next step's inserts into the same tables.
    await sql`vacuum analyze`.execute(store.db);
    deleteSeconds = (performance.now() - t) / 1000;
  }
  await store.close();
}
seconds ||= (performance.now() - start) / 1000;
maxRssMb ||= process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, records, maxRssMb, deleteSeconds, floor })}\n`);
