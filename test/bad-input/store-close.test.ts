import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-store-close-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("closing an SQLite store at the top level of a process (the CLI's main.ts)", () => {
  it("ends with exit code 0 every time, not 13 while the checkpoint worker closes", async () => {
    // Before the fix, 4 runs in 5 ended with 13: the closing worker was unref'd, so the event
    // loop emptied while `await store.close()` waited for it.
    const run = (n: number) =>
      new Promise<string>((resolve) => {
        const args = [
          "--import",
          "tsx",
          "test/bad-input/store-close-child.ts",
          join(dir, `db${n}`),
        ];
        execFile(process.execPath, args, (error, stdout) =>
          resolve(`${error ? (error as { code?: number }).code : 0} ${stdout.trim()}`),
        );
      });
    const codes = await Promise.all([1, 2, 3, 4, 5].map(run));
    expect(codes).toEqual(Array(5).fill("0 closed"));
  });
});
