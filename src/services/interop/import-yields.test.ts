import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeGivingPackage } from "../../../test/factories/interop-data.ts";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf } from "../context.ts";
import { CHUNK_RECORDS } from "./import-chunks.ts";
import { standardImport } from "./standard-import.ts";
import { sliceMsSet } from "./yield-point.ts";

let dir: string;
let store: Store;
let before: number;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "import-yields-"));
  // A file database, as the server uses (not :memory:).
  store = await openStore({ dataDir: dir });
  // A zero-length slice yields at every yield point, so the turns below count the yield points
  // whatever this machine's speed (with the usual slice, a turn comes every few milliseconds).
  before = sliceMsSet(0);
});
afterEach(async () => {
  sliceMsSet(before);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a streamed import and the event loop", () => {
  it("lets other work run at least once per piece read and once per grant written", async () => {
    const file = join(dir, "grants.json");
    await writeGivingPackage(file, 10_000);
    // A ticker that runs once per turn of the event loop, counted by the import's phase.
    const turns = { validating: 0, writing: 0 };
    let phase: keyof typeof turns | null = null;
    let running = true;
    const tick = () => {
      if (!running) return;
      if (phase) turns[phase]++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const result = await standardImport(contextOf(store), "w", "360giving", file, {
      onProgress: (_read, _total, _records, p) => {
        phase = p ?? null;
      },
    }).finally(() => {
      running = false;
    });
    expect(result.counts["imported"]).toBe(10_000);
    // Pass 1 reads the file 256 KB at a time: a turn after each piece at least.
    expect(turns.validating).toBeGreaterThanOrEqual(Math.floor(statSync(file).size / 262_144));
    // Pass 2 reports "writing" once its first chunk is written; after that, a turn per grant read
    // back at least. Before the yield points SQLite's synchronous writes gave the event loop two
    // turns per chunk.
    expect(turns.writing).toBeGreaterThanOrEqual(10_000 - CHUNK_RECORDS);
  });
});
