import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contextOf, exchangeExportJson } from "../../src/services/index.ts";
import { openStore } from "../../src/store/index.ts";
import { killWhenItSays } from "./kill-child.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-import-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a process killed with SIGKILL during a large standard import (SQLite file)", () => {
  it("leaves the database exactly as it was: no entities, batch or provenance", async () => {
    const out = await killWhenItSays("test/store/import-crash-child.ts", [dir]);
    expect(out).toContain("WRITING");
    expect(out).not.toContain("FINISHED");
    const store = await openStore({ dataDir: dir });
    try {
      const ctx = contextOf(store);
      expect(await exchangeExportJson(ctx, "demo")).toBe(
        readFileSync(join(dir, "before.json"), "utf8"),
      );
      expect(await store.db.selectFrom("import_batches").selectAll().execute()).toEqual([]);
      expect(await store.db.selectFrom("provenance").selectAll().execute()).toEqual([]);
    } finally {
      await store.close();
    }
  });
}, 60_000);
