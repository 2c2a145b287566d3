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
  /** Up to five distinct values given where it happens, as shown (JSON), e.g. `"Y"` (none: left out). */
  values?: string[];
}

/**
 * The verdict on a file: valid when no record has an error. `valueWarnings` are values stored as
 * given (or, where the model cannot hold them, not stored) that someone should look at, grouped
 * like errors; they do not make a file invalid.
 */
export interface ValidationReport {
  valid: boolean;
  /** How many records (releases, grants, rows…) were checked. */
  records: number;
  errors: ValidationError[];
  valueWarnings: ValidationError[];
}

/** One problem with a record, before grouping. */
export interface RecordIssue {
  rule: string;
  message: string;
  /** Path inside the record, e.g. `.recipientOrganization[0].url`. */
  path: string;
  /** The value as given, shown in the example (omitted when there is none, e.g. a missing field). */
  value?: unknown;
  /** `warning`: reported, but the record is not invalid. Errors by default. */
  severity?: "error" | "warning";
}

const MAX_EXAMPLES = 5;
/** Strings longer than this are shown cut in an example, with their full length. */
const SHOWN_CHARS = 60;

/** True when an issue makes its record invalid (every issue but a warning). */
export const isError = (issue: RecordIssue): boolean => issue.severity !== "warning";

/**
 * A value as an example shows it: JSON, long strings cut with their length, non-finite numbers named.
 * @example shownValue("2023-02-30") // "\"2023-02-30\""
 */
export function shownValue(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value.length > SHOWN_CHARS)
    return `${JSON.stringify(value.slice(0, SHOWN_CHARS))}… (${withThousands(value.length)} characters)`;
  const json = JSON.stringify(value) ?? String(value);
  return json.length > SHOWN_CHARS * 2 ? `${json.slice(0, SHOWN_CHARS * 2)}…` : json;
}

/** `label.path: value` — where an issue is, and the value given there. */
const exampleOf = (label: string, issue: RecordIssue) =>
  `${label}${issue.path}${"value" in issue ? `: ${shownValue(issue.value)}` : ""}`;

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

type Group = ValidationError & { lastRecord: number; values: string[] };

/** Groups by rule, most frequent first. */
const sortedGroups = (groups: Map<string, Group>): ValidationError[] =>
  [...groups.values()]
    .map(({ lastRecord: _, values, ...e }) => (values.length ? { ...e, values } : e))
    .sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1));

/** Collects record issues and groups them by rule, counting each record once per rule. */
export function createValidationReport() {
  const groups = { error: new Map<string, Group>(), warning: new Map<string, Group>() };
  let recordNo = 0;
  let records = 0;
  return {
    /**
     * Adds the issues of one record, labelled e.g. `releases[2] (ocds-…)`; `isRecord` false for
     * what is not one of the file's records (a package's metadata), left out of `records`.
     */
    add(label: string, issues: readonly RecordIssue[], isRecord = true): void {
      recordNo++;
      if (isRecord) records++;
      for (const issue of issues) {
        const byRule = groups[isError(issue) ? "error" : "warning"];
        const group = byRule.get(issue.rule) ?? {
          rule: issue.rule,
          message: issue.message,
          count: 0,
          examples: [],
          values: [],
          lastRecord: 0,
        };
        if (group.lastRecord !== recordNo) group.count++;
        group.lastRecord = recordNo;
        if (group.examples.length < MAX_EXAMPLES) group.examples.push(exampleOf(label, issue));
        const shown = "value" in issue ? shownValue(issue.value) : null;
        if (shown !== null && group.values.length < MAX_EXAMPLES && !group.values.includes(shown))
          group.values.push(shown);
        byRule.set(issue.rule, group);
      }
    },
    /** The grouped report, most frequent rule first. */
    result(): ValidationReport {
      const errors = sortedGroups(groups.error);
      return {
        valid: errors.length === 0,
        records,
        errors,
        valueWarnings: sortedGroups(groups.warning),
      };
    },
  };
}
export type ValidationReportBuilder = ReturnType<typeof createValidationReport>;

export { issuesOfAjvErrors } from "./ajv-issues.ts";
