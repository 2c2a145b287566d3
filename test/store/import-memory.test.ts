import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-import-memory-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The heap the child gets: an import must finish, or refuse, within it (decision 0007). */
const HEAP_MB = 256;

const OCID = "ocds-abc123-flood";
const release = (i: number, awards: number) => {
  const suppliers = Array.from({ length: awards }, (_, j) => ({
    id: `GB-COH-${i * awards + j}`,
    name: `Supplier ${i * awards + j}`,
  }));
  return {
    ocid: OCID,
    id: `${OCID}-r${i}`,
    date: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
    tag: ["award"],
    initiationType: "tender",
    buyer: { id: "GB-GOR-B1", name: "Buyer Council" },
    parties: [{ id: "GB-GOR-B1", name: "Buyer Council", roles: ["buyer"] }, ...suppliers],
    awards: suppliers.map((s, j) => ({
      id: `a${i * awards + j}`,
      status: "active",
      value: { amount: 1000 + j, currency: "GBP" },
      suppliers: [s],
    })),
  };
};
const packageOf = (releases: unknown[]) =>
  JSON.stringify({
    uri: "http://example.com/package.json",
    publishedDate: "2020-01-01T00:00:00Z",
    version: "1.1",
    publisher: { name: "Flood" },
    releases,
  });

/** Runs the real import in a child with a small heap; its exit code, what it printed and its errors. */
function importInChild(file: string): Promise<{ code: number | null; out: string; err: string }> {
  const data = mkdtempSync(join(dir, "data-"));
  const script = "test/store/import-memory-child.ts";
  const args = [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", script, data, file];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let [out, err] = ["", ""];
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    child.on("exit", (code) => resolve({ code, out, err }));
  });
}

describe(`an OCDS import within a ${HEAP_MB} MB heap`, () => {
  it("imports 4,000 releases of one ocid (before: gigabytes, each provenance row listing every release id)", async () => {
    const file = join(dir, "flood.json");
    writeFileSync(file, packageOf(Array.from({ length: 4000 }, (_, i) => release(i, 1))));
    const { code, out, err } = await importInChild(file);
    expect(err).not.toMatch(/heap out of memory/);
    expect(out).toContain('IMPORTED {"organisations":4001');
    expect(out).toContain('"contracts":4000');
    expect(code).toBe(0);
  }, 60_000);

  it("refuses one gigantic release, naming it and the limit, instead of running out of memory", async () => {
    const file = join(dir, "huge.json");
    // One release of 40,000 awards and parties: about 5 MB of JSON text, over the 4 MiB item limit.
    writeFileSync(file, packageOf([release(0, 40_000)]));
    const { code, out, err } = await importInChild(file);
    expect(err).not.toMatch(/heap out of memory/);
    expect(out).toContain(
      "REFUSED releases[0] of top-level value 1 is longer than the limit of 4 MiB of JSON text for one item",
    );
    expect(code).toBe(0);
  }, 60_000);
});
