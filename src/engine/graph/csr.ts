/**
 * An undirected weighted graph in compressed sparse row form: node v's neighbours are
 * `targets[offsets[v] .. offsets[v + 1])`, each undirected edge stored in both rows, duplicate
 * edges merged by summing weights. Self-loops sit apart in `loops` (as networkx counts
 * them: once in the edge total, twice in the degree).
 */
export interface CsrGraph {
  readonly nodeCount: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly loops: Float64Array;
}

/** Undirected edges as parallel arrays of endpoints (node indexes) and optional weights (default 1). */
export interface EdgeList {
  readonly sources: ArrayLike<number>;
  readonly targets: ArrayLike<number>;
  readonly weights?: ArrayLike<number>;
}

/** Scatters each non-loop edge into both endpoints' rows (rows in input order); loops set apart. */
function scatter(nodeCount: number, edges: EdgeList, loops: Float64Array) {
  const { sources: from, targets: to, weights: w } = edges;
  const m = from.length;
  const offsets = new Int32Array(nodeCount + 1);
  for (let i = 0; i < m; i++) {
    const u = from[i]!;
    const v = to[i]!;
    if (!(u >= 0 && v >= 0 && u < nodeCount && v < nodeCount))
      throw new RangeError(`edge ${i} (${u}–${v}) names a node outside 0..${nodeCount - 1}`);
    if (u !== v) {
      offsets[u + 1]!++;
      offsets[v + 1]!++;
    }
  }
  for (let v = 0; v < nodeCount; v++) offsets[v + 1]! += offsets[v]!;
  const next = offsets.slice(0, nodeCount);
  const targets = new Int32Array(offsets[nodeCount]!);
  const weights = new Float64Array(offsets[nodeCount]!);
  for (let i = 0; i < m; i++) {
    const u = from[i]!;
    const v = to[i]!;
    const weight = w ? w[i]! : 1;
    if (u === v) loops[u]! += weight;
    else {
      targets[next[u]!] = v;
      weights[next[u]!++] = weight;
      targets[next[v]!] = u;
      weights[next[v]!++] = weight;
    }
  }
  return { offsets, targets, weights };
}

/**
 * Builds a CSR graph from an edge list in O(n + m): one counting pass, one scatter, then repeated
 * (u, v) pairs merged in place with a last-seen marker per target. Rows keep first-seen order.
 * @example buildCsrGraph(3, { sources: [0, 1], targets: [1, 2] }).offsets // Int32Array [0, 1, 3, 4]
 */
export function buildCsrGraph(nodeCount: number, edges: EdgeList): CsrGraph {
  const loops = new Float64Array(nodeCount);
  const { offsets, targets, weights } = scatter(nodeCount, edges, loops);
  const seenAt = new Int32Array(nodeCount).fill(-1);
  let k = 0;
  let start = 0;
  for (let v = 0; v < nodeCount; v++) {
    const rowStart = k;
    const end = offsets[v + 1]!;
    for (let e = start; e < end; e++) {
      const t = targets[e]!;
      const at = seenAt[t]!;
      if (at >= rowStart) weights[at]! += weights[e]!;
      else {
        seenAt[t] = k;
        targets[k] = t;
        weights[k++] = weights[e]!;
      }
    }
    start = end;
    offsets[v + 1] = k;
  }
  // Without repeated pairs the arrays are already exact: no copy.
  if (k === targets.length) return { nodeCount, offsets, targets, weights, loops };
  return { nodeCount, offsets, targets: targets.slice(0, k), weights: weights.slice(0, k), loops };
}

/**
 * The number of undirected edges (self-loops included once).
 * @example edgeCountOf(buildCsrGraph(2, { sources: [0], targets: [1] })) // 1
 */
export function edgeCountOf(graph: CsrGraph): number {
  let loops = 0;
  for (let v = 0; v < graph.nodeCount; v++) if (graph.loops[v]! > 0) loops++;
  return graph.targets.length / 2 + loops;
}
