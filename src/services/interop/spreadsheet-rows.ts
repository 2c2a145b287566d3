import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { SheetTable } from "../../engine/interop/sheet-mapping.ts";
import { readCsvRecords } from "./csv-reader.ts";
import { ImportInputError } from "./import-input-error.ts";
import { SHEET_LIMITS, type SheetLimits, STREAMED_SHEET_LIMITS } from "./sheet-limits.ts";
import { readXlsx, type SheetVisitor } from "./xlsx-reader.ts";

/** One data row: column title → cell text, with its 1-based row number in the sheet. */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}

/** A CSV file as one sheet named after the file; empty cells are left out, as in a workbook. */
async function readCsvSheet(path: string, visitor: SheetVisitor, limits: SheetLimits) {
  const name = basename(path);
  let titles: string[] | null = null;
  await readCsvRecords(path, limits, ({ cells, row }) => {
    if (titles === null) {
      titles = cells.map((h) => h.trim());
      visitor.sheet(name, titles);
      return;
    }
    const filled: [string, string][] = [];
    titles.forEach((title, c) => {
      if (cells[c]) filled.push([title, cells[c]]);
    });
    // fromEntries rather than one property at a time: V8 keeps such objects compact (a third of
    // the memory of an object grown key by key, measured at 200,000 rows of 25 cells).
    visitor.row(row, Object.fromEntries(filled));
  });
  if (titles === null) visitor.sheet(name, []);
}

/**
 * Reads a CSV file (one sheet) or the sheets of an XLSX workbook a visitor picks, handing on each
 * sheet's titles (row 1) and then its data rows, within `limits` (docs/import-mapping.md, Limits):
 * a file over them is refused with an error naming the sheet or line and the limit.
 * @example await visitSpreadsheet("orgs.xlsx", { pick: (n) => n, sheet: () => {}, row: (r, c) => {} });
 */
export function visitSpreadsheet(
  path: string,
  visitor: SheetVisitor,
  limits: SheetLimits = SHEET_LIMITS,
): Promise<void> {
  return /\.csv$/i.test(path)
    ? readCsvSheet(path, visitor, limits)
    : readXlsx(path, visitor, limits);
}

/**
 * Reads a CSV file (one table) or every worksheet of an XLSX workbook, row 1 being the titles. The
 * tables are held whole, so their filled cells are counted against `limits.cells` as they come.
 * @example (await sheetTablesOf("orgs.csv"))[0].headers // ["id", "name", …]
 */
export async function sheetTablesOf(
  path: string,
  limits: SheetLimits = SHEET_LIMITS,
): Promise<SheetTable[]> {
  const tables: { name: string; headers: string[]; rows: SheetRow[] }[] = [];
  let filled = 0;
  await visitSpreadsheet(
    path,
    {
      pick: (names) => names,
      sheet: (name, headers) => tables.push({ name, headers, rows: [] }),
      row: (row, cells) => {
        const table = tables.at(-1)!;
        filled += Object.keys(cells).length;
        if (filled > limits.cells)
          throw new ImportInputError(
            `the spreadsheet has more than ${limits.cells.toLocaleString("en-GB")} filled cells (sheet '${table.name}', row ${row}), the limit for one import: split it into several files`,
          );
        table.rows.push({ row, cells });
      },
    },
    limits,
  );
  return tables;
}

/**
 * Hands on, one by one, the data rows of a CSV file or of the worksheet named `grants` of an XLSX
 * workbook (else its first), row 1 being the titles; nothing is held. Resolves with the count.
 * @example const n = await grantSheetRows("grants.xlsx", ({ row, cells }) => add(row, cells));
 */
export async function grantSheetRows(
  path: string,
  onRow: (row: SheetRow) => void,
  limits: SheetLimits = STREAMED_SHEET_LIMITS,
): Promise<number> {
  let count = 0;
  await visitSpreadsheet(
    path,
    {
      pick: (names) => [names.find((n) => n.toLowerCase() === "grants") ?? names[0]!],
      sheet: () => {},
      row: (row, cells) => {
        count++;
        onRow({ row, cells });
      },
    },
    limits,
  );
  return count;
}

/** The size of a file in bytes. */
export async function fileSizeOf(path: string): Promise<number> {
  return (await stat(path)).size;
}
