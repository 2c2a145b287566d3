import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  rowXml,
  SHEET_HEAD,
  SHEET_TAIL,
  workbookParts,
  writeRepeatedRowWorkbook,
  writeZip,
} from "../factories/spreadsheet-bombs.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-bomb-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Heap the child may use: well under what one bomb needs when inflated (hundreds of MB). */
const HEAP_MB = 200;

function runChild(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_MB}`,
        "--import",
        "tsx",
        "test/store/spreadsheet-bomb-child.ts",
        ...args,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.stderr.on("data", (chunk) => {
      err += chunk;
    });
    child.on("exit", (code) => resolve({ code, out, err }));
  });
}

describe(`spreadsheet zip bombs through the import, in a ${HEAP_MB} MB heap`, () => {
  it("are refused with an error naming the sheet and limit, not out of memory", async () => {
    const grantRow = rowXml(2, ["360G-1", "A grant"]);
    // 25,000 rows of 16,118 bytes: a 403 MB sheet in a file of a few hundred KB.
    const size = writeZip(join(dir, "size.xlsx"), [
      ...workbookParts(["grants"]),
      {
        name: "xl/worksheets/sheet1.xml",
        repeat: {
          head: SHEET_HEAD + rowXml(1, ["Identifier", "Title"]),
          unit: grantRow + " ".repeat(16_000),
          times: 25_000,
          tail: SHEET_TAIL,
        },
      },
    ]);
    // The same sheet declaring 10,000 bytes: the zip directory passes, inflating must stop.
    writeZip(join(dir, "liar.xlsx"), [
      ...workbookParts(["grants"]),
      {
        name: "xl/worksheets/sheet1.xml",
        repeat: { head: SHEET_HEAD, unit: grantRow, times: 3_000_000, tail: SHEET_TAIL },
        declaredSize: 10_000,
      },
    ]);
    // 2,500,000 one-cell rows: 155 MB, under the size limit, but millions of rows.
    const rows = writeRepeatedRowWorkbook(join(dir, "rows.xlsx"), "orgs", ["id"], ["x"], 2_500_000);
    writeFileSync(join(dir, "orgs.csv"), `id,name\n${"a,A\n".repeat(100_001)}`);
    expect(size).toBeLessThan(500_000);
    expect(rows).toBeLessThan(500_000);

    const files = ["360giving:size.xlsx", "csv:size.xlsx", "csv:liar.xlsx", "360giving:liar.xlsx"];
    files.push("csv:rows.xlsx", "csv:orgs.csv");
    const { code, out, err } = await runChild([
      dir,
      ...files.map((f) => f.replace(":", `:${dir}/`)),
    ]);
    expect(err).not.toMatch(/heap out of memory/);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const errors = lines.slice(0, -1).map((l) => [l.name, l.message]);
    const tooLarge =
      "sheet 'grants' expands to 403 MB uncompressed, more than the limit of 200 MB for one import (xl/worksheets/sheet1.xml)";
    const liar =
      "the workbook is damaged or crafted: xl/worksheets/sheet1.xml holds more than the 10000 bytes it declares";
    expect(errors).toEqual([
      ["ImportInputError", tooLarge],
      ["ImportInputError", tooLarge],
      ["ImportInputError", liar],
      ["ImportInputError", liar],
      [
        "ImportInputError",
        "sheet 'orgs' has more than 100,000 data rows, the limit for one import (refused at row 2): split it into several files",
      ],
      [
        "ImportInputError",
        "the CSV file has more than 100,000 data rows, the limit for one import (refused at row 100002, line 100002): split it into several files",
      ],
    ]);
    const { workspaces, maxRssMb } = lines.at(-1);
    expect(workspaces).toBe(0);
    // Node, tsx and the store take about 150 MB; the bombs add little to that.
    expect(maxRssMb).toBeLessThan(320);
  }, 60_000);
});
