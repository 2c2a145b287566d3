import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { SheetTable } from "../../engine/interop/sheet-mapping.ts";
import { ImportInputError } from "./import-input-error.ts";
import { firstInvalidUtf8 } from "./utf8-decoder.ts";

/** One data row: column title → cell text, with its 1-based row number in the sheet. */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}

async function utf8TextOf(path: string): Promise<string> {
  const bytes = await readFile(path);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== null) {
    const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
    throw new ImportInputError(
      `the file is not valid UTF-8: byte 0x${bytes[bad]!.toString(16)} at offset ${bad} (line ${line}); save it as CSV UTF-8`,
      bad,
      line,
    );
  }
  return bytes.toString("utf8").replace(/^\ufeff/, "");
}

/** A CSV file as one table named after the file (quoted cells may hold line breaks). */
async function csvTableOf(path: string): Promise<SheetTable> {
  const parsed = Papa.parse<string[]>(await utf8TextOf(path), { skipEmptyLines: "greedy" });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal)
    throw new ImportInputError(
      `the CSV is broken at row ${(fatal.row ?? 0) + 1}: ${fatal.message}`,
      null,
      null,
    );
  const [headers = [], ...data] = parsed.data;
  const titles = headers.map((h) => h.trim());
  const rows = data.map((cells, i) => ({
    row: i + 2,
    cells: Object.fromEntries(titles.map((t, c) => [t, cells[c] ?? ""])),
  }));
  return { name: basename(path), headers: titles, rows };
}

/** Cell values as text: dates as ISO, hyperlinks and rich text as their text, formulas as their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, "");
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return String(value.text);
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  return "";
}

function worksheetTableOf(sheet: ExcelJS.Worksheet): SheetTable {
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    headers[col] = cellText(cell.value).trim();
  });
  const rows: SheetRow[] = [];
  sheet.eachRow((r, n) => {
    if (n === 1) return;
    const cells: Record<string, string> = {};
    r.eachCell((cell, col) => {
      if (headers[col]) cells[headers[col]!] = cellText(cell.value);
    });
    if (Object.values(cells).some((c) => c.trim() !== "")) rows.push({ row: n, cells });
  });
  return { name: sheet.name, headers: headers.filter((h) => h), rows };
}

/**
 * Reads a CSV file (one table) or every worksheet of an XLSX workbook, row 1 being the titles.
 * @example (await sheetTablesOf("orgs.csv"))[0].headers // ["id", "name", …]
 */
export async function sheetTablesOf(path: string): Promise<SheetTable[]> {
  if (/\.csv$/i.test(path)) return [await csvTableOf(path)];
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new ImportInputError(
      `the file is not a readable XLSX workbook (${(error as Error).message})`,
    );
  }
  if (workbook.worksheets.length === 0) throw new ImportInputError("the workbook has no worksheet");
  return workbook.worksheets.map(worksheetTableOf);
}

/** Reads a CSV file with a header row. */
export async function csvRowsOf(path: string): Promise<SheetRow[]> {
  return (await csvTableOf(path)).rows as SheetRow[];
}

/** Reads the worksheet named `grants` of an XLSX file, or its first, row 1 being the titles. */
export async function xlsxRowsOf(path: string): Promise<SheetRow[]> {
  const tables = await sheetTablesOf(path);
  const table = tables.find((t) => t.name.toLowerCase() === "grants") ?? tables[0]!;
  return table.rows as SheetRow[];
}

/** The size of a file in bytes. */
export async function fileSizeOf(path: string): Promise<number> {
  return (await stat(path)).size;
}
