import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { ImportInputError } from "./import-input-error.ts";
import { type SheetLimits, sizeText, tooManyRows } from "./sheet-limits.ts";
import { type ZipEntry, zipEntriesOf, zipEntryText } from "./zip-entries.ts";

/** What reading a workbook is told: the sheets to read, then each one's titles and data rows. */
export interface SheetVisitor {
  /** The names of the sheets to read, given every sheet's name in workbook order. */
  pick(names: string[]): string[];
  sheet(name: string, headers: string[]): void;
  row(row: number, cells: Record<string, string>): void;
}

/**
 * The parts of ExcelJS's streaming reader used here. Its public entry point takes the whole zip as
 * one stream, inflates every part without a bound and writes sheets met before the shared strings
 * to temporary files; its part parsers take any stream, so the parts are handed to them one by one,
 * each inflated within the size it declares (zip-entries.ts).
 */
interface StreamReaderParts {
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(
    text: AsyncIterable<string>,
    sheetNo: string,
  ): Iterable<{ value: AsyncIterable<ExcelJS.Row> }>;
}

/** Cell values as text: dates as ISO, hyperlinks and rich text as their text, formulas as their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, "");
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return String(value.text);
  // A formula whose result is an error (#N/A…) is read as NaN: no value.
  if ("result" in value)
    return Number.isNaN(value.result) ? "" : cellText(value.result as ExcelJS.CellValue);
  return "";
}

/** Refuses the parts to read when, uncompressed, they come to more than the limit. */
function checkSizes(parts: { entry: ZipEntry; what: string }[], limits: SheetLimits): void {
  const total = parts.reduce((n, p) => n + p.entry.size, 0);
  if (total <= limits.bytes) return;
  const largest = parts.reduce((a, b) => (b.entry.size > a.entry.size ? b : a));
  const over = `more than the limit of ${sizeText(limits.bytes)} for one import`;
  throw new ImportInputError(
    largest.entry.size > limits.bytes
      ? `${largest.what} expands to ${sizeText(largest.entry.size)} uncompressed, ${over} (${largest.entry.name})`
      : `the workbook expands to ${sizeText(total)} uncompressed, ${over} (the largest part: ${largest.what}, ${sizeText(largest.entry.size)})`,
  );
}

const partPath = (target: string) =>
  target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;

/** ExcelJS's own failures (bad XML, a bad cell reference) as a refusal of the file. */
async function parsed<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw new ImportInputError(
      `the file is not a readable XLSX workbook (${what}: ${(error as Error).message})`,
    );
  }
}

async function readSheet(
  reader: StreamReaderParts,
  text: AsyncIterable<string>,
  name: string,
  visitor: SheetVisitor,
  limits: SheetLimits,
): Promise<void> {
  const rows = [...reader._parseWorksheet(text, "0")][0]!.value[Symbol.asyncIterator]();
  const headers: string[] = [];
  let kept = 0;
  try {
    for (let first = true; ; first = false) {
      const next = await parsed(`sheet '${name}'`, () => rows.next());
      if (next.done) return first ? visitor.sheet(name, []) : undefined;
      const r = next.value;
      if (first && r.number === 1)
        r.eachCell((cell, col) => {
          headers[col] = cellText(cell.value).trim();
        });
      if (first)
        visitor.sheet(
          name,
          headers.filter((h) => h),
        );
      if (r.number === 1) continue;
      const cells: [string, string][] = [];
      r.eachCell((cell, col) => {
        if (headers[col]) cells.push([headers[col]!, cellText(cell.value)]);
      });
      if (!cells.some(([, c]) => c.trim() !== "")) continue;
      if (++kept > limits.rows) throw tooManyRows(`sheet '${name}'`, limits, `row ${r.number}`);
      visitor.row(r.number, Object.fromEntries(cells));
    }
  } finally {
    // Stops inflating the sheet when it is left early (a refusal).
    await rows.return?.();
  }
}

type Part = { entry: ZipEntry; what: string };

/** ExcelJS's reader, fed the workbook's relationships and sheet list (checked against the limit). */
async function workbookReaderOf(path: string, entries: Map<string, ZipEntry>, limits: SheetLimits) {
  const rels = entries.get("xl/_rels/workbook.xml.rels");
  const list = entries.get("xl/workbook.xml");
  if (!rels || !list)
    throw new ImportInputError("the file is not an XLSX workbook (no xl/workbook.xml)");
  const book: Part[] = [
    { entry: rels, what: "the workbook's relationships" },
    { entry: list, what: "the workbook's sheet list" },
  ];
  checkSizes(book, limits);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
  }) as unknown as StreamReaderParts;
  await parsed(rels.name, () => reader._parseRels(Readable.from(zipEntryText(path, rels))));
  await parsed(list.name, () => reader._parseWorkbook(Readable.from(zipEntryText(path, list))));
  return { reader, book };
}

/** The parts of the sheets the visitor picks, by name. */
function pickedSheets(
  reader: StreamReaderParts,
  entries: Map<string, ZipEntry>,
  visitor: SheetVisitor,
): (Part & { name: string })[] {
  const sheets = reader.model?.sheets ?? [];
  if (sheets.length === 0) throw new ImportInputError("the workbook has no worksheet");
  return visitor.pick(sheets.map((s) => s.name)).map((name) => {
    const sheet = sheets.find((s) => s.name === name)!;
    const target = reader.workbookRels?.find((r) => r.Id === sheet.rId)?.Target ?? "";
    const entry = entries.get(partPath(target));
    if (!entry) throw new ImportInputError(`the workbook is damaged: sheet '${name}' has no data`);
    return { entry, what: `sheet '${name}'`, name };
  });
}

/**
 * Reads the chosen worksheets of an XLSX workbook, row 1 being the titles, in a small fixed memory:
 * the zip directory's sizes are checked against `limits.bytes` before anything is inflated, each
 * part is inflated piece by piece within the size it declares, and a sheet with more than
 * `limits.rows` data rows is refused at the first row too many.
 * @example await readXlsx("grants.xlsx", visitor, SHEET_LIMITS);
 */
export async function readXlsx(
  path: string,
  visitor: SheetVisitor,
  limits: SheetLimits,
): Promise<void> {
  const entries = await zipEntriesOf(path);
  const { reader, book } = await workbookReaderOf(path, entries, limits);
  const chosen = pickedSheets(reader, entries, visitor);
  const part = (name: string, what: string) => {
    const entry = entries.get(name);
    return entry ? [{ entry, what }] : [];
  };
  const styles = part("xl/styles.xml", "the workbook's styles");
  const strings = part("xl/sharedStrings.xml", "the workbook's shared strings");
  checkSizes([...book, ...styles, ...strings, ...chosen], limits);
  const stream = (entry: ZipEntry) => Readable.from(zipEntryText(path, entry));
  for (const s of styles) await parsed(s.entry.name, () => reader._parseStyles(stream(s.entry)));
  for (const s of strings)
    await parsed(s.entry.name, async () => {
      for await (const _ of reader._parseSharedStrings(stream(s.entry))) {
        // Cached by the reader: nothing comes out.
      }
    });
  for (const sheet of chosen)
    await readSheet(reader, zipEntryText(path, sheet.entry), sheet.name, visitor, limits);
}
