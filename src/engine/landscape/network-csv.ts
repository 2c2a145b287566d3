import { csvTextOf } from "../../shared/csv-text.ts";
import type { NetworkEdge, NetworkNode } from "./network.ts";

/**
 * nodes.csv for the network map: id, label, sector, nation, kind, size.
 * @example nodesCsv(network.nodes).split("\r\n")[0] // "id,label,sector,nation,kind,size"
 */
export function nodesCsv(nodes: readonly NetworkNode[]): string {
  return csvTextOf(
    ["id", "label", "sector", "nation", "kind", "size"],
    nodes.map((n) => [n.key, n.label, n.sector, n.nation, n.kind, n.size]),
  );
}

/**
 * edges.csv for the network map: source, target, weight and the shared partnerships (';'-joined).
 * @example edgesCsv(network.edges).split("\r\n")[0] // "source,target,weight,partnerships"
 */
export function edgesCsv(edges: readonly NetworkEdge[]): string {
  return csvTextOf(
    ["source", "target", "weight", "partnerships"],
    edges.map((e) => [e.source, e.target, e.weight, e.partnerships.join(";")]),
  );
}
