import type { CsrGraph } from "./csr.ts";

/**
 * Newman's modularity of a partition with a resolution γ, as networkx's `modularity`:
 * Q = Σ_c [ L_c / m − γ (D_c / 2m)² ], L_c the weight inside c, D_c its total degree, m the total
 * edge weight. 0 for a graph without edges.
 * @example modularityOf(twoTriangles, Int32Array.of(0, 0, 0, 1, 1, 1)) // 0.357… (two triangles and a bridge)
 */
export function modularityOf(
  graph: CsrGraph,
  communities: ArrayLike<number>,
  resolution = 1,
): number {
  const n = graph.nodeCount;
  let count = 0;
  for (let v = 0; v < n; v++) count = Math.max(count, communities[v]! + 1);
  const inside = new Float64Array(count);
  const degree = new Float64Array(count);
  let total = 0;
  for (let v = 0; v < n; v++) {
    const c = communities[v]!;
    inside[c]! += graph.loops[v]!;
    degree[c]! += 2 * graph.loops[v]!;
    total += graph.loops[v]!;
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
      const w = graph.weights[e]!;
      degree[c]! += w;
      total += w / 2;
      // Each undirected edge appears in two rows: count an internal one half in each.
      if (communities[graph.targets[e]!] === c) inside[c]! += w / 2;
    }
  }
  if (total === 0) return 0;
  let q = 0;
  for (let c = 0; c < count; c++)
    q += inside[c]! / total - resolution * (degree[c]! / (2 * total)) ** 2;
  return q;
}
