import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.ts";
import { killWhenItSays } from "./kill-child.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a process killed mid-import (SQLite file)", () => {
  it("leaves no partial data behind", async () => {
    expect(await killWhenItSays("test/store/crash-child.ts", [dir])).toContain("WRITING");
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
