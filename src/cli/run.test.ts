import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliCaptured } from "../../test/factories/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-cli-"));
const demoFile = new URL("../services/demo/tsrc-case-studies.json", import.meta.url);

/** Runs the CLI with captured output. */
const cli = cliCaptured;

beforeAll(() => {
  process.env.PARTNERSCOPE_DATA_DIR = dir;
});
afterAll(() => {
  delete process.env.PARTNERSCOPE_DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe("partnerscope CLI", () => {
  it("lists its commands and gives --help on each", async () => {
    const help = await cli("--help");
    expect(help.code).toBe(0);
    for (const name of ["serve", "db migrate", "demo load", "export", "import"])
      expect(help.out).toContain(name);
    const importHelp = await cli("import", "--help");
    expect(importHelp.out).toContain("--workspace");
  });

  it("exits 2 with one line for an unknown command or a missing option", async () => {
    expect((await cli("frobnicate")).code).toBe(2);
    const missing = await cli("export");
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(
      "partnerscope export: --workspace is required (e.g. --workspace demo)",
    );
  });

  it("imports the demo file and exports it byte for byte", async () => {
    const imported = await cli("import", demoFile.pathname, "--workspace", "roundtrip");
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/Imported into 'roundtrip' \(new workspace\): \d+ organisations/);
    const out = join(dir, "export.json");
    expect((await cli("export", "--workspace", "roundtrip", "-o", out)).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(demoFile, "utf8"));
  });

  it("rejects an invalid file naming the JSON path, and writes nothing", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({
        format: "partnerscope/v1",
        workspace: { name: "B" },
        organisations: [{ id: "x", name: "X", sector: "voluntary", kind: "charity" }],
      }),
    );
    const result = await cli("import", bad, "--workspace", "bad");
    expect(result.code).toBe(2);
    expect(result.err).toContain("$.organisations[0].sector");
    expect(result.err).toContain("Nothing was written");
    expect((await cli("export", "--workspace", "bad")).err).toContain(
      "There is no workspace 'bad'",
    );
  });

  // The text is 2 + 31 + 20 = 53 characters over three lines, so the input ends at offset 53.
  it("names the line and byte offset of truncated JSON", async () => {
    const cut = join(dir, "cut.json");
    writeFileSync(cut, '{\n  "format": "partnerscope/v1",\n  "organisations": [');
    const result = await cli("import", cut, "--workspace", "cut");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/line 3, column \d+ \(byte offset 53\)/);
  });

  it("says when a file is not a partnerscope/v1 document", async () => {
    const other = join(dir, "other.json");
    writeFileSync(other, JSON.stringify({ releases: [] }));
    const result = await cli("import", other, "--workspace", "other");
    expect(result.err).toContain("This is not a partnerscope/v1 file");
  });
});
