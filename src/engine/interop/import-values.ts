import { NAME_MAX, TITLE_MAX } from "../../shared/index.ts";
import type { RecordIssue } from "./validation-report.ts";
import { withThousands } from "./validation-report.ts";

/**
 * The checks every importer makes on the values it maps (decision 0007, "Values never changed
 * silently"): a value the model cannot hold as given is an error (the record is refused), never
 * cut or dropped; the same rules, words and limits for 360Giving, OCDS and spreadsheets.
 */

/** `2023-02-30`, `2023-02-30T10:00:00Z`: shaped like a day, but not one. */
const DAY_SHAPED = /^(\d{4})-(\d{2})-(\d{2})/;
/** `2023` or `2023-05`: a year or a month (allowed by 360Giving for planned dates). */
const PARTIAL = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/** True when `y-m-d` is a day of the calendar. */
function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/**
 * An impossible date (`2023-02-30`) as an error; a year or month alone as a warning when
 * `partialAllowed` (it is not stored: dates are kept to the day). Other shapes are the schema's.
 * @example dateIssues("2023-02-30", ".awardDate") // [{ rule: "date:impossible", … }]
 */
export function dateIssues(value: unknown, path: string, partialAllowed = false): RecordIssue[] {
  if (typeof value !== "string") return [];
  const day = DAY_SHAPED.exec(value);
  if (day && !isRealDay(Number(day[1]), Number(day[2]), Number(day[3])))
    return [
      {
        rule: "date:impossible",
        message: "a date that does not exist (such as 30 February): the record is refused",
        path,
        value,
      },
    ];
  if (partialAllowed && PARTIAL.test(value))
    return [
      {
        rule: "date:partial",
        message: "a date giving only a year or a month is not stored (dates are kept to the day)",
        path,
        value,
        severity: "warning",
      },
    ];
  return [];
}

/**
 * A negative or non-finite amount (JSON's `1e400` reads as Infinity) as an error.
 * @example amountIssues(-100, ".amountAwarded")[0].rule // "amount:negative"
 */
export function amountIssues(value: unknown, path: string): RecordIssue[] {
  if (typeof value !== "number") return [];
  if (!Number.isFinite(value))
    return [{ rule: "amount:too-large", message: "an amount too large to store", path, value }];
  if (value < 0)
    return [
      {
        rule: "amount:negative",
        message:
          "a negative amount (a reduction or return cannot be stored as a contract or grant): the record is refused",
        path,
        value,
      },
    ];
  return [];
}

/** Too long to store whole: a title over 10,000 characters, a name over 500. */
function lengthIssues(value: unknown, path: string, kind: "title" | "name"): RecordIssue[] {
  const max = kind === "title" ? TITLE_MAX : NAME_MAX;
  if (typeof value !== "string" || value.trim().length <= max) return [];
  return [
    {
      rule: `length:${kind}`,
      message: `a ${kind} longer than ${withThousands(max)} characters (never cut): the record is refused`,
      path,
      value,
    },
  ];
}

/** A contract or grant title longer than the model keeps, as an error. */
export const titleIssues = (value: unknown, path: string) => lengthIssues(value, path, "title");
/** An organisation's name longer than the model keeps, as an error. */
export const nameIssues = (value: unknown, path: string) => lengthIssues(value, path, "name");

/**
 * An end before its start: a warning — the standards allow it, the model cannot hold it, so the
 * end is not stored and the record (its start included) is (a typo in a planned date should
 * not stop a whole file).
 * @example orderIssues("2023-06-01", "2023-01-01", ".plannedDates[0].endDate")[0].rule // "date:end-before-start"
 */
export function orderIssues(start: string | null, end: string | null, path: string): RecordIssue[] {
  if (!start || !end || end >= start) return [];
  return [
    {
      rule: "date:end-before-start",
      message: "an end date before the start date is not stored (the start is kept)",
      path: `${path} (start ${start})`,
      value: end,
      severity: "warning",
    },
  ];
}

/**
 * True when a currency can be stored as given (three capital letters).
 * @example isStorableCurrency("GBP") // true
 */
export const isStorableCurrency = (v: unknown): boolean =>
  typeof v === "string" && /^[A-Z]{3}$/.test(v);

/**
 * A record's schema issues and value issues together: a schema complaint about a field that a
 * value error already names (an impossible date, an over-long name) is left out, so each
 * problem is reported once, under the rule every importer shares.
 * @example withValueIssues([formatIssueOfAwardDate], [impossibleAwardDate]) // [impossibleAwardDate]
 */
export function withValueIssues(
  schema: readonly RecordIssue[],
  values: readonly RecordIssue[],
): RecordIssue[] {
  const named = new Set(values.filter((i) => i.severity !== "warning").map((i) => i.path));
  return [...schema.filter((i) => !named.has(i.path)), ...values];
}
