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
  const c = index.organisations;
  const shown = new Uint8Array(c.id.length);
  const order: number[] = [];
  for (let i = 0; i < c.id.length; i++)
    if (
      existsOn(index, i, d) &&
      isOrganisationShown({ sector: c.sector[i]!, nation: c.nation[i]!, kind: c.kind[i]! }, filters)
    ) {
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
  const ids = index.organisations.id;
  const out: { id: string; members: string[] }[] = [];
  index.partnerships.forEach((p, k) => {
    if (!(index.partnershipStart[k]! <= d && d < index.partnershipEnd[k]!)) return;
    if (!isPartnershipShown(p, filters)) return;
    const members: string[] = [];
    for (let j = index.memberStart[k]!; j < index.memberStart[k + 1]!; j++) {
      const i = index.memberOrganisation[j]!;
      if (i >= 0 && shown[i] === 1 && index.memberJoined[j]! <= d && d < index.memberLeft[j]!)
        members.push(ids[i]!);
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
    const c = index.organisations;
    if (filters.includeIsolated === false && !linked.has(c.id[i]!)) continue;
    const size = sizes[i]!;
    nodes.push({
      key: c.id[i]!,
      label: c.name[i]!,
      sector: c.sector[i]!,
      nation: c.nation[i]!,
      kind: c.kind[i]!,
      size: Number.isNaN(size) ? null : size,
    });
  }
  return { asOf, metric, nodes, edges, empty: nodes.length === 0 };
}
