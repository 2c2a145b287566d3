import type { LifecycleEvent, Organisation, Partnership } from "../../shared/index.ts";
import {
  assertIsoDate,
  existingOrganisationsOf,
  isMembershipActive,
  isPartnershipActive,
  type LandscapeInput,
} from "./as-of.ts";

/** The landscape on one date: what exists, what is active, what has happened. */
export interface LandscapeSnapshot {
  asOf: string;
  /** Organisations existing on asOf, with or without yearly figures (`isOrganisationExisting`). */
  organisations: Organisation[];
  /** Partnerships active on asOf, each keeping only memberships active on asOf of existing organisations. */
  partnerships: Partnership[];
  /** Events dated on or before asOf, by date. */
  events: LifecycleEvent[];
}

/**
 * Builds the snapshot of the landscape as of a date (time travel): the input every view filters.
 * A membership of an organisation dissolved by then is dropped even without a `left` date, since
 * a dissolved body can no longer take part.
 * @example landscapeAsOf(doc, "2004-04-01").partnerships.length // partnerships active that day
 */
export function landscapeAsOf(input: LandscapeInput, asOf: string): LandscapeSnapshot {
  assertIsoDate(asOf, "asOf");
  const organisations = existingOrganisationsOf(input, asOf);
  const existing = new Set(organisations.map((o) => o.id));
  const partnerships = input.partnerships
    .filter((p) => isPartnershipActive(p, asOf))
    .map((p) => ({
      ...p,
      members: p.members.filter((m) => existing.has(m.organisation) && isMembershipActive(m, asOf)),
    }));
  const events = input.events
    .filter((e) => e.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { asOf, organisations, partnerships, events };
}
