/** A cell value before it is written: numbers and booleans as themselves, null as empty. */
export type CsvCell = string | number | boolean | null;

/**
 * A cell safe to open in a spreadsheet: text starting with = + - @ (or a tab or carriage return)
 * would run as a formula (OWASP 'CSV injection'), so it gets a leading single quote. Numbers are
 * never prefixed, so negative amounts stay numbers.
 * @example safeCellOf("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 */
export function safeCellOf(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text (RFC 4180, CRLF line ends) of a header and rows, every cell made formula-safe.
 * @example csvTextOf(["a"], [["=1+1"]]) // "a\r\n'=1+1\r\n"
 */
export function csvTextOf(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  const lines = [header, ...rows].map((r) => r.map((c) => quoted(safeCellOf(c))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * Undoes `safeCellOf` on import: a leading single quote before = + - @ tab or CR is dropped.
 * @example cellOfSafe("'=1+1") // "=1+1"
 */
export function cellOfSafe(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
