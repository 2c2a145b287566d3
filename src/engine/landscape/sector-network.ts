import type { SectorNetworkResult } from "../../shared/landscape-results.ts";
import { betweennessOf, buildCsrGraph, degreeOf, louvainOf, pageRankOf } from "../graph/index.ts";
import type { LandscapeInput } from "./as-of.ts";
import { brokersOf } from "./brokers.ts";
import { landscapeAsOf } from "./landscape-as-of.ts";
import { type NetworkFilters, networkOf } from "./network.ts";

export type { OrganisationMeasures, SectorNetworkResult } from "../../shared/landscape-results.ts";

/** Settings for the network measures. */
export interface SectorNetworkOptions {
  filters?: NetworkFilters;
  /** Seed for Louvain's node order and betweenness pivots (default 1). */
  seed?: number;
  /** Exact betweenness up to this many nodes, sampled above (default 5,000). */
  exactUpTo?: number;
  /** Pivots for sampled betweenness (default 500). */
  pivots?: number;
}

/**
 * Network measures on a date: degree, PageRank (weighted by shared partnerships), betweenness
 * (exact Brandes for small networks, seeded pivots for large), Louvain communities and brokers.
 * @example sectorNetworkOf(doc, "2012-06-30").organisations.filter((o) => o.broker)
 */
export function sectorNetworkOf(
  input: LandscapeInput,
  asOf: string,
  options: SectorNetworkOptions = {},
): SectorNetworkResult {
  const { seed = 1, exactUpTo = 5_000, pivots = 500 } = options;
  const network = networkOf(input, asOf, options.filters);
  const index = new Map(network.nodes.map((n, i) => [n.key, i]));
  const graph = buildCsrGraph(network.nodes.length, {
    sources: network.edges.map((e) => index.get(e.source)!),
    targets: network.edges.map((e) => index.get(e.target)!),
    weights: network.edges.map((e) => e.weight),
  });
  const sampled = graph.nodeCount > exactUpTo;
  const degree = degreeOf(graph);
  const pagerank = pageRankOf(graph).ranks;
  const betweenness = betweennessOf(graph, sampled ? { pivots, seed } : {});
  const louvain = louvainOf(graph, { seed });
  const brokers = brokersOf(landscapeAsOf(input, asOf).partnerships);
  const organisations = network.nodes.map((n, i) => ({
    id: n.key,
    name: n.label,
    degree: degree[i]!,
    pagerank: pagerank[i]!,
    betweenness: betweenness[i]!,
    community: louvain.communities[i]!,
    broker: brokers.has(n.key),
    primes: brokers.get(n.key) ?? [],
  }));
  return {
    asOf,
    organisations,
    edges: network.edges.length,
    communities: louvain.count,
    modularity: louvain.modularity,
    betweenness: { method: sampled ? "sampled" : "exact", pivots: sampled ? pivots : null, seed },
    empty: organisations.length === 0,
    note: organisations.length === 0 ? `no organisation exists on ${asOf}` : null,
  };
}
