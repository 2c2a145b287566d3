import type { z } from "zod";
import { type Problem, toJsonPath } from "../../../src/shared/index.ts";

/** Messages for a form, keyed by JSON path (`$.name`, `$.members[0].role`). */
export type FieldErrors = Record<string, string>;

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "number") return "must be a number";
      return "is required";
    case "invalid_value":
      return "choose one of the options";
    case "too_small":
      if (issue.origin === "number") return `must be at least ${issue.minimum}`;
      return issue.message;
    case "too_big":
      if (issue.origin === "number") return `must be at most ${issue.maximum}`;
      return issue.message;
    default:
      return issue.message;
  }
}

/** Field errors from a list of problems (the first message for each path wins). */
export function errorsOfProblems(problems: readonly Problem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) errors[problem.path] ??= problem.message;
  return errors;
}

/** Checks `input` against a shared zod schema: the parsed value, or field errors in plain words. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue) => ({
    path: toJsonPath(issue.path),
    message: plainMessage(issue),
  }));
  return { ok: false, errors: errorsOfProblems(problems) };
}

/** Parses a number input: empty means null; anything else a number (NaN fails validation). */
export function numberOrNull(text: string): number | null {
  return text.trim() === "" ? null : Number(text);
}

/** Empty text means null. */
export function textOrNull(text: string): string | null {
  return text.trim() === "" ? null : text.trim();
}
