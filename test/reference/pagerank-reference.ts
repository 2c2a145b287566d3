// The power iteration of src/engine/graph/pagerank.ts as it was before it was made faster (commit
// 48944a2): kept to hold the faster engine to the same results bit for bit (pagerank.test.ts).
import type { CsrGraph } from "../../src/engine/graph/csr.ts";
import type { PageRankOptions, PageRankResult } from "../../src/engine/graph/pagerank.ts";

/** The edge and self-loop weights the iteration uses: the graph's, or all ones when unweighted. */
function weightsOf(
  graph: CsrGraph,
  weighted: boolean,
): { edges: Float64Array; loops: Float64Array } {
  if (weighted) return { edges: graph.weights, loops: graph.loops };
  return {
    edges: new Float64Array(graph.weights.length).fill(1),
    loops: graph.loops.map((w) => (w > 0 ? 1 : 0)),
  };
}

/** 1 / each row's sum of the scipy adjacency matrix (self-loop once), 0 for dangling nodes. */
function inverseRowSums(graph: CsrGraph, edges: Float64Array, loops: Float64Array): Float64Array {
  const out = new Float64Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) {
    let s = loops[v]!;
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) s += edges[e]!;
    out[v] = s > 0 ? 1 / s : 0;
  }
  return out;
}

interface Iteration {
  graph: CsrGraph;
  edges: Float64Array;
  loops: Float64Array;
  inverse: Float64Array;
  contrib: Float64Array;
  damping: number;
}

/** One power-iteration step x → next, pulling along edges; returns the L1 change. */
function step(it: Iteration, x: Float64Array, next: Float64Array): number {
  const { graph, edges, loops, inverse, contrib, damping } = it;
  const n = graph.nodeCount;
  let dangling = 0;
  for (let v = 0; v < n; v++) {
    contrib[v] = x[v]! * inverse[v]!;
    if (inverse[v] === 0) dangling += x[v]!;
  }
  const base = (damping * dangling) / n + (1 - damping) / n;
  const { offsets, targets } = graph;
  let change = 0;
  for (let v = 0; v < n; v++) {
    let sum = contrib[v]! * loops[v]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) sum += contrib[targets[e]!]! * edges[e]!;
    next[v] = damping * sum + base;
    change += Math.abs(next[v]! - x[v]!);
  }
  return change;
}

/**
 * PageRank by power iteration, as networkx 2.8's `pagerank` (scipy): uniform start and teleport,
 * dangling nodes' rank spread uniformly, stop when the L1 change < tolerance × n, at most 100 steps.
 * @example pageRankOf(buildCsrGraph(2, { sources: [0], targets: [1] })).ranks // [0.5, 0.5]
 */
export function referencePageRankOf(
  graph: CsrGraph,
  options: PageRankOptions = {},
): PageRankResult {
  const { damping = 0.85, tolerance = 1e-6, maxIterations = 100, weighted = true } = options;
  const n = graph.nodeCount;
  if (n === 0) return { ranks: new Float64Array(0), iterations: 0, converged: true };
  const { edges, loops } = weightsOf(graph, weighted);
  const inverse = inverseRowSums(graph, edges, loops);
  const it: Iteration = { graph, edges, loops, inverse, contrib: new Float64Array(n), damping };
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let i = 1; i <= maxIterations; i++) {
    const change = step(it, x, next);
    [x, next] = [next, x];
    if (change < n * tolerance) return { ranks: x, iterations: i, converged: true };
  }
  return { ranks: x, iterations: maxIterations, converged: false };
}
