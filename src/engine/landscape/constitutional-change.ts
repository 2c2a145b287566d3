import type { ConstitutionalChangeResult, SectorFilter } from "../../shared/landscape-results.ts";
import {
  assertIsoDate,
  existingOrganisationsOf,
  type LandscapeInput,
  type SizeMetric,
  sizeOf,
} from "./as-of.ts";
import { CONSTITUTIONAL_EVENT_TYPES, eventsByYear } from "./merger-waves.ts";
import { sectorAssumptionOf, sectorEventsOf, sectorInputOf } from "./sector-filter.ts";

export type { ConstitutionalChangeResult } from "../../shared/landscape-results.ts";

/** The period and what counts as 'large'. */
export interface ConstitutionalChangeOptions {
  from: string;
  to: string;
  metric: SizeMetric;
  /** Size on `from` at or above which an organisation is 'large' (default 10,000, the paper's homes). */
  large?: number;
  /** The set to look at (nation, kind); every organisation when absent. */
  filter?: SectorFilter;
}

/**
 * Constitutional change in [from, to] (Pawson & Sosenko 2012: 43% of associations, 90% of those
 * over 10,000 homes, 2002–2010): the share of organisations existing on `from` named in a merged,
 * transfer_of_engagements, group_formed, group_joined or demerged event in the period; the same
 * for large ones; and all events in the period by year and type. With a filter, only the set's
 * organisations are counted and only events naming one of them.
 * @example constitutionalChangeOf(doc, { from: "2002-04-01", to: "2010-03-31", metric: "homes" }).share
 */
export function constitutionalChangeOf(
  input: LandscapeInput,
  options: ConstitutionalChangeOptions,
): ConstitutionalChangeResult {
  const { from, to, metric, large = 10_000, filter = {} } = options;
  assertIsoDate(from, "from");
  assertIsoDate(to, "to");
  if (from > to) throw new RangeError(`from (${from}) must not be after to (${to})`);
  const types = new Set(CONSTITUTIONAL_EVENT_TYPES);
  const involved = new Set<string>();
  for (const e of input.events)
    if (e.date >= from && e.date <= to && types.has(e.type))
      for (const id of e.organisations) involved.add(id);
  const counts = {
    organisations: 0,
    unweighed: 0,
    changed: 0,
    largeOrganisations: 0,
    largeChanged: 0,
  };
  for (const o of existingOrganisationsOf(sectorInputOf(input, filter), from)) {
    const changed = involved.has(o.id) ? 1 : 0;
    const size = sizeOf(o, from, metric);
    const isLarge = (size ?? -1) >= large;
    counts.organisations++;
    if (size === null) counts.unweighed++;
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
    filter,
    ...counts,
    share: ratio(counts.changed, counts.organisations),
    shareLarge: ratio(counts.largeChanged, counts.largeOrganisations),
    byYear: eventsByYear(sectorEventsOf(input, filter), { from, to }),
    empty,
    note: empty ? `no organisation exists on ${from}` : null,
    assumptions: [
      sectorAssumptionOf(filter),
      `Organisations existing on ${from} are counted, whatever their figures; events by year count events naming one of the set.`,
      `${counts.unweighed} of ${counts.organisations} have no ${metric} recorded by ${from} and could not be weighed, so none of them counts as large (${metric} ≥ ${large}).`,
    ],
  };
}
