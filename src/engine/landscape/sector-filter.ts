import type { LifecycleEvent, Organisation, OrganisationKind } from "../../shared/index.ts";
import { KIND_LABELS, NATION_LABELS } from "../../shared/labels.ts";
import type { SectorFilter } from "../../shared/landscape-results.ts";
import type { LandscapeInput } from "./as-of.ts";

export type { SectorFilter } from "../../shared/landscape-results.ts";

/**
 * Whether an organisation is in the set a sector measure covers: its nation and kind match the
 * filter's (an organisation of unknown nation is outside any nation).
 * @example isInSector({ nation: "england", kind: "charity" }, { kind: "housing_association" }) // false
 */
export function isInSector(
  o: Pick<Organisation, "nation" | "kind">,
  filter: SectorFilter = {},
): boolean {
  return (
    (filter.nation === undefined || o.nation === filter.nation) &&
    (filter.kind === undefined || o.kind === filter.kind)
  );
}

/**
 * The input narrowed to the organisations in the set; partnerships and events are kept whole,
 * since memberships and events date the organisations and groups may have parents outside it.
 * @example sectorInputOf(doc, { nation: "england" }).organisations.every((o) => o.nation === "england")
 */
export function sectorInputOf(input: LandscapeInput, filter: SectorFilter = {}): LandscapeInput {
  if (filter.nation === undefined && filter.kind === undefined) return input;
  return { ...input, organisations: input.organisations.filter((o) => isInSector(o, filter)) };
}

/**
 * The events naming at least one organisation of the set (all events when there is no filter).
 * @example sectorEventsOf(doc, { kind: "housing_association" }) // mergers of associations only
 */
export function sectorEventsOf(
  input: LandscapeInput,
  filter: SectorFilter = {},
): readonly LifecycleEvent[] {
  if (filter.nation === undefined && filter.kind === undefined) return input.events;
  const ids = new Set(sectorInputOf(input, filter).organisations.map((o) => o.id));
  return input.events.filter((e) => e.organisations.some((id) => ids.has(id)));
}

/** Kinds whose plural is not the lower-cased label plus s (or y → ies). */
const PLURALS: Partial<Record<OrganisationKind, string>> = {
  nhs_body: "NHS bodies",
  umbrella_body: "umbrella bodies",
  central_government: "central government bodies",
  mutual: "mutuals and co-operatives",
  other: "other organisations",
};

function pluralOf(kind: OrganisationKind): string {
  const label = KIND_LABELS[kind].toLowerCase();
  return PLURALS[kind] ?? (label.endsWith("y") ? `${label.slice(0, -1)}ies` : `${label}s`);
}

/**
 * The set in words, for results to state: "housing associations in England", "all organisations".
 * @example sectorSetOf({ nation: "england", kind: "housing_association" }) // "housing associations in England"
 */
export function sectorSetOf(filter: SectorFilter = {}): string {
  const kind = filter.kind === undefined ? "organisations" : pluralOf(filter.kind);
  if (filter.nation === undefined)
    return filter.kind === undefined
      ? "all organisations, every nation and kind"
      : `${kind}, every nation`;
  return `${kind} in ${NATION_LABELS[filter.nation]}`;
}

/**
 * The assumption line naming the filter, first in each sector result's assumptions.
 * @example sectorAssumptionOf({ nation: "england" }) // "Covers organisations in England (nation = england)…"
 */
export function sectorAssumptionOf(filter: SectorFilter = {}): string {
  const named = [
    filter.nation === undefined ? null : `nation = ${filter.nation}`,
    filter.kind === undefined ? null : `kind = ${filter.kind}`,
  ].filter((x) => x !== null);
  const how = named.length === 0 ? "no nation or kind filter" : named.join(", ");
  return `Covers ${sectorSetOf(filter)} (${how}).`;
}
