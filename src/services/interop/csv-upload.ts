import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { invalid } from "../errors.ts";
import { type CsvRecord, readCsvRecords } from "./csv-reader.ts";
import { ImportInputError } from "./import-input-error.ts";
import { SHEET_LIMITS } from "./sheet-limits.ts";
import { tempDirCreate } from "./temp-dirs.ts";

/**
 * Reads an uploaded CSV text with the project's CSV reader (through a temporary file: it reads
 * files); a file it cannot read is a 400 naming the line.
 */
export async function csvUploadRecords(text: string, name: string): Promise<CsvRecord[]> {
  const dir = await tempDirCreate("partnerscope-upload-");
  try {
    const path = join(dir, name);
    await writeFile(path, text, "utf8");
    const records: CsvRecord[] = [];
    await readCsvRecords(path, SHEET_LIMITS, (r) => records.push(r));
    return records;
  } catch (error) {
    if (error instanceof ImportInputError)
      throw invalid("The CSV cannot be read", [
        { path: error.line ? `line ${error.line}` : "file", message: error.message },
      ]);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
