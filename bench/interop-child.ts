/**
 * One measured step of the interop benchmark, in its own process so its peak memory (max RSS) is
 * its own: `parse KIND FILE` stream-parses only; `import KIND FILE DATA_DIR|URL` imports into a store.
 * Prints one JSON line: { seconds, records, maxRssMb }.
 */

import { contextOf } from "../src/services/index.ts";
import { readJsonFile } from "../src/services/interop/json-file-reader.ts";
import { standardImport } from "../src/services/interop/standard-import.ts";
import { openStore } from "../src/store/index.ts";

const [mode, kind, file, target] = process.argv.slice(2) as [
  string,
  "ocds" | "360giving",
  string,
  string,
];
const start = performance.now();
let records = 0;
if (mode === "parse") {
  // The same streaming reader the importers use, with a sink that only counts.
  await readJsonFile(file, {
    shouldStream: (key) => key === "releases" || key === "grants",
    onPackage: () => {},
    onItem: () => {
      records++;
    },
    onPackageEnd: () => {},
    onValue: () => {},
  });
} else {
  const store = await openStore(
    target.startsWith("postgres") ? { databaseUrl: target } : { dataDir: target },
  );
  const result = await standardImport(contextOf(store), `bench-${process.pid}`, kind, file, {
    onInvalid: "import-all",
  });
  records = Number(result.counts["grants"] ?? result.counts["releases"] ?? 0);
  await store.close();
}
const seconds = (performance.now() - start) / 1000;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, records, maxRssMb })}\n`);
