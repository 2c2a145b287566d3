import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contextOf, exchangeExportJson } from "../../src/services/index.ts";
import { openStore } from "../../src/store/index.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-import-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child until it starts writing contracts, then kills it with SIGKILL at once. */
function killMidImport(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["test/store/import-crash-child.ts", dir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("WRITING")) child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk) => {
      err += chunk;
    });
    child.on("exit", (_code, signal) =>
      signal === "SIGKILL"
        ? resolve(out)
        : reject(new Error(`child was not killed: ${out} ${err}`)),
    );
  });
}

describe("a process killed with SIGKILL during a large standard import (SQLite file)", () => {
  it("leaves the database exactly as it was: no entities, batch or provenance", async () => {
    const out = await killMidImport();
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
