/**
 * PostgreSQL array literals written into SQL text, for statements sent without parameters (see
 * `together` in postgres-insert.ts). The result is an escape string constant with a cast,
 * `E'{…}'::type[]`, whose meaning does not depend on `standard_conforming_strings`.
 */

/** One element of an array literal: NULL, a number, or a double-quoted string. */
function elementOf(value: unknown, type: string): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (value === Number.POSITIVE_INFINITY) return "Infinity";
    if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
    return String(value);
  }
  if (typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "string") {
    // Inside an array literal a string is double-quoted, with its backslashes and quotes escaped.
    return `"${/["\\]/.test(value) ? value.replace(/["\\]/g, "\\$&") : value}"`;
  }
  throw new Error(`Cannot write a ${typeof value} into a ${type} array literal`);
}

/**
 * The values as a typed array constant: `E'{"a","b\\"c",NULL}'::text[]`.
 * @example sqlArrayLiteral(["GB-CHC-1", null], "text") // E'{"GB-CHC-1",NULL}'::text[]
 */
export function sqlArrayLiteral(values: readonly unknown[], type: string): string {
  if (!/^[a-z][a-z0-9 ()_,]*$/.test(type)) throw new Error(`Not a column type: ${type}`);
  let body = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) body += ",";
    body += elementOf(values[i], type);
  }
  // The escape string constant: its own backslashes and quotes escaped once more.
  const text = /['\\]/.test(body) ? body.replace(/['\\]/g, "\\$&") : body;
  return `E'{${text}}'::${type}[]`;
}
