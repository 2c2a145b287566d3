import type { CsrGraph } from "./csr.ts";

/**
 * Each node's degree: the number of distinct neighbours (self-loops not counted).
 * @example degreeOf(buildCsrGraph(3, { sources: [0, 0], targets: [1, 2] })) // Int32Array [2, 1, 1]
 */
export function degreeOf(graph: CsrGraph): Int32Array {
  const out = new Int32Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) out[v] = graph.offsets[v + 1]! - graph.offsets[v]!;
  return out;
}

/**
 * Each node's strength (weighted degree) as networkx's `G.degree(weight=…)` gives it: a self-loop
 * counts twice.
 * @example strengthOf(buildCsrGraph(2, { sources: [0], targets: [1], weights: [3] })) // [3, 3]
 */
export function strengthOf(graph: CsrGraph): Float64Array {
  const out = new Float64Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) {
    let s = 2 * graph.loops[v]!;
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) s += graph.weights[e]!;
    out[v] = s;
  }
  return out;
}
