/**
 * A REFI-QDA round trip of 10,000 coded segments (1,000 with --quick): evidence items each coded
 * with one or two codes are exported as a .qdpx, imported into an empty workspace, and compared
 * (codes and codings must come back unchanged). Reports export and import times. SQLite, and
 * PostgreSQL when PARTNERSCOPE_BENCH_DATABASE_URL is set.
 *   npx tsx bench/qdpx.ts [--quick]
 */
import { isDeepStrictEqual } from "node:util";
import { qdpxExport, qdpxImport } from "../src/services/evidence/qdpx.ts";
import { contextOf, workspaceAdd, workspaceRemove } from "../src/services/index.ts";
import { evidenceAll, evidenceUpsert, openStore, workspaceBySlug } from "../src/store/index.ts";

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

/** Stores n coded items in 'qdpx-from', round-trips them into 'qdpx-to' and checks the result. */
async function run(name: string, databaseUrl: string): Promise<void> {
  const store = await openStore({ databaseUrl });
  const ctx = contextOf(store);
  try {
    for (const slug of ["qdpx-from", "qdpx-to"]) {
      await workspaceRemove(ctx, slug).catch(() => undefined);
      await workspaceAdd(ctx, { slug, name: slug });
    }
    const from = (await workspaceBySlug(store.db, "qdpx-from"))?.id as number;
    const items = Array.from({ length: n }, (_, i) => ({
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
    await evidenceUpsert(store.db, store.adapter, from, items);
    let t = performance.now();
    const bytes = await qdpxExport(ctx, "qdpx-from");
    const exportMs = performance.now() - t;
    t = performance.now();
    const result = await qdpxImport(ctx, "qdpx-to", bytes);
    const importMs = performance.now() - t;
    const to = (await workspaceBySlug(store.db, "qdpx-to"))?.id as number;
    const same = isDeepStrictEqual(
      await evidenceAll(store.db, to),
      await evidenceAll(store.db, from),
    );
    console.log(
      `${name}: ${n.toLocaleString("en")} items, ${result.codings.toLocaleString("en")} codings, ${(bytes.length / 1e6).toFixed(1)} MB .qdpx; export ${(exportMs / 1000).toFixed(2)} s, import ${(importMs / 1000).toFixed(2)} s; round trip unchanged: ${same}`,
    );
    if (!same) process.exitCode = 1;
  } finally {
    await store.close();
  }
}

await run("sqlite", ":memory:");
if (process.env.PARTNERSCOPE_BENCH_DATABASE_URL)
  await run("postgres", process.env.PARTNERSCOPE_BENCH_DATABASE_URL);
