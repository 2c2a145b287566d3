import { ImportInputError } from "./import-input-error.ts";

/** How much of a spreadsheet an import reads before refusing it (docs/import-mapping.md, Limits). */
export interface SheetLimits {
  /** Bytes of text: a CSV file's size, or the parts of an XLSX workbook read, uncompressed. */
  bytes: number;
  /** Data rows (not counting the title row) of one CSV file or one worksheet. */
  rows: number;
  /** Filled cells of all sheets held at once (a mapped import holds its sheets whole). */
  cells: number;
  /** Characters of one CSV record: a longer one is nearly always a quote left open. */
  recordChars: number;
}

/**
 * The limits of a mapped spreadsheet import (organisations, partnerships, memberships,
 * relationships), whose sheets are held and mapped whole. Measured through `standardImport`
 * (SQLite, 25 filled columns a row): 50,000 rows peak at 430 MB, 100,000 at 540 MB, 200,000 at
 * 1.2 GB; decision 0007's budget is 500 MB, so rows and filled cells are capped about there.
 */
export const SHEET_LIMITS: SheetLimits = {
  bytes: 200_000_000,
  rows: 100_000,
  cells: 2_000_000,
  recordChars: 4_000_000,
};

/**
 * The limits of a 360Giving spreadsheet, streamed row by row into the spill file (decision 0007):
 * nothing is held, so rows go up to about Excel's own 1,048,576 (200 MB of text comes first).
 */
export const STREAMED_SHEET_LIMITS: SheetLimits = {
  ...SHEET_LIMITS,
  rows: 1_000_000,
  cells: Number.POSITIVE_INFINITY,
};

/** A byte count for a message: `1.3 GB`, `200 MB`, `512 bytes`. */
export function sizeText(bytes: number): string {
  if (bytes < 1_000_000) return `${bytes.toLocaleString("en-GB")} bytes`;
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  return `${Math.round(bytes / 1e6)} MB`;
}

/** The refusal of a sheet or CSV file with more data rows than the limit. */
export function tooManyRows(where: string, limits: SheetLimits, place: string): ImportInputError {
  return new ImportInputError(
    `${where} has more than ${limits.rows.toLocaleString("en-GB")} data rows, the limit for one import (refused at ${place}): split it into several files`,
  );
}
