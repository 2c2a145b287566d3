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

/** Turns zod issues into problems with JSON paths. */
export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: toJsonPath(issue.path),
    message: issue.message,
  }));
}

/** One line per problem: `$.a[0].b: must not be empty`. */
export function describeProblems(problems: readonly Problem[], max = 20): string {
  const lines = problems.slice(0, max).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > max) lines.push(`… and ${problems.length - max} more`);
  return lines.join("\n");
}
