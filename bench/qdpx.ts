/**
 * A REFI-QDA round trip of 10,000 coded segments (1,000 with --quick): evidence items, each one
 * selection coded with one or two codes, are exported as a .qdpx through the services and imported
 * into an empty workspace, then compared (items, codes and codings must come back unchanged).
 * Export and import are each timed with bench/protocol.ts (every import into a fresh workspace).
 * SQLite in memory, and PostgreSQL when PARTNERSCOPE_BENCH_DATABASE_URL is set (its workspaces
 * qdpx-from and qdpx-to-* are replaced). Prints the process's peak resident memory.
 *   npx tsx bench/qdpx.ts [--quick]
 */
import { isDeepStrictEqual } from "node:util";
import { qdpxExport, qdpxImport } from "../src/services/evidence/qdpx.ts";
import { contextOf, workspaceAdd, workspaceRemove } from "../src/services/index.ts";
import { evidenceAll, evidenceUpsert, openStore, workspaceBySlug } from "../src/store/index.ts";
import { measureAsync, printTable, RUNS, showTiming } from "./protocol.ts";

const quick = process.argv.includes("--quick");
const n = quick ? 1_000 : 10_000;
const CODES = [
  "barrier-trust",
  "barrier-culture",
  "barrier-vat-tax",
  "driver-policy",
  "driver-efficiency",
  "culture",
];

/** n items of the default codebook's codes: two codes on every third, one on the rest. */
function itemsOf(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `seg-${i}`,
    kind: "quote" as const,
    text: `Segment ${i}: partners said trust and money mattered — “${i % 97}”.`,
    source: `Interview ${i % 50}`,
    date: null,
    themes: [],
    partnership: null,
    organisation: null,
    codes:
      i % 3
        ? [CODES[i % 6] as string]
        : [CODES[i % 6] as string, CODES[(i + 1) % 6] as string].sort(),
  }));
}

/** Stores n coded items in 'qdpx-from', round-trips them into fresh workspaces, checks them. */
async function run(name: string, databaseUrl: string): Promise<string[]> {
  const store = await openStore({ databaseUrl });
  const ctx = contextOf(store);
  const slugs = ["qdpx-from", ...Array.from({ length: RUNS + 1 }, (_, k) => `qdpx-to-${k}`)];
  try {
    for (const slug of slugs) {
      await workspaceRemove(ctx, slug).catch(() => undefined);
      await workspaceAdd(ctx, { slug, name: slug });
    }
    const from = (await workspaceBySlug(store.db, "qdpx-from"))?.id as number;
    await evidenceUpsert(store.db, store.adapter, from, itemsOf(n));
    const exported = await measureAsync(() => qdpxExport(ctx, "qdpx-from"));
    const bytes = exported.value;
    let k = 0;
    const imported = await measureAsync(() => qdpxImport(ctx, `qdpx-to-${k++}`, bytes));
    const original = await evidenceAll(store.db, from);
    let same = true;
    for (const slug of slugs.slice(1)) {
      const to = (await workspaceBySlug(store.db, slug))?.id as number;
      same &&= isDeepStrictEqual(await evidenceAll(store.db, to), original);
    }
    if (!same) process.exitCode = 1;
    const { evidenceAdded, codings } = imported.value;
    const what = `${evidenceAdded.toLocaleString("en-GB")} items, ${codings.toLocaleString("en-GB")} codings, ${(bytes.length / 1e6).toFixed(1)} MB`;
    return [
      name,
      what,
      showTiming(exported.timing, 2),
      showTiming(imported.timing, 2),
      String(same),
    ];
  } finally {
    for (const slug of slugs) await workspaceRemove(ctx, slug).catch(() => undefined);
    await store.close();
  }
}

const rows = [
  ["database", "round trip", "export s, median (range)", "import s, median (range)", "unchanged"],
];
rows.push(await run("SQLite", ":memory:"));
if (process.env.PARTNERSCOPE_BENCH_DATABASE_URL)
  rows.push(await run("PostgreSQL", process.env.PARTNERSCOPE_BENCH_DATABASE_URL));
console.log(`${n.toLocaleString("en-GB")} coded segments; ${RUNS} runs after a first, each side`);
printTable(rows);
console.log(
  `peak resident memory of this process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);
