import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliCaptured } from "../../../test/factories/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-interop-cli-"));
const CF = new URL(
  "../../../test/fixtures/ocds/contracts-finder-2025/ocds-b5fd17-fcf126d6-9a46-4410-93dc-0defcb3d9598.json",
  import.meta.url,
).pathname;

const cli = cliCaptured;

beforeAll(() => {
  process.env.PARTNERSCOPE_DATA_DIR = dir;
});
afterAll(() => {
  delete process.env.PARTNERSCOPE_DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe("import ocds|360giving|csv, import list|undo, export ocds|csv|xlsx", () => {
  it("dry-runs, imports, lists and undoes a Contracts Finder file", async () => {
    const dry = await cli("import", "ocds", CF, "--workspace", "cf", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(
      /Validation: valid\nWould create: 4 organisations, 1 partnerships, 1 contracts/,
    );
    const done = await cli("import", "ocds", CF, "-w", "cf", "--json");
    const batch = JSON.parse(done.out).batch;
    expect(batch).toMatch(/^\d{8}T\d+Z-[0-9a-f]{6}$/);
    expect((await cli("import", "list", "-w", "cf")).out).toContain(batch);
    const contract = JSON.parse(done.out).created.contracts[0];
    const where = await cli("provenance", "contracts", contract, "-w", "cf");
    expect(where.code).toBe(0);
    expect(where.out).toMatch(/ocds {2}ocds-b5fd17-fcf126d6-9a46-4410-93dc-0defcb3d9598\.json/);
    expect(where.out).toContain(`batch ${batch}`);
    expect((await cli("provenance", "contracts", "nope", "-w", "cf")).code).not.toBe(0);
    expect((await cli("provenance", "widgets", "x", "-w", "cf")).code).toBe(2);
    expect((await cli("import", "ocds", CF, "-w", "cf")).out).toMatch(/Nothing changed/);
    expect((await cli("import", "undo", batch, "-w", "cf")).out).toMatch(/deleted 6/);
  });

  it("refuses a broken file in one line naming the byte offset, exit 2, nothing written", async () => {
    const bad = join(dir, "broken.json");
    writeFileSync(bad, '{"releases": [{"ocid": "x",, }]}');
    const r = await cli("import", "ocds", bad, "-w", "bad");
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/byte \d+, line 1/);
    expect((await cli("import", "list", "-w", "bad")).code).not.toBe(0);
  });

  it("exports CSV files, an XLSX workbook and an OCDS package", async () => {
    await cli("import", "ocds", CF, "-w", "ex");
    expect((await cli("export", "csv", "-w", "ex", "-o", join(dir, "csv"))).code).toBe(0);
    expect(readFileSync(join(dir, "csv", "organisations.csv"), "utf8")).toMatch(/^id,name,/);
    expect(existsSync(join(dir, "csv", "funders.csv"))).toBe(true);
    expect((await cli("export", "xlsx", "-w", "ex", "-o", join(dir, "ex.xlsx"))).code).toBe(0);
    expect(readFileSync(join(dir, "ex.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect((await cli("export", "ocds", "-w", "ex", "-o", join(dir, "ex.json"))).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "ex.json"), "utf8")).releases).toHaveLength(1);
  });
});
