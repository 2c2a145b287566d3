import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import Papa from "papaparse";
import { ImportInputError } from "./import-input-error.ts";
import { type SheetLimits, sizeText, tooManyRows } from "./sheet-limits.ts";
import { utf8Text } from "./utf8-decoder.ts";

/** One record of a CSV file: its cells, its number (the title row is 1) and the line it ends on. */
export interface CsvRecord {
  cells: string[];
  row: number;
  line: number;
}

const countNewlines = (text: string, from: number, to: number) => {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
};

/** Papa Parse's core parser, with the delimiter and line break Papa guesses from the start. */
function parserFor(start: string, step: (row: Papa.ParseStepResult<string[][]>) => void) {
  const { meta } = Papa.parse<string[]>(start, { preview: 10, skipEmptyLines: "greedy" });
  return new Papa.Parser({
    delimiter: meta.delimiter,
    newline: meta.linebreak as Papa.ParseConfig["newline"],
    step: step as never,
  });
}

/**
 * A CSV parser fed text piece by piece: `parse(text, last)`. Papa Parse's core parser reads whole
 * records; the end of the text, a record cut by the piece, waits for the next piece — and is
 * refused once longer than `limits.recordChars`, so an open quote cannot swallow the file.
 */
function csvRecordParser(limits: SheetLimits, onRecord: (record: CsvRecord) => void) {
  // The text not yet parsed, where it starts in the file's text, and lines before it.
  let input = "";
  let base = 0;
  let lines = 0;
  let counted = 0;
  let row = 0;
  const step = (result: Papa.ParseStepResult<string[][]>) => {
    const end = result.meta.cursor - base;
    lines += countNewlines(input, counted, end);
    counted = end;
    const cells = result.data[0]!;
    const line = lines + (input[end - 1] === "\n" ? 0 : 1);
    if (cells.join("").trim() === "") return;
    row++;
    const quotes = result.errors.find((e) => e.type === "Quotes");
    if (quotes)
      throw new ImportInputError(
        `the CSV is broken at row ${row} (line ${line}): ${quotes.message}`,
        null,
        line,
      );
    if (row > limits.rows + 1)
      throw tooManyRows("the CSV file", limits, `row ${row}, line ${line}`);
    onRecord({ cells, row, line });
  };
  let parser: Papa.Parser | null = null;
  return (text: string, last: boolean) => {
    if (text === "" && !last) return;
    input += text;
    if (input === "") return;
    parser ??= parserFor(input, step);
    counted = 0;
    const cursor = (parser.parse(input, base, !last) as Papa.ParseResult<unknown>).meta.cursor;
    lines += countNewlines(input, counted, cursor - base);
    input = input.slice(cursor - base);
    base = cursor;
    if (input.length > limits.recordChars)
      throw new ImportInputError(
        `the CSV record starting on line ${lines + 1} is longer than ${limits.recordChars.toLocaleString("en-GB")} characters: is a quote left open?`,
        null,
        lines + 1,
      );
  };
}

/**
 * Reads a UTF-8 CSV file a megabyte at a time and hands on each non-blank record. Memory holds one
 * chunk and the record being read: a file over `limits.bytes`, a record over `limits.recordChars`
 * (a quote left open) or more than `limits.rows` data rows is refused, naming the line.
 * @example await readCsvRecords("orgs.csv", SHEET_LIMITS, ({ cells, row }) => rows.push(cells));
 */
export async function readCsvRecords(
  path: string,
  limits: SheetLimits,
  onRecord: (record: CsvRecord) => void,
): Promise<void> {
  const size = (await stat(path)).size;
  if (size > limits.bytes)
    throw new ImportInputError(
      `the CSV file is ${sizeText(size)}, more than the limit of ${sizeText(limits.bytes)} for one import: split it into several files`,
    );
  const utf8 = utf8Text();
  const parse = csvRecordParser(limits, onRecord);
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const text = utf8.decode(chunk);
    parse(first ? text.replace(/^\ufeff/, "") : text, false);
    first = false;
  }
  parse(utf8.end(), true);
}
