import type { ErrorObject } from "ajv";
import type { RecordIssue } from "./validation-report.ts";

/** `/awards/0/suppliers/1/id` → `.awards[0].suppliers[1].id`. */
function concretePath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join("");
}

/** `/awards/0/suppliers/1/id` → `awards[].suppliers[].id`, the same for every record. */
function genericPath(pointer: string, extra?: string): string {
  const path = concretePath(pointer)
    .replace(/\[\d+\]/g, "[]")
    .replace(/^\./, "");
  if (!extra) return path || "(the record)";
  return path ? `${path}.${extra}` : extra;
}

function messageOf(e: ErrorObject): { rule: string; message: string; path: string } {
  const p = e.params as Record<string, unknown>;
  const path = concretePath(e.instancePath);
  if (e.keyword === "required") {
    const field = genericPath(e.instancePath, String(p["missingProperty"]));
    return { rule: `required:${field}`, message: `${field} is required`, path };
  }
  const field = genericPath(e.instancePath);
  if (e.keyword === "enum") {
    const allowed = (p["allowedValues"] as unknown[])
      .filter((v) => v !== null)
      .map((v) => JSON.stringify(v));
    const list =
      allowed.length <= 6 ? allowed.join(" or ") : `one of ${allowed.slice(0, 6).join(", ")}, …`;
    return { rule: `enum:${field}`, message: `${field} must be ${list}`, path };
  }
  if (e.keyword === "format")
    return { rule: `format:${field}`, message: `${field} must be a valid ${p["format"]}`, path };
  if (e.keyword === "type")
    return {
      rule: `type:${field}`,
      message: `${field} must be ${String(p["type"]).replace(/,/g, " or ")}`,
      path,
    };
  return { rule: `${e.keyword}:${field}`, message: `${field} ${e.message ?? "is invalid"}`, path };
}

/** Keeps, from the errors of each failed branch of a `oneOf`, only those every branch shares. */
function collapseOneOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
  let out = [...errors];
  for (const alt of oneOfs) {
    const prefix = `${alt.schemaPath}/`;
    const inBranch = out.filter((e) => e.schemaPath.startsWith(prefix));
    const branchOf = (e: ErrorObject) => e.schemaPath.slice(prefix.length).split("/")[0];
    const sig = (e: ErrorObject) => `${e.keyword}|${e.instancePath}|${JSON.stringify(e.params)}`;
    const branches = new Set(inBranch.map(branchOf));
    const common = inBranch.filter((e) =>
      [...branches].every((b) => inBranch.some((x) => branchOf(x) === b && sig(x) === sig(e))),
    );
    const keep = new Map(common.map((e) => [sig(e), e]));
    out = out.filter((e) => !e.schemaPath.startsWith(prefix) && (e !== alt || keep.size === 0));
    out.push(...keep.values());
  }
  return out;
}

/** The value at a JSON pointer, or undefined when there is none. */
function valueAt(data: unknown, pointer: string): unknown {
  let at = data;
  for (const part of pointer.split("/").slice(1)) {
    if (typeof at !== "object" || at === null) return undefined;
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    at = Object.hasOwn(at, key) ? (at as Record<string, unknown>)[key] : undefined;
  }
  return at;
}

/** The issue with the value it is about (a missing field has none to show). */
function withValue(issue: RecordIssue, e: ErrorObject, data: unknown): RecordIssue {
  if (data === undefined || e.keyword === "required") return issue;
  const value = valueAt(data, e.instancePath);
  // Whole objects and lists say little in one line; their problem is named by the rule.
  if (value === undefined || (typeof value === "object" && value !== null)) return issue;
  return { ...issue, value };
}

/**
 * Turns Ajv errors for one record into plain issues, replacing a failed `oneOf` by the problems
 * all its alternatives share (e.g. a missing `description` in a 360Giving grant). Given the record
 * validated, each issue shows the value it is about.
 * @example issuesOfAjvErrors([{ keyword: "enum", instancePath: "/fromOpenCall", params: { allowedValues: ["Yes", "No"] }, schemaPath: "#", message: "" }])[0].message // "fromOpenCall must be \"Yes\" or \"No\""
 */
export function issuesOfAjvErrors(
  errors: readonly ErrorObject[] | null | undefined,
  data?: unknown,
): RecordIssue[] {
  if (!errors?.length) return [];
  const seen = new Set<string>();
  return collapseOneOf(errors)
    .map((e) => withValue(messageOf(e), e, data))
    .filter((i) => {
      const key = `${i.rule}|${i.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((i) =>
      i.rule.startsWith("oneOf:")
        ? {
            ...i,
            message: `${i.message.replace(/ must match.*/, "")} must match exactly one of its allowed shapes`,
          }
        : i,
    );
}
