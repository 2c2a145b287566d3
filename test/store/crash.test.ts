import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child until it says WRITING, then kills it with SIGKILL. */
function killMidImport(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["test/store/crash-child.ts", dir], {
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
        : reject(new Error(`child ended without being killed: ${err}`)),
    );
  });
}

describe("a process killed mid-import (SQLite file)", () => {
  it("leaves no partial data behind", async () => {
    expect(await killMidImport()).toContain("WRITING");
    const store = await openStore({ dataDir: dir });
    try {
      const workspaces = await store.db.selectFrom("workspaces").select("slug").execute();
      const organisations = await store.db.selectFrom("organisations").select("id").execute();
      const memberships = await store.db.selectFrom("memberships").select("position").execute();
      expect(workspaces).toEqual([]);
      expect(organisations).toEqual([]);
      expect(memberships).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
