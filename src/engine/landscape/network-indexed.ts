import type { NetworkNode, NetworkResult } from "../../shared/landscape-results.ts";
import { assertIsoDate, yearOf } from "./as-of.ts";
import { dayNumber, existsOn, type LandscapeIndex } from "./landscape-index.ts";
import {
  coMembershipEdges,
  isOrganisationShown,
  isPartnershipShown,
  type NetworkFilters,
} from "./network.ts";
import { sizeColumnOf } from "./size-columns.ts";

/** Positions of the organisations existing on d that pass the filters, and a flag per position. */
function shownOrganisations(index: LandscapeIndex, d: number, filters: NetworkFilters) {
  const orgs = index.input.organisations;
  const shown = new Uint8Array(orgs.length);
  const order: number[] = [];
  for (let i = 0; i < orgs.length; i++)
    if (existsOn(index, i, d) && isOrganisationShown(orgs[i]!, filters)) {
      shown[i] = 1;
      order.push(i);
    }
  return { shown, order };
}

/** Active partnerships passing the filters, each with its members shown and active on d. */
function activePartnerships(
  index: LandscapeIndex,
  d: number,
  filters: NetworkFilters,
  shown: Uint8Array,
) {
  const orgs = index.input.organisations;
  const out: { id: string; members: string[] }[] = [];
  index.input.partnerships.forEach((p, k) => {
    if (!(index.partnershipStart[k]! <= d && d < index.partnershipEnd[k]!)) return;
    if (!isPartnershipShown(p, filters)) return;
    const members: string[] = [];
    for (let j = index.memberStart[k]!; j < index.memberStart[k + 1]!; j++) {
      const i = index.memberOrganisation[j]!;
      if (i >= 0 && shown[i] === 1 && index.memberJoined[j]! <= d && d < index.memberLeft[j]!)
        members.push(orgs[i]!.id);
    }
    out.push({ id: p.id, members });
  });
  return out;
}

/**
 * `networkOf` answered from an index (equal results): organisations and partnerships tested by
 * their dates as numbers, sizes read from the size column, instead of a snapshot of everything.
 * @example networkIndexed(landscapeIndexOf(doc), "2011-06-30", {}).edges
 */
export function networkIndexed(
  index: LandscapeIndex,
  asOf: string,
  filters: NetworkFilters = {},
): NetworkResult {
  const metric = filters.metric ?? "homes";
  const d = dayNumber(assertIsoDate(asOf, "asOf"));
  const { shown, order } = shownOrganisations(index, d, filters);
  const edges = coMembershipEdges(activePartnerships(index, d, filters, shown));
  const linked = new Set<string>();
  for (const e of edges) linked.add(e.source).add(e.target);
  const sizes = sizeColumnOf(index, metric, yearOf(asOf)).sizes;
  const nodes: NetworkNode[] = [];
  for (const i of order) {
    const o = index.input.organisations[i]!;
    if (filters.includeIsolated === false && !linked.has(o.id)) continue;
    const size = sizes[i]!;
    nodes.push({
      key: o.id,
      label: o.name,
      sector: o.sector,
      nation: o.nation,
      kind: o.kind,
      size: Number.isNaN(size) ? null : size,
    });
  }
  return { asOf, metric, nodes, edges, empty: nodes.length === 0 };
}
