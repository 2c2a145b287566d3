import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { ImportInputError } from "../interop/import-input-error.ts";
import { SHEET_LIMITS } from "../interop/sheet-limits.ts";
import { type SheetRow, visitSpreadsheet } from "../interop/spreadsheet-rows.ts";
import { tempDirCreate } from "../interop/temp-dirs.ts";
import { measuresCheck, measuresStore } from "./outcome-measures.ts";
import { MEASURE_COLUMNS } from "./outcome-measures-csv.ts";

const REQUIRED = ["indicator", "date", "value"];
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** The measures sheet of a workbook: the one named 'measures' (any case), else the first. */
async function sheetOf(
  bytes: Uint8Array,
): Promise<{ name: string; headers: string[]; rows: SheetRow[] }> {
  const dir = await tempDirCreate("partnerscope-upload-");
  const sheet = { name: "", headers: [] as string[], rows: [] as SheetRow[] };
  try {
    const path = join(dir, "measures.xlsx");
    await writeFile(path, bytes);
    await visitSpreadsheet(
      path,
      {
        pick: (names) => [names.find((n) => n.toLowerCase() === "measures") ?? names[0]!],
        sheet: (name, headers) => Object.assign(sheet, { name, headers }),
        row: (row, cells) => sheet.rows.push({ row, cells }),
      },
      SHEET_LIMITS,
    );
    return sheet;
  } catch (error) {
    if (error instanceof ImportInputError)
      throw invalid("The workbook cannot be read", [{ path: "file", message: error.message }]);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Imports measures from an XLSX workbook (sheet 'measures' or the first; row 1 titled indicator,
 * date, value, person, phase), all or nothing: every problem names the sheet, row and column.
 * Date cells arrive as YYYY-MM-DD; a number typed as text is refused, naming the cell as given.
 */
export async function outcomeMeasuresImportXlsx(
  ctx: ServiceContext,
  slug: string,
  id: string,
  bytes: Uint8Array,
): Promise<{ added: number }> {
  const sheet = await sheetOf(bytes);
  const titles = new Map(sheet.headers.map((h) => [h.trim().toLowerCase(), h]));
  const absent = REQUIRED.filter((c) => !titles.has(c));
  if (absent.length)
    throw invalid("The workbook has no measures columns", [
      {
        path: `sheet '${sheet.name}', row 1`,
        message: `row 1 needs columns ${MEASURE_COLUMNS.join(",")}; missing ${absent.join(", ")}`,
      },
    ]);
  if (sheet.rows.length === 0)
    throw invalid("The workbook has no measures", [
      { path: `sheet '${sheet.name}', row 2`, message: "no data rows after the title row" },
    ]);
  const at = (cells: Record<string, string>, name: string) => {
    const cell = (cells[titles.get(name) ?? ""] ?? "").trim();
    return cell === "" ? undefined : cell;
  };
  const rows = sheet.rows.map(({ cells }) => {
    const value = at(cells, "value");
    return {
      indicator: at(cells, "indicator"),
      date: at(cells, "date"),
      value: value !== undefined && NUMBER.test(value) ? Number(value) : value,
      personCode: at(cells, "person"),
      phase: at(cells, "phase"),
      source: "imported",
    };
  });
  const column = (field: string) => (field === "personCode" ? "person" : field);
  const where = (i: number, field: string) =>
    `sheet '${sheet.name}', row ${sheet.rows[i]!.row}, column ${column(field)}`;
  return measuresStore(ctx, slug, id, (f) => measuresCheck(f, rows, where), "import");
}
