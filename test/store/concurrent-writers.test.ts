import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contextOf } from "../../src/services/context.ts";
import { exchangeExport } from "../../src/services/exchange.ts";
import { openStore } from "../../src/store/index.ts";

const CHILD = "test/store/concurrent-writer-child.ts";
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "partnerscope-writers-"));
  dirs.push(dir);
  return dir;
}

/** Runs the child to its end; resolves with its stdout, calling `onLine` for each line as it comes. */
function child(args: string[], onLine: (line: string) => void = () => {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn("node_modules/.bin/tsx", [CHILD, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    proc.stdout.on("data", (chunk) => {
      out += chunk;
      for (const line of String(chunk).split("\n")) if (line) onLine(line);
    });
    proc.stderr.on("data", (chunk) => {
      err += chunk;
    });
    proc.on("exit", (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error(`${out} ${err}`)),
    );
  });
}

async function organisationsIn(dir: string, slug: string): Promise<number> {
  const store = await openStore({ dataDir: dir });
  try {
    return (await exchangeExport(contextOf(store), slug)).organisations.length;
  } finally {
    await store.close();
  }
}

describe("two processes writing one SQLite file at once", () => {
  it("all import into different workspaces of one file (writes wait for each other)", async () => {
    const dir = freshDir();
    // Migrated first: two processes creating a new file's tables at once is not covered here.
    await (await openStore({ dataDir: dir })).close();
    const slugs = ["one", "two", "three", "four"];
    const results = await Promise.all(slugs.map((slug) => child(["import", dir, slug, "200"])));
    expect(results).toEqual(slugs.map(() => "OK 200"));
    for (const slug of slugs) expect(await organisationsIn(dir, slug)).toBe(200);
  }, 60_000);

  it("into one new workspace: both succeed or the second gets a conflict in words", async () => {
    const dir = freshDir();
    await (await openStore({ dataDir: dir })).close();
    const results = await Promise.all([
      child(["import", dir, "same", "2000"]),
      child(["import", dir, "same", "2000"]),
    ]);
    const worded =
      "ERR A workspace named 'same' already exists: another import created it while this one was being checked, and nothing was written. Run it again to add to that workspace";
    for (const result of results) expect([worded, "OK 2000"]).toContain(result);
    expect(results).toContain("OK 2000");
    expect(await organisationsIn(dir, "same")).toBe(2000);
  }, 60_000);

  it("waits for another process's write lock held longer than the 5 s statement timeout", async () => {
    const dir = freshDir();
    expect(await child(["import", dir, "first", "10"])).toBe("OK 10");
    let importing: Promise<string> | undefined;
    const holding = child(["hold", dir, "9000"], (line) => {
      if (line === "HOLDING") importing = child(["import", dir, "second", "10"]);
    });
    await holding;
    expect(await importing).toBe("OK 10");
    expect(await organisationsIn(dir, "second")).toBe(10);
  }, 60_000);
});
