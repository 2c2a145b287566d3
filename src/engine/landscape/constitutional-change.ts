import type { ConstitutionalChangeResult } from "../../shared/landscape-results.ts";
import {
  assertIsoDate,
  dissolutionDatesOf,
  isOrganisationExisting,
  type LandscapeInput,
  type SizeMetric,
  sizeOf,
} from "./as-of.ts";
import { CONSTITUTIONAL_EVENT_TYPES, eventsByYear } from "./merger-waves.ts";

export type { ConstitutionalChangeResult } from "../../shared/landscape-results.ts";

/** The period and what counts as 'large'. */
export interface ConstitutionalChangeOptions {
  from: string;
  to: string;
  metric: SizeMetric;
  /** Size on `from` at or above which an organisation is 'large' (default 10,000, the paper's homes). */
  large?: number;
}

/**
 * Constitutional change in [from, to] (Pawson & Sosenko 2012: 43% of associations, 90% of those
 * over 10,000 homes, 2002–2010): the share of organisations existing on `from` named in a merged,
 * transfer_of_engagements, group_formed, group_joined or demerged event in the period; the same
 * for large ones; and all events in the period by year and type.
 * @example constitutionalChangeOf(doc, { from: "2002-04-01", to: "2010-03-31", metric: "homes" }).share
 */
export function constitutionalChangeOf(
  input: LandscapeInput,
  options: ConstitutionalChangeOptions,
): ConstitutionalChangeResult {
  const { from, to, metric, large = 10_000 } = options;
  assertIsoDate(from, "from");
  assertIsoDate(to, "to");
  if (from > to) throw new RangeError(`from (${from}) must not be after to (${to})`);
  const types = new Set(CONSTITUTIONAL_EVENT_TYPES);
  const involved = new Set<string>();
  for (const e of input.events)
    if (e.date >= from && e.date <= to && types.has(e.type))
      for (const id of e.organisations) involved.add(id);
  const dissolved = dissolutionDatesOf(input.events);
  const counts = { organisations: 0, changed: 0, largeOrganisations: 0, largeChanged: 0 };
  for (const o of input.organisations) {
    if (!isOrganisationExisting(o, from, dissolved.get(o.id))) continue;
    const changed = involved.has(o.id) ? 1 : 0;
    const isLarge = (sizeOf(o, from, metric) ?? -1) >= large;
    counts.organisations++;
    counts.changed += changed;
    if (isLarge) {
      counts.largeOrganisations++;
      counts.largeChanged += changed;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const empty = counts.organisations === 0;
  return {
    from,
    to,
    metric,
    large,
    ...counts,
    share: ratio(counts.changed, counts.organisations),
    shareLarge: ratio(counts.largeChanged, counts.largeOrganisations),
    byYear: eventsByYear(input.events, { from, to }),
    empty,
    note: empty ? `no organisation exists on ${from}` : null,
  };
}
