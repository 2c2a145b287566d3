import { readFile, stat } from "node:fs/promises";
import ExcelJS from "exceljs";
import Papa from "papaparse";
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

/** Reads a CSV file with a header row (papaparse). */
export async function csvRowsOf(path: string): Promise<SheetRow[]> {
  const parsed = Papa.parse<Record<string, string>>(await utf8TextOf(path), {
    header: true,
    skipEmptyLines: "greedy",
  });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal)
    throw new ImportInputError(
      `the CSV is broken at row ${(fatal.row ?? 0) + 2}: ${fatal.message}`,
      null,
      null,
    );
  return parsed.data.map((cells, i) => ({ row: i + 2, cells }));
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

/** Reads the first worksheet of an XLSX file (or the one named `grants`), row 1 being the titles. */
export async function xlsxRowsOf(path: string): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new ImportInputError(
      `the file is not a readable XLSX workbook (${(error as Error).message})`,
    );
  }
  const sheet =
    workbook.worksheets.find((w) => w.name.toLowerCase() === "grants") ?? workbook.worksheets[0];
  if (!sheet) throw new ImportInputError("the workbook has no worksheet");
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
  return rows;
}

/** The size of a file in bytes. */
export async function fileSizeOf(path: string): Promise<number> {
  return (await stat(path)).size;
}
