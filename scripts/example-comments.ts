import { readFileSync } from "node:fs";

/** One `@example expression // stated result` comment found in a source file. */
export interface ExampleComment {
  file: string;
  line: number;
  expression: string;
  stated: string;
}

/** What an example's stated result claims, when it claims something checkable. */
export type ExpectedResult =
  | { kind: "exact"; value: unknown }
  | { kind: "approximately"; value: number; tolerance: number }
  | { kind: "throws"; messageStart: string }
  | { kind: "prose" };

/** Finds the `@example … // …` lines of a file (examples without a stated result are left out). */
export function exampleCommentsOf(
  file: string,
  text = readFileSync(file, "utf8"),
): ExampleComment[] {
  const found: ExampleComment[] = [];
  text.split("\n").forEach((raw, i) => {
    const match = /^\s*\*\s*@example\s+(.*)$/.exec(raw);
    const body = match?.[1];
    if (body === undefined) return;
    // " // " with spaces: a URL's "//" inside a string never has a space before it.
    const at = body.indexOf(" // ");
    if (at < 0) return;
    found.push({
      file,
      line: i + 1,
      expression: body.slice(0, at).trim(),
      stated: body.slice(at + 4).trim(),
    });
  });
  return found;
}

const TYPED = /^(Float64Array|Float32Array|Int32Array|Uint8Array|Uint32Array)\s+(\[.*\])$/;
// A literal at the start of the stated result, before an explanation (", since …", ": the …").
const LEADING =
  /^(-?\d+(?:\.\d+)?(?:e-?\d+)?|"(?:[^"\\]|\\.)*"|true|false|null)(?=$|[,:;]|\s+\(|\s+—|\s+when\b)/;

/**
 * Reads the stated result: a JavaScript literal (or a constant expression of literals) is exact;
 * "≈ 1.96" and "0.357…" are approximate to the digits shown; "throws "…"" expects an error; anything
 * else (a description such as "a fixed permutation") states no checkable result.
 */
export function expectedOf(stated: string): ExpectedResult {
  const throws = /^throws\s+"([^"]*?)…?"/.exec(stated);
  if (throws?.[1] !== undefined) return { kind: "throws", messageStart: throws[1] };
  const approx = /(?:^|\s)≈\s*(-?\d+(?:\.\d+)?)\s*$/.exec(stated)?.[1];
  if (approx !== undefined) return approximately(approx, 0.5);
  // "2.2621571…": digits cut short, so the value lies within one unit of the last digit shown.
  const truncated = /^(-?\d+\.\d+)…/.exec(stated)?.[1];
  if (truncated !== undefined) return approximately(truncated, 1);
  if (/[…]|e\.g\./.test(stated)) return { kind: "prose" };
  const typed = TYPED.exec(stated);
  if (typed?.[2] !== undefined) {
    const value = literalOf(typed[2]);
    return value === undefined ? { kind: "prose" } : { kind: "exact", value };
  }
  const whole = literalOf(stated);
  if (whole !== undefined) return { kind: "exact", value: whole };
  const leading = LEADING.exec(stated)?.[1];
  if (leading !== undefined) return { kind: "exact", value: literalOf(leading) };
  // "1 − 1 / 2 = 0.5": a worked sum ending in its value.
  const worked = /=\s*(-?\d+(?:\.\d+)?)$/.exec(stated)?.[1];
  if (worked !== undefined) return { kind: "exact", value: Number(worked) };
  return { kind: "prose" };
}

// Tolerance in units of the last digit shown: "≈ 0.19349" (rounded) allows ±0.000005.
function approximately(digits: string, units: number): ExpectedResult {
  const decimals = digits.split(".")[1]?.length ?? 0;
  return { kind: "approximately", value: Number(digits), tolerance: units * 10 ** -decimals };
}

// Evaluates text with no names in scope, so only literals and arithmetic on them succeed.
function literalOf(text: string): unknown {
  if (/[A-Za-z_$]\w*\s*\(|=>|\bnew\b/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, '""')))
    return undefined;
  try {
    const value: unknown = new Function(`"use strict"; return (${text});`)();
    return value;
  } catch {
    return undefined;
  }
}

/** Where two results first differ ("" when equal); numbers agree to 1e-9 relative (float noise). */
export function differenceOf(actual: unknown, expected: unknown, path = "$"): string {
  if (typeof expected === "number" && typeof actual === "number") {
    const scale = Math.max(1, Math.abs(expected), Math.abs(actual));
    if (Object.is(actual, expected) || Math.abs(actual - expected) <= 1e-9 * scale) return "";
    return `${path}: ${actual} ≠ ${expected}`;
  }
  if (Array.isArray(expected)) return arrayDifference(actual, expected, path);
  if (expected !== null && typeof expected === "object") {
    if (actual instanceof Map) return differenceOf(Object.fromEntries(actual), expected, path);
    if (actual === null || typeof actual !== "object")
      return `${path}: ${show(actual)} is not an object`;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
    for (const key of keys) {
      const d = differenceOf(a[key], e[key], `${path}.${key}`);
      if (d) return d;
    }
    return "";
  }
  return Object.is(actual, expected) ? "" : `${path}: ${show(actual)} ≠ ${show(expected)}`;
}

function arrayDifference(actual: unknown, expected: unknown[], path: string): string {
  const list = ArrayBuffer.isView(actual)
    ? Array.from(actual as unknown as ArrayLike<number>)
    : actual;
  if (!Array.isArray(list)) return `${path}: ${show(actual)} is not a list`;
  if (list.length !== expected.length)
    return `${path}: ${list.length} items, stated ${expected.length} (${show(list)})`;
  for (let i = 0; i < list.length; i++) {
    const d = differenceOf(list[i], expected[i], `${path}[${i}]`);
    if (d) return d;
  }
  return "";
}

function show(value: unknown): string {
  if (ArrayBuffer.isView(value))
    return JSON.stringify(Array.from(value as unknown as ArrayLike<number>));
  return typeof value === "string"
    ? JSON.stringify(value)
    : (JSON.stringify(value) ?? String(value));
}
