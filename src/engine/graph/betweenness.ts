import type { CsrGraph } from "./csr.ts";
import { seededRandom, shuffleInPlace } from "./seeded-random.ts";

/** Betweenness settings. */
export interface BetweennessOptions {
  /** Sample this many source nodes (networkx `k`); omit, or ≥ n, for the exact value. */
  pivots?: number;
  /** Seed for choosing the pivots. */
  seed?: number;
  /** Divide by (n − 1)(n − 2) as networkx `normalized=True` does (default true). */
  normalized?: boolean;
}

/** Work arrays for one breadth-first search, reused across sources. */
interface Scratch {
  distance: Int32Array;
  paths: Float64Array;
  dependency: Float64Array;
  order: Int32Array;
}

/** Adds one source's dependencies to `scores` (Brandes 2001, unweighted: BFS then back-propagation). */
function accumulate(graph: CsrGraph, source: number, s: Scratch, scores: Float64Array): void {
  const { offsets, targets } = graph;
  const { distance, paths, dependency, order } = s;
  let head = 0;
  let tail = 0;
  order[tail++] = source;
  distance[source] = 0;
  paths[source] = 1;
  while (head < tail) {
    const v = order[head++]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      if (distance[w] === -1) {
        distance[w] = distance[v]! + 1;
        order[tail++] = w;
      }
      if (distance[w] === distance[v]! + 1) paths[w]! += paths[v]!;
    }
  }
  // Reverse BFS order; predecessors are the neighbours one step nearer the source.
  for (let i = tail - 1; i >= 0; i--) {
    const w = order[i]!;
    const factor = (1 + dependency[w]!) / paths[w]!;
    for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
      const v = targets[e]!;
      if (distance[v] === distance[w]! - 1) dependency[v]! += paths[v]! * factor;
    }
    if (w !== source) scores[w]! += dependency[w]!;
  }
  for (let i = 0; i < tail; i++) {
    const v = order[i]!;
    distance[v] = -1;
    paths[v] = 0;
    dependency[v] = 0;
  }
}

/** networkx's `_rescale`: 1/((n−1)(n−2)) when normalised, ½ otherwise (undirected), × n/k when sampled. */
function scaleOf(n: number, normalized: boolean, sampled: number | null): number {
  let scale = normalized ? (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2))) : 0.5;
  if (sampled !== null && (!normalized || n > 2)) scale *= n / sampled;
  return scale;
}

/**
 * Shortest-path betweenness centrality (unweighted: edges are ties, not distances), exact by
 * Brandes' algorithm or estimated from `pivots` seeded sample sources, scaled as networkx 2.8.
 * @example betweennessOf(buildCsrGraph(3, { sources: [0, 1], targets: [1, 2] })) // [0, 1, 0]
 */
export function betweennessOf(graph: CsrGraph, options: BetweennessOptions = {}): Float64Array {
  const n = graph.nodeCount;
  const { normalized = true, seed = 0 } = options;
  const sampled = options.pivots !== undefined && options.pivots < n ? options.pivots : null;
  const scores = new Float64Array(n);
  const scratch: Scratch = {
    distance: new Int32Array(n).fill(-1),
    paths: new Float64Array(n),
    dependency: new Float64Array(n),
    order: new Int32Array(n),
  };
  const sources = new Int32Array(n);
  for (let v = 0; v < n; v++) sources[v] = v;
  if (sampled !== null) shuffleInPlace(sources, seededRandom(seed));
  const count = sampled ?? n;
  for (let i = 0; i < count; i++) accumulate(graph, sources[i]!, scratch, scores);
  const scale = scaleOf(n, normalized, sampled);
  for (let v = 0; v < n; v++) scores[v]! *= scale;
  return scores;
}
