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
const obj = (v: unknown): Json =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {};
const list = (v: unknown): Json[] =>
  Array.isArray(v) ? (v.filter((x) => typeof x === "object" && x !== null) as Json[]) : [];

/** The contract a release links to an award (`contracts[].awardID`), with its index. */
function linkedContract(release: Json, award: Json): { c: Json; i: number } | null {
  const i = list(release["contracts"]).findIndex(
    (k) => String(k["awardID"]) === String(award["id"]),
  );
  return i < 0 ? null : { c: list(release["contracts"])[i]!, i };
}

/** What the import maps from one award (and its linked contract): amounts, title, dates. */
function awardIssues(release: Json, award: Json, at: string): RecordIssue[] {
  const linked = linkedContract(release, award);
  const period = obj(award["contractPeriod"]);
  // The mapped period is the linked contract's, overridden field by field by the award's.
  const merged = { ...obj(linked?.c["period"]), ...period };
  const issues = [
    ...amountIssues(obj(award["value"])["amount"], `${at}.value.amount`),
    ...titleIssues(award["title"], `${at}.title`),
    ...dateIssues(award["date"], `${at}.date`),
    ...dateIssues(period["startDate"], `${at}.contractPeriod.startDate`),
    ...dateIssues(period["endDate"], `${at}.contractPeriod.endDate`),
  ];
  const start = dateOf(merged["startDate"]);
  const end = dateOf(merged["endDate"]);
  const endAt = "endDate" in period ? `${at}.contractPeriod` : `.contracts[${linked?.i}].period`;
  issues.push(...orderIssues(start, end, `${endAt}.endDate`));
  return issues;
}

/** Names of the organisations a release names (parties and references to them). */
function nameIssuesOf(release: Json): RecordIssue[] {
  const refs: { o: Json; at: string }[] = [
    ...list(release["parties"]).map((o, i) => ({ o, at: `.parties[${i}]` })),
    { o: obj(release["buyer"]), at: ".buyer" },
    { o: obj(obj(release["tender"])["procuringEntity"]), at: ".tender.procuringEntity" },
    ...list(release["awards"]).flatMap((a, i) =>
      list(a["suppliers"]).map((o, j) => ({ o, at: `.awards[${i}].suppliers[${j}]` })),
    ),
  ];
  return refs.flatMap(({ o, at }) => [
    ...nameIssues(o["name"], `${at}.name`),
    ...nameIssues(obj(o["identifier"])["legalName"], `${at}.identifier.legalName`),
  ]);
}

/**
 * The values of an OCDS release (or a record's compiled release) that the import cannot store as
 * given, beyond what the schema checks: negative or infinite amounts, impossible dates and
 * over-long titles and names (errors); an end before its start (a warning).
 * @example releaseValueIssues({ awards: [{ id: "1", value: { amount: -5000 } }] })[0].path // ".awards[0].value.amount"
 */
export function releaseValueIssues(release: Json, prefix = ""): RecordIssue[] {
  const contracts = list(release["contracts"]).flatMap((c, i) => [
    ...amountIssues(obj(c["value"])["amount"], `.contracts[${i}].value.amount`),
    ...titleIssues(c["title"], `.contracts[${i}].title`),
    ...dateIssues(obj(c["period"])["startDate"], `.contracts[${i}].period.startDate`),
    ...dateIssues(obj(c["period"])["endDate"], `.contracts[${i}].period.endDate`),
  ]);
  const issues = [
    ...list(release["awards"]).flatMap((a, i) => awardIssues(release, a, `.awards[${i}]`)),
    ...contracts,
    ...titleIssues(obj(release["tender"])["title"], ".tender.title"),
    ...list(obj(release["bids"])["details"]).flatMap((b, i) =>
      dateIssues(b["date"], `.bids.details[${i}].date`),
    ),
    ...nameIssuesOf(release),
  ];
  return prefix ? issues.map((i) => ({ ...i, path: `${prefix}${i.path}` })) : issues;
}

/**
 * The value issues of an OCDS release or record (its compiled release and embedded releases).
 * @example ocdsValueIssues({ compiledRelease: { tender: { title: "…" } } }) // issues under .compiledRelease
 */
export function ocdsValueIssues(value: unknown, kind: "release" | "record"): RecordIssue[] {
  const v = obj(value);
  if (kind === "release") return releaseValueIssues(v);
  return [
    ...releaseValueIssues(obj(v["compiledRelease"]), ".compiledRelease"),
    ...list(v["releases"]).flatMap((r, i) => releaseValueIssues(r, `.releases[${i}]`)),
  ];
}

const absentOr = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
const isDate = (v: unknown) => typeof v === "string" && dateOf(v) !== null;

/**
 * True when the contract mapped from a compiled award keeps every value as given (an end before
 * the start aside, a warning): otherwise the award is left out (its releases were reported).
 * @example awardIsStorable(compiled, { id: "1", value: { amount: -5 } }) // false
 */
export function awardIsStorable(compiled: Json, award: Json): boolean {
  if (awardIssues(compiled, award, "").some(isError)) return false;
  const linked = linkedContract(compiled, award)?.c ?? {};
  const amount = obj(award["value"])["amount"] ?? obj(linked["value"])["amount"];
  const currency = obj(award["value"])["currency"] ?? obj(linked["value"])["currency"];
  const period = { ...obj(linked["period"]), ...obj(award["contractPeriod"]) };
  return (
    absentOr(amount, (v) => typeof v === "number" && v >= 0 && Number.isFinite(v)) &&
    absentOr(currency, isStorableCurrency) &&
    absentOr(award["title"], (v) => typeof v === "string") &&
    absentOr(period["startDate"], isDate) &&
    absentOr(period["endDate"], isDate) &&
    !titleIssues(linked["title"], "").length &&
    !titleIssues(obj(compiled["tender"])["title"], "").length
  );
}

/** True when a party (or reference) has names the model keeps whole. */
export const partyIsStorable = (party: Json): boolean =>
  nameIssues(party["name"], "").length === 0 &&
  nameIssues(obj(party["identifier"])["legalName"], "").length === 0;
