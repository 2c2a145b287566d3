import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { SheetTable } from "../../engine/interop/sheet-mapping.ts";
import { ImportInputError } from "./import-input-error.ts";
import { firstInvalidUtf8 } from "./utf8-decoder.ts";

async function csvTextOf(path: string): Promise<string> {
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
  const parsed = Papa.parse<string[]>(await csvTextOf(path), { skipEmptyLines: "greedy" });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal)
    throw new ImportInputError(
      `the CSV is broken at record ${(fatal.row ?? 0) + 1}: ${fatal.message}`,
    );
  const [headers = [], ...data] = parsed.data;
  const titles = headers.map((h) => h.trim());
  const rows = data.map((cells, i) => ({
    row: i + 2,
    cells: Object.fromEntries(titles.map((t, c) => [t, cells[c] ?? ""])),
  }));
  return { name: basename(path), headers: titles, rows };
}

/** Cell values as text: dates as ISO, rich text and hyperlinks as their text, formulas as results. */
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
  const rows: SheetTable["rows"][number][] = [];
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
