import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { writeGivingPackage, writeOcdsPackage } from "../../../test/factories/interop-data.ts";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf } from "../context.ts";
import { exchangeExportJson } from "../exchange.ts";
import { startPrepareThread, WORKER_MIN_BYTES, workerMinBytesSet } from "./prepare-thread.ts";
import { standardImport } from "./standard-import.ts";

const data = (path: string) => new URL(`../../../test/fixtures/${path}`, import.meta.url).pathname;
const GRANTNAV = readdirSync(data("360giving/grantnav-test-data")).map((f) =>
  join(data("360giving/grantnav-test-data"), f),
);
const dir = mkdtempSync(join(tmpdir(), "partnerscope-prepare-thread-"));
const stores: Store[] = [];
afterEach(() => {
  workerMinBytesSet(WORKER_MIN_BYTES);
});
afterAll(async () => {
  for (const s of stores) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

const OCDS = readdirSync(data("ocds/contracts-finder-2025")).map((f) =>
  join(data("ocds/contracts-finder-2025"), f),
);

/** Imports `file` twice into a fresh store, with pass 2 in a worker or in this thread. */
async function importBoth(
  file: string,
  inWorker: boolean,
  kind: "360giving" | "ocds" = "360giving",
) {
  workerMinBytesSet(inWorker ? 0 : Number.MAX_SAFE_INTEGER);
  const store = await openStore({ databaseUrl: ":memory:" });
  stores.push(store);
  let tick = 0;
  const ctx = contextOf(store, () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)));
  const first = await standardImport(ctx, "w", kind, file, { onInvalid: "import-all" });
  const again = await standardImport(ctx, "w", kind, file, { onInvalid: "import-all" });
  const { batch: _batch, ...rest } = first;
  return {
    first: rest,
    again: { batch: again.batch, totals: again.totals },
    stored: await exchangeExportJson(ctx, "w"),
  };
}

describe("pass 2 in a worker thread", () => {
  it.each(GRANTNAV)("imports %s exactly as in the importing thread", async (file) => {
    const threaded = await importBoth(file, true);
    const inline = await importBoth(file, false);
    expect(threaded).toEqual(inline);
    expect(threaded.again.batch).toBeNull();
  });

  it("imports 3,000 generated grants (six chunks, funders met in every chunk) the same way", async () => {
    const file = join(dir, "grants.json");
    await writeGivingPackage(file, 3_000);
    const threaded = await importBoth(file, true);
    const inline = await importBoth(file, false);
    expect(threaded.first.totals.created["contracts"]).toBe(3_000);
    expect(threaded).toEqual(inline);
  });

  it.each(OCDS.slice(0, 1))("imports OCDS %s exactly as in the importing thread", async (file) => {
    const threaded = await importBoth(file, true, "ocds");
    const inline = await importBoth(file, false, "ocds");
    expect(threaded).toEqual(inline);
    expect(threaded.again.batch).toBeNull();
  });

  it("imports 2,000 generated OCDS releases (several chunks) the same way", async () => {
    const file = join(dir, "releases.json");
    await writeOcdsPackage(file, 2_000);
    const threaded = await importBoth(file, true, "ocds");
    const inline = await importBoth(file, false, "ocds");
    expect(threaded.first.totals.created["contracts"]).toBe(2_000);
    expect(threaded).toEqual(inline);
  });

  it("fails with the worker's own error when its spill cannot be read", async () => {
    const thread = startPrepareThread();
    try {
      const start = {
        kind: "360giving" as const,
        spillFile: join(dir, "no-such-spill.db"),
        validOnly: false,
        sourceFile: "x.json",
        workspaceName: "x",
        publisher: null,
        releaseSchema: null,
        aliases: [],
        known: { organisations: [], partnerships: [] },
      };
      const chunks = thread.prepared(start);
      await expect(chunks.next()).rejects.toThrow(/unable to open database file|no such file/i);
    } finally {
      thread.close();
    }
  });
});
