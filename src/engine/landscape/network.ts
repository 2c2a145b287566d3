import type {
  Form,
  Nation,
  Organisation,
  OrganisationKind,
  Origin,
  Partnership,
  PartnershipFunction,
  Sector,
} from "../../shared/index.ts";
import type { NetworkEdge, NetworkResult } from "../../shared/landscape-results.ts";
import type { LandscapeInput, SizeMetric } from "./as-of.ts";
import { sizeOf } from "./as-of.ts";
import { landscapeAsOf } from "./landscape-as-of.ts";

export type { NetworkEdge, NetworkNode, NetworkResult } from "../../shared/landscape-results.ts";

/** Which partnerships make edges (form, function, origin) and which organisations are nodes. */
export interface NetworkFilters {
  forms?: readonly Form[];
  functions?: readonly PartnershipFunction[];
  origins?: readonly Origin[];
  sectors?: readonly Sector[];
  nations?: readonly Nation[];
  kinds?: readonly OrganisationKind[];
  /** Node size metric (default homes). */
  metric?: SizeMetric;
  /** Keep organisations with no edge (default true: every existing organisation is a node). */
  includeIsolated?: boolean;
}

const allows = <T>(list: readonly T[] | undefined, value: T) =>
  list === undefined || list.length === 0 || list.includes(value);

/** Pairs of distinct organisations sharing each partnership, accumulated into edges. */
export function coMembershipEdges(
  partnerships: { id: string; members: string[] }[],
): NetworkEdge[] {
  const edges = new Map<string, NetworkEdge>();
  for (const p of partnerships) {
    const members = [...new Set(p.members)].sort();
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const key = `${members[i]}|${members[j]}`;
        let edge = edges.get(key);
        if (!edge) {
          edge = { key, source: members[i]!, target: members[j]!, weight: 0, partnerships: [] };
          edges.set(key, edge);
        }
        edge.weight++;
        edge.partnerships.push(p.id);
      }
  }
  return [...edges.values()];
}

/** Whether an organisation passes the network's sector, nation and kind filters. */
export function isOrganisationShown(
  o: Pick<Organisation, "sector" | "nation" | "kind">,
  filters: NetworkFilters,
): boolean {
  return (
    allows(filters.sectors, o.sector) &&
    allows(filters.nations, o.nation) &&
    allows(filters.kinds, o.kind)
  );
}

/** Whether a partnership passes the network's form, origin and function filters. */
export function isPartnershipShown(
  p: Pick<Partnership, "form" | "origin" | "functions">,
  filters: NetworkFilters,
): boolean {
  return (
    allows(filters.forms, p.form) &&
    allows(filters.origins, p.origin) &&
    (filters.functions === undefined ||
      filters.functions.length === 0 ||
      p.functions.some((f) => filters.functions!.includes(f)))
  );
}

/**
 * The network on a date: organisations as nodes (sector, nation, size), co-membership of active
 * partnerships as edges weighted by the number of partnerships shared, filtered by form,
 * function, origin (partnerships) and sector, nation, kind (organisations).
 * @example networkOf(doc, "2011-06-30", { forms: ["prime_contractor_supply_chain"] }).edges
 */
export function networkOf(
  input: LandscapeInput,
  asOf: string,
  filters: NetworkFilters = {},
): NetworkResult {
  const metric = filters.metric ?? "homes";
  const snapshot = landscapeAsOf(input, asOf);
  const orgs = snapshot.organisations.filter((o) => isOrganisationShown(o, filters));
  const ids = new Set(orgs.map((o) => o.id));
  const partnerships = snapshot.partnerships
    .filter((p) => isPartnershipShown(p, filters))
    .map((p) => ({
      id: p.id,
      members: p.members.map((m) => m.organisation).filter((id) => ids.has(id)),
    }));
  const edges = coMembershipEdges(partnerships);
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = orgs
    .filter((o) => filters.includeIsolated !== false || linked.has(o.id))
    .map((o) => ({
      key: o.id,
      label: o.name,
      sector: o.sector,
      nation: o.nation,
      kind: o.kind,
      size: sizeOf(o, asOf, metric),
    }));
  return { asOf, metric, nodes, edges, empty: nodes.length === 0 };
}
