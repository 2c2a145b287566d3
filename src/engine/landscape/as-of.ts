import type { LifecycleEvent, Membership, Organisation, Partnership } from "../../shared/index.ts";
import { isIsoDate } from "../../shared/index.ts";
import type { SizeMetric } from "../../shared/landscape-results.ts";

export type { SizeMetric } from "../../shared/landscape-results.ts";
export { SIZE_METRICS } from "../../shared/landscape-results.ts";

/** What the Landscape analytics read: an `ExchangeDocument`, or plain arrays from the store. */
export interface LandscapeInput {
  readonly organisations: readonly Organisation[];
  readonly partnerships: readonly Partnership[];
  readonly events: readonly LifecycleEvent[];
}

/**
 * Throws a RangeError naming the value unless it is a real YYYY-MM-DD date.
 * @example assertIsoDate("2010-02-30", "asOf") // throws "asOf must be a real date…"
 */
export function assertIsoDate(value: string, what: string): string {
  if (!isIsoDate(value))
    throw new RangeError(`${what} must be a real date written YYYY-MM-DD (got "${value}")`);
  return value;
}

/** The calendar year of an ISO date. @example yearOf("2004-04-01") // 2004 */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * The date one year later, as a string that compares correctly (29 February stays 29 February).
 * @example yearAfter("2011-03-31") // "2012-03-31"
 */
export function yearAfter(date: string): string {
  return `${String(yearOf(date) + 1).padStart(4, "0")}${date.slice(4)}`;
}

/**
 * A membership is active on d when joined ≤ d and (no left date or d < left); joined null = always.
 * @example isMembershipActive({ joined: "2004-01-01", left: "2008-01-01" }, "2008-01-01") // false
 */
export function isMembershipActive(m: Pick<Membership, "joined" | "left">, d: string): boolean {
  return (m.joined === null || m.joined <= d) && (m.left === null || d < m.left);
}

/**
 * A partnership is active on d when start ≤ d and (no end or d < end); start null = always.
 * @example isPartnershipActive({ start: null, end: "2012-01-01" }, "2011-12-31") // true
 */
export function isPartnershipActive(p: Pick<Partnership, "start" | "end">, d: string): boolean {
  return (p.start === null || p.start <= d) && (p.end === null || d < p.end);
}

/**
 * The first date on which each organisation is dissolved (listed in an event's `dissolves`).
 * @example dissolutionDatesOf([{ date: "2005-04-01", dissolves: ["B"], … }]).get("B") // "2005-04-01"
 */
export function dissolutionDatesOf(
  events: readonly Pick<LifecycleEvent, "date" | "dissolves">[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events)
    for (const id of e.dissolves) {
      const seen = out.get(id);
      if (seen === undefined || e.date < seen) out.set(id, e.date);
    }
  return out;
}

/**
 * The first date each organisation is seen outside its yearly figures: its earliest membership
 * (joined, else the partnership's start), partnership it commissions (start) or life-cycle event
 * naming it. "" means 'always' (a membership or partnership with no start date).
 * @example firstSeenDatesOf(doc).get("demo-org-a") // "2009-04-01", when it joined the Association
 */
export function firstSeenDatesOf(
  input: Omit<LandscapeInput, "organisations">,
): Map<string, string> {
  const out = new Map<string, string>();
  const see = (id: string | null, date: string | null) => {
    if (id === null) return;
    const d = date ?? "";
    const seen = out.get(id);
    if (seen === undefined || d < seen) out.set(id, d);
  };
  for (const p of input.partnerships) {
    see(p.commissioner, p.start);
    for (const m of p.members) see(m.organisation, m.joined ?? p.start);
  }
  for (const e of input.events) for (const id of e.organisations) see(id, e.date);
  return out;
}

/**
 * An organisation exists on d, whatever its figures, when it was not dissolved on or before d and
 * either has a fact for year(d) or earlier, or was first seen (`firstSeenDatesOf`: a membership,
 * commissioning or event) on or before d. One with no facts and never seen has nothing to date its
 * start by, so it exists on every date until dissolved rather than never.
 * @example isOrganisationExisting({ facts: [] }, "2009-06-30", undefined, "2009-04-01") // true
 */
export function isOrganisationExisting(
  org: Pick<Organisation, "facts">,
  d: string,
  dissolvedOn?: string,
  firstSeen?: string,
): boolean {
  if (dissolvedOn !== undefined && dissolvedOn <= d) return false;
  const year = yearOf(d);
  if (org.facts.some((f) => f.year <= year)) return true;
  if (firstSeen !== undefined) return firstSeen <= d;
  return org.facts.length === 0;
}

/**
 * The organisations existing on d (`isOrganisationExisting`), dissolution and first-seen dates
 * taken from the input itself.
 * @example existingOrganisationsOf(doc, "2009-12-31").some((o) => o.id === "demo-org-a") // true
 */
export function existingOrganisationsOf<T extends Pick<Organisation, "id" | "facts">>(
  input: Omit<LandscapeInput, "organisations"> & { readonly organisations: readonly T[] },
  d: string,
): T[] {
  const dissolved = dissolutionDatesOf(input.events);
  const seen = firstSeenDatesOf(input);
  return input.organisations.filter((o) =>
    isOrganisationExisting(o, d, dissolved.get(o.id), seen.get(o.id)),
  );
}

/**
 * An organisation's size on d: the metric in its latest fact with year ≤ year(d); null when there
 * is no such fact or that fact does not record the metric.
 * @example sizeOf({ facts: [{ year: 2002, homes: 900 }, { year: 2010, homes: 1800 }] }, "2009-06-30", "homes") // 900
 */
export function sizeOf(
  org: Pick<Organisation, "facts">,
  d: string,
  metric: SizeMetric,
): number | null {
  const year = yearOf(d);
  let best = -1;
  let value: number | null = null;
  for (const f of org.facts)
    if (f.year <= year && f.year > best) {
      best = f.year;
      value = f[metric];
    }
  return value;
}
