import { UndirectedGraph } from "graphology";
import type { NetworkResult, Sector } from "../../../src/shared/index.ts";

/** Node colour per sector (colour-blind-safe Okabe–Ito hues), used by the map, legend and SVG. */
export const SECTOR_COLOURS: Record<Sector, string> = {
  public: "#0072b2",
  private: "#d55e00",
  third: "#009e73",
  unknown: "#7a7a7a",
};

/** The colour of links between organisations. */
export const EDGE_COLOUR = "#aab4be";

/** Node attributes on the map's graph. */
export interface MapNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  sector: Sector;
  measure: number | null;
}

/** Edge attributes on the map's graph (`weight` = partnerships shared). */
export interface MapEdge {
  size: number;
  color: string;
  weight: number;
}

/** The graph sigma draws. */
export type MapGraph = UndirectedGraph<MapNode, MapEdge>;

/** Positions kept between fetches so the map moves smoothly from one year to the next. */
export type PositionMemory = Map<string, { x: number; y: number }>;

function startPosition(key: string, i: number, n: number, memory: PositionMemory) {
  const kept = memory.get(key);
  if (kept) return kept;
  // A spiral for newcomers: spread out, deterministic, never two at one point.
  const angle = i * 2.399963;
  const radius = 10 * Math.sqrt((i + 1) / Math.max(n, 1)) + 1;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Builds the graphology graph of one network answer: nodes coloured by sector and sized by the
 * chosen metric (square root, so area tracks size), edges sized by partnerships shared.
 */
export function buildMapGraph(network: NetworkResult, memory: PositionMemory): MapGraph {
  const graph: MapGraph = new UndirectedGraph<MapNode, MapEdge>();
  const largest = Math.max(1, ...network.nodes.map((n) => n.size ?? 0));
  const count = network.nodes.length;
  const small = count > 2_000 ? 1.5 : 3;
  network.nodes.forEach((node, i) => {
    const ratio = node.size === null ? 0 : Math.sqrt(node.size / largest);
    graph.addNode(node.key, {
      ...startPosition(node.key, i, count, memory),
      size: small + (count > 2_000 ? 8 : 14) * ratio,
      color: SECTOR_COLOURS[node.sector],
      label: node.label,
      sector: node.sector,
      measure: node.size,
    });
  });
  for (const edge of network.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, {
      size: Math.min(6, 0.6 + 0.8 * (edge.weight - 1) + 0.4),
      color: EDGE_COLOUR,
      weight: edge.weight,
    });
  }
  return graph;
}

/** Remembers the graph's current positions for the next fetch. */
export function rememberPositions(graph: MapGraph, memory: PositionMemory): void {
  graph.forEachNode((key, attrs) => {
    memory.set(key, { x: attrs.x, y: attrs.y });
  });
}

/** Whether this browser can give sigma the WebGL2 context it draws with. */
export function isWebGlAvailable(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return canvas.getContext("webgl2") !== null;
  } catch {
    return false;
  }
}
