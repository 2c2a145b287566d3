import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeGivingPackage } from "../../test/factories/interop-data.ts";
import { contextOf, tokenIssue } from "../services/index.ts";
import { standardImport } from "../services/interop/standard-import.ts";
import { openStore, type Store } from "../store/index.ts";
import { buildApp } from "./app.ts";

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "import-responsiveness-"));
  // An SQLite file, as `partnerscope serve` uses by default.
  store = await openStore({ dataDir: dir });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the API during an import", () => {
  it("answers GET /api/v1/me while the import is writing, long before it is done", async () => {
    const ctx = contextOf(store);
    const app = await buildApp({ ctx });
    const headers = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
    const file = join(dir, "grants.json");
    await writeGivingPackage(file, 10_000);
    let written = 0;
    let asked: Promise<{ status: number; written: number }> | null = null;
    const result = await standardImport(ctx, "w", "360giving", file, {
      onProgress: (_read, _total, records, phase) => {
        if (phase !== "writing") return;
        written = records;
        // Asked once the import's transaction is open and its first chunk written.
        asked ??= app
          .inject({ url: "/api/v1/me", headers })
          .then((res) => ({ status: res.statusCode, written }));
      },
    });
    expect(result.counts["imported"]).toBe(10_000);
    expect(asked).not.toBeNull();
    const answer = await asked!;
    expect(answer.status).toBe(200);
    // Answered while chunks were still to be written (the last progress reports all 10,000).
    // Before, the session lookup waited for the import's transaction: it was answered after.
    expect(written).toBe(10_000);
    expect(answer.written).toBeLessThan(10_000);
    await app.close();
  });
});
