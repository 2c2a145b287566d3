import {
  amountIssues,
  dateIssues,
  isStorableCurrency,
  nameIssues,
  orderIssues,
  titleIssues,
} from "./import-values.ts";
import { dateOf } from "./ocds-dates.ts";
import { isError, type RecordIssue } from "./validation-report.ts";

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] =>
  Array.isArray(v) ? (v.filter((x) => typeof x === "object" && x !== null) as Json[]) : [];

/** The organisations of a grant with the path of each. */
const organisationsOf = (grant: Json) =>
  (["fundingOrganization", "recipientOrganization"] as const).flatMap((key) =>
    list(grant[key]).map((o, i) => ({ o, path: `.${key}[${i}]` })),
  );

/**
 * The values of a 360Giving grant that the import cannot store as given, beyond what the 1.4.3
 * schema checks: impossible dates, negative or infinite amounts, over-long titles and names
 * (errors); a planned end before the start, planned dates of only a year or month (warnings).
 * @example grantValueIssues({ awardDate: "2023-02-30" })[0].rule // "date:impossible"
 */
export function grantValueIssues(grant: Json): RecordIssue[] {
  const planned = list(grant["plannedDates"]);
  const issues: RecordIssue[] = [
    ...dateIssues(grant["awardDate"], ".awardDate"),
    ...planned.flatMap((p, i) =>
      (["startDate", "endDate"] as const).flatMap((k) =>
        dateIssues(p[k], `.plannedDates[${i}].${k}`, i === 0),
      ),
    ),
    ...amountIssues(grant["amountAwarded"], ".amountAwarded"),
    ...titleIssues(grant["title"], ".title"),
    ...organisationsOf(grant).flatMap(({ o, path }) => [
      ...nameIssues(o["name"], `${path}.name`),
      ...nameIssues(o["alternateName"], `${path}.alternateName`),
    ]),
  ];
  const start = dateOf(planned[0]?.["startDate"]) ?? dateOf(grant["awardDate"]);
  issues.push(...orderIssues(start, dateOf(planned[0]?.["endDate"]), ".plannedDates[0].endDate"));
  return issues;
}

const absentOr = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
const isText = (v: unknown) => typeof v === "string";
const isDate = (v: unknown) => typeof v === "string" && dateOf(v) !== null;

/**
 * True when the import can store every mapped value of a grant as given (or leave out, with a
 * warning, a partial planned date): otherwise the grant is never imported, whatever the policy —
 * `import-all` imports records the report calls invalid, but never changes their values.
 * @example grantIsStorable({ id: "x", amountAwarded: -1 }) // false
 */
export function grantIsStorable(grant: Json): boolean {
  if (grantValueIssues(grant).some(isError)) return false;
  const planned = list(grant["plannedDates"])[0] ?? {};
  const plannedOk = (v: unknown) => isDate(v) || dateIssues(v, "", true).length > 0;
  return (
    absentOr(grant["title"], isText) &&
    absentOr(grant["amountAwarded"], (v) => typeof v === "number") &&
    absentOr(grant["currency"], isStorableCurrency) &&
    absentOr(grant["awardDate"], isDate) &&
    absentOr(planned["startDate"], plannedOk) &&
    absentOr(planned["endDate"], plannedOk) &&
    organisationsOf(grant).every(
      ({ o }) => absentOr(o["name"], isText) && absentOr(o["alternateName"], isText),
    )
  );
}
