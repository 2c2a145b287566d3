import type { ErrorObject } from "ajv";

/** One kind of problem found in a file, with how many records have it and where. */
export interface ValidationError {
  /** A stable key for the rule broken, e.g. `enum:fromOpenCall`. */
  rule: string;
  /** What is wrong, in words: `fromOpenCall must be Yes or No`. */
  message: string;
  /** How many records (releases, grants, rows…) break the rule. */
  count: number;
  /** Up to five places it happens, e.g. `grants[3] (360G-x).fromOpenCall` or `row 5`. */
  examples: string[];
}

/** The verdict on a file: valid when nothing is wrong. */
export interface ValidationReport {
  valid: boolean;
  errors: ValidationError[];
}

/** One problem with a record, before grouping. */
export interface RecordIssue {
  rule: string;
  message: string;
  /** Path inside the record, e.g. `.recipientOrganization[0].url`. */
  path: string;
}

const MAX_EXAMPLES = 5;

/** Writes `1234567` as `1,234,567` without depending on the machine's locale. */
export function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * One line for a grouped error: `fromOpenCall must be Yes or No — 4,116 grants`.
 * @example describeValidationError({ rule: "r", message: "m", count: 2, examples: [] }, "grant") // "m — 2 grants"
 */
export function describeValidationError(error: ValidationError, noun: string): string {
  return `${error.message} — ${withThousands(error.count)} ${noun}${error.count === 1 ? "" : "s"}`;
}

/** Collects record issues and groups them by rule, counting each record once per rule. */
export function createValidationReport() {
  const groups = new Map<string, ValidationError & { lastRecord: number }>();
  let recordNo = 0;
  return {
    /** Adds the issues of one record, labelled e.g. `releases[2] (ocds-…)`. */
    add(label: string, issues: readonly RecordIssue[]): void {
      recordNo++;
      for (const issue of issues) {
        const group = groups.get(issue.rule) ?? {
          rule: issue.rule,
          message: issue.message,
          count: 0,
          examples: [],
          lastRecord: 0,
        };
        if (group.lastRecord !== recordNo) group.count++;
        group.lastRecord = recordNo;
        if (group.examples.length < MAX_EXAMPLES) group.examples.push(`${label}${issue.path}`);
        groups.set(issue.rule, group);
      }
    },
    /** The grouped report, most frequent rule first. */
    result(): ValidationReport {
      const errors = [...groups.values()]
        .map(({ lastRecord: _, ...e }) => e)
        .sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1));
      return { valid: errors.length === 0, errors };
    },
  };
}
export type ValidationReportBuilder = ReturnType<typeof createValidationReport>;

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
    const allowed = (p["allowedValues"] as unknown[]).filter((v) => v !== null).map(String);
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

/**
 * Turns Ajv errors for one record into plain issues, replacing a failed `oneOf` by the problems
 * all its alternatives share (e.g. a missing `description` in a 360Giving grant).
 * @example issuesOfAjvErrors([{ keyword: "enum", instancePath: "/fromOpenCall", params: { allowedValues: ["Yes", "No"] }, schemaPath: "#", message: "" }])[0].message // "fromOpenCall must be Yes or No"
 */
export function issuesOfAjvErrors(
  errors: readonly ErrorObject[] | null | undefined,
): RecordIssue[] {
  if (!errors?.length) return [];
  const seen = new Set<string>();
  return collapseOneOf(errors)
    .map(messageOf)
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
