/**
 * PostgreSQL array literals written into SQL text, for statements sent without parameters (see
 * `held` in postgres-insert.ts). The result is an escape string constant with a cast,
 * `E'{…}'::type[]`, whose meaning depends neither on `standard_conforming_strings` nor on
 * `backslash_quote` (a store test writes through them with both turned the unusual way).
 */

/**
 * A string as an element of an array literal inside an escape string constant: double-quoted for
 * the array, with both escapings done in one pass — a backslash becomes four (two for the array,
 * each doubled for the constant), a double quote `\\"` (the array's `\"`, its backslash doubled),
 * a single quote `''` (the constant's; `\'` would depend on the server's `backslash_quote`).
 */
function quotedElement(value: string): string {
  if (!/["'\\]/.test(value)) return `"${value}"`;
  return `"${value.replace(/["'\\]/g, (c) => (c === "\\" ? "\\\\\\\\" : c === '"' ? '\\\\"' : "''"))}"`;
}

/** One element of an array literal: NULL, a number, or a double-quoted string. */
function elementOf(value: unknown, type: string): string {
  if (typeof value === "string") return quotedElement(value);
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (value === Number.POSITIVE_INFINITY) return "Infinity";
    if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
    return String(value);
  }
  if (typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  throw new Error(`Cannot write a ${typeof value} into a ${type} array literal`);
}

const TYPE = /^[a-z][a-z0-9 ()_,]*$/;

/**
 * The values as a typed array constant: `E'{"a","b\\\\"c",NULL}'::text[]`.
 * @example sqlArrayLiteral(["GB-CHC-1", null], "text") // E'{"GB-CHC-1",NULL}'::text[]
 */
export function sqlArrayLiteral(values: readonly unknown[], type: string): string {
  return sqlColumnLiteral(values, (v) => v, type);
}

/**
 * One column of some rows as a typed array constant, read with `pick` without first copying the
 * column into an array of its own.
 * @example sqlColumnLiteral(rows, (r) => r.id, "text")
 */
export function sqlColumnLiteral<R>(
  rows: readonly R[],
  pick: (row: R) => unknown,
  type: string,
): string {
  if (!TYPE.test(type)) throw new Error(`Not a column type: ${type}`);
  let body = "";
  for (let i = 0; i < rows.length; i++) {
    if (i > 0) body += ",";
    body += elementOf(pick(rows[i]!), type);
  }
  return `E'{${body}}'::${type}[]`;
}

/**
 * One value as a typed constant: `E'GB-CHC-1'::text`, `NULL::integer`, `7::integer`.
 * @example sqlConstantOf("O'Brien", "text") // E'O''Brien'::text
 */
export function sqlConstantOf(value: unknown, type: string): string {
  if (!TYPE.test(type)) throw new Error(`Not a column type: ${type}`);
  if (value === null || value === undefined) return `NULL::${type}`;
  if (typeof value === "string")
    return `E'${value.replace(/\\/g, "\\\\").replace(/'/g, "''")}'::${type}`;
  // Numbers, NaN and infinities, booleans: quoted as their text, which every type reads.
  return `E'${elementOf(value, type)}'::${type}`;
}
