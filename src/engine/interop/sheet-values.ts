import type { z } from "zod";
import { amountIssues, dateIssues, nameIssues, withValueIssues } from "./import-values.ts";
import type { RecordIssue } from "./validation-report.ts";

type Json = Record<string, unknown>;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Json => (typeof v === "object" && v !== null ? (v as Json) : {});

/** The entities a spreadsheet row becomes. */
export type SheetEntity = "organisation" | "partnership" | "membership" | "relationship";

/** `["facts", 0, "turnover"]` → `.facts[0].turnover`. */
const pathText = (path: readonly PropertyKey[]) =>
  path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");

/** The value at a zod path of the row's input. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input;
  for (const key of path) at = obj(at)[key as string];
  return at;
}

/** Zod's issues as report issues keyed by entity and field, each with the value given. */
function schemaIssuesOf(entity: SheetEntity, input: unknown, error: z.ZodError): RecordIssue[] {
  return error.issues.map((i) => {
    const field = i.path.filter((p) => typeof p === "string").join(".") || "(the row)";
    const value = valueAt(input, i.path);
    const shown = value === undefined || value === null || typeof value === "object";
    return {
      rule: `${entity}.${field}:${i.code}`,
      message: `${entity} ${field}: ${i.message}`,
      path: pathText(i.path) || ".(the row)",
      ...(shown ? {} : { value }),
    };
  });
}

/** The value checks every importer shares (decision 0007), on one row's input. */
function valueIssuesOf(entity: SheetEntity, input: Json): RecordIssue[] {
  if (entity === "organisation")
    return [
      ...nameIssues(input["name"], ".name"),
      ...list(input["otherNames"]).flatMap((n, i) => nameIssues(n, `.otherNames[${i}]`)),
      ...list(input["facts"]).flatMap((f, i) =>
        (["homes", "turnover", "staff"] as const).flatMap((k) =>
          amountIssues(obj(f)[k], `.facts[${i}].${k}`),
        ),
      ),
    ];
  if (entity === "membership")
    return [...dateIssues(input["joined"], ".joined"), ...dateIssues(input["left"], ".left")];
  return [
    ...nameIssues(input["name"], ".name"),
    ...dateIssues(input["start"], ".start"),
    ...dateIssues(input["end"], ".end"),
  ];
}

/**
 * Every issue of one spreadsheet row: problems met reading its cells, the shared value checks,
 * then the model's schema (left out where a value check already names the field).
 * @example sheetRowIssues("partnership", { start: "2023-02-30" }, error, [])[0].rule // "date:impossible"
 */
export function sheetRowIssues(
  entity: SheetEntity,
  input: unknown,
  error: z.ZodError | null,
  cellIssues: readonly RecordIssue[],
): RecordIssue[] {
  const schema = error ? schemaIssuesOf(entity, input, error) : [];
  return withValueIssues(schema, [...cellIssues, ...valueIssuesOf(entity, obj(input))]);
}
