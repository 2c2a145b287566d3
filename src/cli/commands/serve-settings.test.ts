import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "partnerscope-serve-settings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("serve with a bad setting", () => {
  it("says which setting and exits 2, rather than staying alive on the open store", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "serve", "--no-demo"],
      {
        cwd: ROOT,
        encoding: "utf8",
        // Before the fix the process printed the message and never exited: the timeout kills it.
        timeout: 45_000,
        env: {
          ...process.env,
          PARTNERSCOPE_DATA_DIR: dir,
          PARTNERSCOPE_DATABASE_URL: "",
          PARTNERSCOPE_PORT: "0",
          PARTNERSCOPE_SERVER_RUNS_JOBS: "maybe",
        },
      },
    );
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      "PARTNERSCOPE_SERVER_RUNS_JOBS must be true or false (got 'maybe')",
    );
  }, 60_000);
});
