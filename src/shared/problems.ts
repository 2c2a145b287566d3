import type { z } from "zod";

/** One thing wrong with some input: where (a JSON path such as `$.organisations[3].sector`) and what. */
export interface Problem {
  path: string;
  message: string;
}

/** Writes a path of keys and indexes as a JSON path: `["a", 0, "b"]` → `$.a[0].b`. */
export function toJsonPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A value as a problem shows it: JSON, long text cut with its full length. */
function givenText(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value.length > 60)
    return `${JSON.stringify(value.slice(0, 60))}… (${String(value.length).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} characters)`;
  return JSON.stringify(value);
}

/** The value at a zod path of `input`, when it is a plain value (not an object or list). */
function plainValueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input;
  for (const key of path)
    at =
      typeof at === "object" && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return typeof at === "object" ? undefined : at;
}

/**
 * Turns zod issues into problems with JSON paths; given the input, each message ends with the
 * value found there (`must be a real date written YYYY-MM-DD (given "2023-02-30")`).
 */
export function problemsOf(error: z.ZodError, input?: unknown): Problem[] {
  return error.issues.map((issue) => {
    const value = input === undefined ? undefined : plainValueAt(input, issue.path);
    return {
      path: toJsonPath(issue.path),
      message: value === undefined ? issue.message : `${issue.message} (given ${givenText(value)})`,
    };
  });
}

/** One line per problem: `$.a[0].b: must not be empty`. */
export function describeProblems(problems: readonly Problem[], max = 20): string {
  const lines = problems.slice(0, max).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > max) lines.push(`… and ${problems.length - max} more`);
  return lines.join("\n");
}
