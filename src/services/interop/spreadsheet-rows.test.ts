import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import {
  rowXml,
  SHEET_HEAD,
  SHEET_TAIL,
  workbookParts,
  writeRepeatedRowWorkbook,
  writeZip,
} from "../../../test/factories/spreadsheet-bombs.ts";
import { ImportInputError } from "./import-input-error.ts";
import { SHEET_LIMITS, type SheetLimits } from "./sheet-limits.ts";
import { grantSheetRows, sheetTablesOf } from "./spreadsheet-rows.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-sheet-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const small = (limits: Partial<SheetLimits>): SheetLimits => ({ ...SHEET_LIMITS, ...limits });

/** A 'grants' sheet of `times` rows, each padded with 4,000 spaces: 4,118 bytes a row, unzipped. */
const paddedBomb = (name: string, times: number, declaredSize?: number) =>
  writeZip(at(name), [
    ...workbookParts(["grants"]),
    {
      name: "xl/worksheets/sheet1.xml",
      repeat: {
        head: SHEET_HEAD + rowXml(1, ["Identifier", "Title"]),
        unit: rowXml(2, ["360G-1", "A grant"]) + " ".repeat(4000),
        times,
        tail: SHEET_TAIL,
      },
      declaredSize,
    },
  ]);

describe("XLSX limits", () => {
  it("refuses a sheet that expands past the limit before inflating it, naming sheet and limit", async () => {
    // 60,000 rows of 4,118 bytes: 247.1 MB of XML from a file of about 400 KB.
    const bytes = paddedBomb("bomb.xlsx", 60_000);
    expect(bytes).toBeLessThan(500_000);
    const error = await sheetTablesOf(at("bomb.xlsx")).catch((e) => e);
    expect(error).toBeInstanceOf(ImportInputError);
    expect(error.message).toBe(
      "sheet 'grants' expands to 247 MB uncompressed, more than the limit of 200 MB for one import (xl/worksheets/sheet1.xml)",
    );
    await expect(grantSheetRows(at("bomb.xlsx"), () => {})).rejects.toThrow(
      "sheet 'grants' expands to 247 MB uncompressed",
    );
  });

  it("stops inflating a part at the size it declares, when the declared size is a lie", async () => {
    paddedBomb("liar.xlsx", 60_000, 50_000);
    await expect(sheetTablesOf(at("liar.xlsx"))).rejects.toThrow(
      "the workbook is damaged or crafted: xl/worksheets/sheet1.xml holds more than the 50000 bytes it declares",
    );
  });

  it("adds up the parts read: sheets under the limit alone can be over it together", async () => {
    const sheet = (n: number) => ({
      name: `xl/worksheets/sheet${n}.xml`,
      text: SHEET_HEAD + rowXml(1, ["id", "name"]) + rowXml(2, ["a", "A"]).repeat(20) + SHEET_TAIL,
    });
    writeZip(at("two.xlsx"), [...workbookParts(["One", "Two"]), sheet(1), sheet(2)]);
    const parts = workbookParts(["One", "Two"]);
    const book = parts[2]!.text!.length + parts[3]!.text!.length;
    const one = sheet(1).text.length;
    // Room for the workbook and one sheet, not two.
    const error = await sheetTablesOf(at("two.xlsx"), small({ bytes: book + one })).catch((e) => e);
    expect(error.message).toMatch(
      /^the workbook expands to [\d,]+ bytes uncompressed, more than the limit of [\d,]+ bytes for one import \(the largest part: sheet 'One', [\d,]+ bytes\)$/,
    );
    expect((await sheetTablesOf(at("two.xlsx"), small({ bytes: book + 2 * one }))).length).toBe(2);
  });

  it("refuses a sheet with more data rows than the limit, at the first one too many", async () => {
    writeRepeatedRowWorkbook(at("rows.xlsx"), "Orgs", ["id", "name"], ["a", "A"], 4);
    await expect(sheetTablesOf(at("rows.xlsx"), small({ rows: 3 }))).rejects.toThrow(
      "sheet 'Orgs' has more than 3 data rows, the limit for one import (refused at row 2): split it into several files",
    );
    const tables = await sheetTablesOf(at("rows.xlsx"), small({ rows: 4 }));
    expect(tables[0]!.rows).toHaveLength(4);
  });

  it("refuses sheets held whole with more filled cells than the limit", async () => {
    writeRepeatedRowWorkbook(at("cells.xlsx"), "Orgs", ["id", "name"], ["a", "A"], 2);
    await expect(sheetTablesOf(at("cells.xlsx"), small({ cells: 3 }))).rejects.toThrow(
      "the spreadsheet has more than 3 filled cells (sheet 'Orgs', row 2)",
    );
  });

  it("still reads a normal workbook: titles, text, numbers, dates, the grants sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const notes = workbook.addWorksheet("Notes");
    notes.addRow(["about"]);
    notes.addRow(["not grants"]);
    const grants = workbook.addWorksheet("Grants");
    grants.addRow(["Identifier", "Amount Awarded", "Award Date"]);
    grants.addRow(["360G-1", 1000, new Date("2024-01-15T00:00:00Z")]);
    grants.addRow([]);
    grants.addRow(["360G-2", 2500.5, "2024-02-01"]);
    await workbook.xlsx.writeFile(at("normal.xlsx"));
    const rows: unknown[] = [];
    expect(await grantSheetRows(at("normal.xlsx"), (r) => rows.push(r))).toBe(2);
    expect(rows).toEqual([
      {
        row: 2,
        cells: { Identifier: "360G-1", "Amount Awarded": "1000", "Award Date": "2024-01-15" },
      },
      {
        row: 4,
        cells: { Identifier: "360G-2", "Amount Awarded": "2500.5", "Award Date": "2024-02-01" },
      },
    ]);
    const tables = await sheetTablesOf(at("normal.xlsx"));
    expect(tables.map((t) => [t.name, t.headers, t.rows.length])).toEqual([
      ["Notes", ["about"], 1],
      ["Grants", ["Identifier", "Amount Awarded", "Award Date"], 2],
    ]);
  });

  it("refuses a file that is not a zip in one line", async () => {
    writeFileSync(at("text.xlsx"), "id,name\na,A\n");
    await expect(sheetTablesOf(at("text.xlsx"))).rejects.toThrow(
      "the file is not a readable XLSX workbook (no zip directory: is it really XLSX?)",
    );
  });
});

describe("CSV limits", () => {
  it("refuses a CSV with more data rows than the limit, naming the row and line", async () => {
    // Rows a (line 2), b (line 4, after a blank line), c (5), d (6): d is the fourth data row.
    writeFileSync(at("rows.csv"), "id,name\na,A\n\nb,B\nc,C\nd,D\n");
    await expect(sheetTablesOf(at("rows.csv"), small({ rows: 3 }))).rejects.toThrow(
      "the CSV file has more than 3 data rows, the limit for one import (refused at row 5, line 6): split it into several files",
    );
    const tables = await sheetTablesOf(at("rows.csv"), small({ rows: 4 }));
    expect(tables[0]!.rows.map((r) => [r.row, r.cells["id"]])).toEqual([
      [2, "a"],
      [3, "b"],
      [4, "c"],
      [5, "d"],
    ]);
  });

  it("refuses a CSV file larger than the limit before reading it", async () => {
    writeFileSync(at("big.csv"), "id,name\na,A\nb,B\nc,C\n"); // 8 + 3 × 4 bytes
    await expect(sheetTablesOf(at("big.csv"), small({ bytes: 19 }))).rejects.toThrow(
      "the CSV file is 20 bytes, more than the limit of 19 bytes for one import",
    );
  });

  it("refuses a record left open by a quote once it passes the record limit", async () => {
    // Two megabytes after an opening quote: the reader gives up after the first megabyte.
    writeFileSync(at("open.csv"), `id,name\na,A\nb,"${"x".repeat(2 << 20)}\n`);
    await expect(sheetTablesOf(at("open.csv"), small({ recordChars: 100_000 }))).rejects.toThrow(
      "the CSV record starting on line 3 is longer than 100,000 characters: is a quote left open?",
    );
    writeFileSync(at("open-short.csv"), 'id,name\na,A\nb,"B\n');
    await expect(sheetTablesOf(at("open-short.csv"))).rejects.toThrow(
      "the CSV is broken at row 3 (line 3): Quoted field unterminated",
    );
  });

  it("still reads a normal CSV across chunks: BOM, quotes, line breaks in cells, a character cut in two", async () => {
    // The é's two bytes straddle the first megabyte (the reader's chunk).
    const head = '\ufeffid;name;note\r\n1;"One; or ""first""";"two\r\nlines"\r\n2;';
    const pad = (1 << 20) - Buffer.byteLength(head) - 1;
    writeFileSync(at("normal.csv"), `${head}${"n".repeat(pad)}é;\r\n3;Three;\r\n`);
    const [table] = await sheetTablesOf(at("normal.csv"));
    expect(table!.name).toBe("normal.csv");
    expect(table!.headers).toEqual(["id", "name", "note"]);
    expect(table!.rows.map((r) => [r.row, r.cells["name"]?.slice(-3), r.cells["note"]])).toEqual([
      [2, 'st"', "two\r\nlines"],
      [3, "nné", undefined],
      [4, "ree", undefined],
    ]);
    expect(table!.rows[0]!.cells["name"]).toBe('One; or "first"');
  });
});
