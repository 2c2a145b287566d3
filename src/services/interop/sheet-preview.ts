import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { ImportOptions } from "../../engine/interop/import-options.ts";
import { type SheetImportResult, sheetImportOf } from "../../engine/interop/sheet-import.ts";
import {
  type ImportMapping,
  SHEET_ENTITIES,
  SheetMappingError,
} from "../../engine/interop/sheet-mapping.ts";
import { ImportInputError } from "./import-input-error.ts";
import type { ImportProgress } from "./json-file-reader.ts";
import { sheetTablesOf } from "./spreadsheet-rows.ts";
import { readUtf8File } from "./utf8-file.ts";

/** Checks a parsed mapping file's shape, naming what is wrong. */
export function importMappingOf(input: unknown): ImportMapping {
  const fail = (why: string): never => {
    throw new ImportInputError(`the mapping is not valid: ${why} (see docs/import-mapping.md)`);
  };
  if (!input || typeof input !== "object") fail("it must be a JSON object");
  const sheets =
    "sheets" in (input as object) ? (input as { sheets: unknown }).sheets : { "": input };
  if (!sheets || typeof sheets !== "object") fail("'sheets' must be an object");
  for (const [name, m] of Object.entries(sheets as Record<string, { entity?: unknown }>)) {
    const where = name ? `sheet '${name}'` : "the mapping";
    if (!SHEET_ENTITIES.includes(m?.entity as never))
      fail(`${where} needs "entity": one of ${SHEET_ENTITIES.join(", ")}`);
  }
  return input as ImportMapping;
}

/** Reads and checks a mapping JSON file. */
export async function importMappingRead(path: string): Promise<ImportMapping> {
  const text = await readUtf8File(path).catch((e: Error) => {
    throw new ImportInputError(`cannot read the mapping ${path}: ${e.message}`);
  });
  try {
    return importMappingOf(JSON.parse(text));
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw new ImportInputError(
      `the mapping ${path} is not valid JSON (${(error as Error).message})`,
    );
  }
}

/**
 * Reads a CSV or XLSX file of organisations, partnerships, memberships or Kumu relationships through
 * a column mapping, validating every row. Nothing is written anywhere.
 * @example const { report, document } = await previewSheetImport("orgs.csv", null);
 */
export async function previewSheetImport(
  path: string,
  mapping: ImportMapping | null,
  onProgress: ImportProgress = () => {},
  options: ImportOptions = {},
  known: readonly { id: string; name: string }[] = [],
): Promise<SheetImportResult> {
  const tables = await sheetTablesOf(path);
  const size = (await stat(path)).size;
  onProgress(
    size,
    size,
    tables.reduce((n, t) => n + t.rows.length, 0),
  );
  try {
    return sheetImportOf(basename(path), tables, mapping, options, known);
  } catch (error) {
    if (error instanceof SheetMappingError) throw new ImportInputError(error.message);
    throw error;
  }
}
