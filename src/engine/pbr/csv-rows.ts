import Papa from "papaparse";

/** A problem in an input CSV, naming the line (1-based, header = line 1) and the column. */
export class PbrCsvError extends Error {
  override name = "PbrCsvError";
  constructor(
    readonly line: number,
    readonly column: string | null,
    detail: string,
  ) {
    super(`line ${line}${column ? `, column ${column}` : ""}: ${detail}`);
  }
}

/** One data row: its line in the file and its values by column name. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Parses CSV text with a header row into rows keyed by column name, keeping each row's line number
 * (multi-line quoted fields counted) and checking that every `required` column is present.
 * @example parseCsvRows("a,b\n1,2\n", ["a"]) // [{ line: 2, values: { a: "1", b: "2" } }]
 */
export function parseCsvRows(text: string, required: readonly string[]): CsvRow[] {
  const records = recordsOf(text.replace(/^\ufeff/, ""));
  const first = records[0];
  if (first === undefined)
    throw new PbrCsvError(1, required[0] ?? null, "the file is empty; expected a header row");
  const header = first.cells.map((c) => c.trim());
  for (const column of required)
    if (!header.includes(column))
      throw new PbrCsvError(1, column, `missing column '${column}' in the header`);
  const rows: CsvRow[] = [];
  for (const { line, cells } of records.slice(1)) {
    if (cells.length === 1 && cells[0]?.trim() === "") continue; // blank line
    if (cells.length !== header.length)
      throw new PbrCsvError(line, null, `expected ${header.length} fields, found ${cells.length}`);
    const values: Record<string, string> = {};
    // Same length as the header (checked above), so cells[j] is present.
    header.forEach((name, j) => {
      values[name] = cells[j]!.trim();
    });
    rows.push({ line, values });
  }
  return rows;
}

function recordsOf(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step(result) {
      // A quote left open swallows the rest of the file (or a cut-off last field): never a value.
      const quotes = result.errors.find((e) => e.type === "Quotes");
      if (quotes) throw new PbrCsvError(line, null, `the CSV is broken: ${quotes.message}`);
      // A record starts where the previous one ended; newlines up to there give its line number.
      records.push({ line, cells: result.data });
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  return records;
}
