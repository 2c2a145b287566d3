import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { staleTempDirsRemove, tempDirCreate } from "./temp-dirs.ts";

const roots: string[] = [];
const rootDir = () => {
  const root = mkdtempSync(join(tmpdir(), "temp-dirs-test-"));
  roots.push(root);
  return root;
};
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A process that makes an upload folder, writes into it and is killed before it can clean up. */
function crashedUpload(root: string): string {
  const module = new URL("./temp-dirs.ts", import.meta.url).pathname;
  const script = `
    import { writeFileSync } from "node:fs";
    import { join } from "node:path";
    import { tempDirCreate } from ${JSON.stringify(module)};
    tempDirCreate("partnerscope-upload-", ${JSON.stringify(root)}).then((dir) => {
      writeFileSync(join(dir, "upload.json"), '{"grants":[');
      process.kill(process.pid, "SIGKILL");
    });`;
  try {
    execFileSync("node_modules/.bin/tsx", ["--eval", script], { stdio: "ignore" });
  } catch {
    // Killed, as intended.
  }
  const left = readdirSync(root);
  expect(left).toHaveLength(1);
  return left[0]!;
}

describe("staleTempDirsRemove", () => {
  it("removes the upload folder of a process killed mid-upload", () => {
    const root = rootDir();
    const name = crashedUpload(root);
    expect(name).toMatch(/^partnerscope-upload-\d+-/);
    expect(existsSync(join(root, name, "upload.json"))).toBe(true);
    expect(staleTempDirsRemove(root)).toEqual([name]);
    expect(readdirSync(root)).toEqual([]);
  });

  it("leaves the folders of running processes and other files alone", async () => {
    const root = rootDir();
    const own = await tempDirCreate("partnerscope-upload-", root);
    // The parent process (vitest's) is running: its spill folder belongs to live work.
    const live = join(root, `partnerscope-spill-${process.ppid}-abc123`);
    mkdirSync(live);
    for (const other of ["partnerscope-upload-abc123", "partnerscope-uploads", "notes"])
      mkdirSync(join(root, other));
    writeFileSync(join(root, "partnerscope-spill-1x-abc"), "");
    expect(staleTempDirsRemove(root)).toEqual([]);
    expect(readdirSync(root).sort()).toEqual(
      [
        own.slice(root.length + 1),
        live.slice(root.length + 1),
        "partnerscope-upload-abc123",
        "partnerscope-uploads",
        "notes",
        "partnerscope-spill-1x-abc",
      ].sort(),
    );
  });

  it("removes a dead process's spill folder too", () => {
    const root = rootDir();
    const dead = Number(execFileSync("node", ["-e", "process.stdout.write(String(process.pid))"]));
    const name = `partnerscope-spill-${dead}-Qw3rTy`;
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, "spill.db"), "x");
    expect(staleTempDirsRemove(root)).toEqual([name]);
    expect(existsSync(join(root, name))).toBe(false);
  });
});
