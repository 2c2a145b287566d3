import {
  type LandscapeInput,
  type PortfolioResult,
  portfolioOf,
} from "../../src/engine/landscape/index.ts";
import type { LifecycleEvent, Partnership } from "../../src/shared/index.ts";

/**
 * The API's portfolio as it was computed before the date index (src/services/landscape.ts until
 * 2026-12-06): string-keyed maps of each organisation's partnerships and events, built once per
 * revision, and the engine run on what bears on the organisation. Kept as the reference the
 * indexed narrowing (`portfolioInputOf`) is held equal to.
 */
export function referencePortfolioIndexOf(input: LandscapeInput) {
  const partnerships = new Map<string, Partnership[]>();
  const eventsByPartnership = new Map<string, LifecycleEvent[]>();
  const eventsByOrganisation = new Map<string, LifecycleEvent[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const p of input.partnerships)
    for (const id of new Set([...p.members.map((m) => m.organisation), p.commissioner ?? ""]))
      if (id !== "") push(partnerships, id, p);
  for (const e of input.events) {
    if (e.partnership) push(eventsByPartnership, e.partnership, e);
    for (const id of new Set(e.organisations)) push(eventsByOrganisation, id, e);
  }
  const organisations = new Map(input.organisations.map((o) => [o.id, o]));
  return { partnerships, eventsByPartnership, eventsByOrganisation, organisations };
}

/** The reference portfolio of one organisation on a date. */
export function referencePortfolio(
  index: ReturnType<typeof referencePortfolioIndexOf>,
  organisation: string,
  asOf: string,
): PortfolioResult {
  const partnerships = index.partnerships.get(organisation) ?? [];
  const events = new Set(index.eventsByOrganisation.get(organisation) ?? []);
  for (const p of partnerships)
    for (const e of index.eventsByPartnership.get(p.id) ?? []) events.add(e);
  const own = index.organisations.get(organisation);
  const input = { organisations: own ? [own] : [], partnerships, events: [...events] };
  return portfolioOf(input, organisation, asOf);
}
