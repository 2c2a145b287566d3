/**
 * The generated half of the bad-input corpus (test/bad-input/README.md): files that are binary,
 * big, or a mechanical change of a valid base file — empty, cut short, random bytes, a UTF-8 BOM,
 * Latin-1 or UTF-16 bytes, 100,000 nested arrays, a one-ocid flood and spreadsheet zip bombs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { workbookParts, writeRepeatedRowWorkbook, writeZip } from "./spreadsheet-bombs.ts";

/** Where the committed corpus lives. */
export const BAD_INPUT_DIR = new URL("../bad-input/", import.meta.url).pathname;

/** A committed file of the corpus: `valid/ocds.json`, `cases/wrong-types.exchange.json`. */
export const corpusPath = (name: string): string => join(BAD_INPUT_DIR, name);

/** Bytes from a fixed seed (xorshift32): the same "binary garbage" on every run. */
export function garbageBytes(length: number, seed = 0x9e3779b9): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  // Starts like no text format: a NUL and bytes that are never UTF-8.
  bytes.set([0x00, 0xff, 0xfe, 0xc0], 0);
  return bytes;
}

/** The text with every "é" written as the single Latin-1 byte 0xE9 (the rest is ASCII). */
export function latin1Bytes(text: string): Buffer {
  return Buffer.from(text, "latin1");
}

/** The text as UTF-16LE with its byte-order mark, as Windows Notepad writes "Unicode". */
export function utf16Bytes(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

/** `depth` nested arrays around one number: `[[[…1…]]]`. */
export const deepArrays = (depth: number): string => `${"[".repeat(depth)}1${"]".repeat(depth)}`;

/**
 * A release package of `count` releases that all share one ocid (decision 0007's flood), each
 * carrying `padding` characters of description: 7 × 1 MiB goes over the 6 MiB one ocid may hold.
 */
export function ocidFlood(count: number, padding = 0): string {
  const releases = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      ocid: "ocds-badin0-flood",
      id: `flood-${i}`,
      date: "2025-01-01T00:00:00Z",
      tag: ["tender"],
      tender: { id: `t-${i}`, description: "x".repeat(padding) },
    }),
  );
  return `{"version":"1.1","releases":[\n${releases.join(",\n")}\n]}\n`;
}

/** Writes `data` to `dir/name` and returns the path. */
export function writeCase(dir: string, name: string, data: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** The mechanical variants of one valid base file, written into `dir` as `<variant>.<name>`. */
export function writeVariants(dir: string, base: string): Record<string, string> {
  const name = base.split("/").at(-1)!;
  const text = readFileSync(corpusPath(base), "utf8");
  const accented = text.replace(
    /(Organisation|Riverside|Effervescent|Council One|Prime|prime)/,
    "Café",
  );
  if (accented === text) throw new Error(`${base}: no name to write with an accent`);
  return {
    empty: writeCase(dir, `empty.${name}`, ""),
    // Cut before the last closing quote: JSON ends inside a string, CSV inside a quoted cell.
    truncated: writeCase(dir, `truncated.${name}`, text.slice(0, text.lastIndexOf('"'))),
    garbage: writeCase(dir, `garbage.${name}`, garbageBytes(512)),
    bom: writeCase(dir, `bom.${name}`, `\ufeff${text}`),
    latin1: writeCase(dir, `latin1.${name}`, latin1Bytes(accented)),
    utf16: writeCase(dir, `utf16.${name}`, utf16Bytes(text)),
  };
}

/** A 360Giving workbook of one `grants` sheet (inline strings) with the valid base grant. */
export function writeGivingWorkbook(path: string): void {
  const csv = readFileSync(corpusPath("valid/giving.csv"), "utf8").trim().split("\n");
  const [titles, cells] = csv.map((line) => line.split(","));
  writeRepeatedRowWorkbook(path, "grants", titles!, cells!, 1);
}

/** An organisations workbook (the export's sheet name) with the valid base rows. */
export function writeOrganisationsWorkbook(path: string): void {
  writeRepeatedRowWorkbook(path, "organisations", ["id", "name"], ["GB-CHC-1", "Riverside"], 1);
}

/**
 * Zip bombs of a few hundred kilobytes: `size` declares a 403 MB sheet (over the 200 MB limit,
 * refused from the zip directory), `liar` declares 10,000 bytes and inflates to 60 MB (refused
 * while inflating).
 */
export function writeZipBombs(dir: string): { size: string; liar: string } {
  const row = '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>';
  const sheet = (times: number, pad: string, declaredSize?: number) => ({
    name: "xl/worksheets/sheet1.xml",
    repeat: {
      head: "<worksheet><sheetData>",
      unit: row + pad,
      times,
      tail: "</sheetData></worksheet>",
    },
    declaredSize,
  });
  const size = join(dir, "bomb-size.xlsx");
  const liar = join(dir, "bomb-liar.xlsx");
  writeZip(size, [...workbookParts(["grants"]), sheet(25_000, " ".repeat(16_000))]);
  writeZip(liar, [...workbookParts(["grants"]), sheet(1_000_000, "", 10_000)]);
  return { size, liar };
}
