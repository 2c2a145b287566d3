import type { CsrGraph } from "./csr.ts";
import { type RowKernel, rowKernel } from "./row-sums-wasm.ts";

/** PageRank settings; the defaults are networkx's. */
export interface PageRankOptions {
  /** Probability of following an edge (networkx `alpha`), 0.85. */
  damping?: number;
  /** Per-node tolerance: stop when the L1 change is below tolerance × n (networkx `tol`), 1e-6. */
  tolerance?: number;
  /** networkx `max_iter`, 100. */
  maxIterations?: number;
  /** Use edge weights (networkx `weight="weight"`), true. */
  weighted?: boolean;
}

/** PageRank values (summing to 1) and how the power iteration ended. */
export interface PageRankResult {
  ranks: Float64Array;
  iterations: number;
  converged: boolean;
}

/** The self-loop weights: the graph's, or 1 for each loop when unweighted; null when there are none. */
function loopsOf(graph: CsrGraph, weighted: boolean): Float64Array | null {
  let any = false;
  for (let v = 0; v < graph.nodeCount && !any; v++) any = graph.loops[v] !== 0;
  if (!any) return null;
  return weighted ? graph.loops : graph.loops.map((w) => (w > 0 ? 1 : 0));
}

/** 1 / each row's sum of the scipy adjacency matrix (self-loop once), 0 for dangling nodes. */
function inverseRowSums(
  graph: CsrGraph,
  edges: Float64Array | null,
  loops: Float64Array | null,
): Float64Array {
  const { offsets, nodeCount } = graph;
  const out = new Float64Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) {
    let s = loops ? loops[v]! : 0;
    const end = offsets[v + 1]!;
    if (edges) for (let e = offsets[v]!; e < end; e++) s += edges[e]!;
    else for (let e = offsets[v]!; e < end; e++) s += 1;
    out[v] = s > 0 ? 1 / s : 0;
  }
  return out;
}

/** What a step needs: the graph's arrays, and this step's contributions x · inverse and dangling mass. */
interface Iteration {
  offsets: Int32Array;
  targets: Int32Array;
  edges: Float64Array | null;
  loops: Float64Array | null;
  inverse: Float64Array;
  damping: number;
  /** Rank over out-weight of each node for the step under way, and for the next one. */
  contrib: Float64Array;
  nextContrib: Float64Array;
  /** Rank held by dangling nodes (summed in node order), for this step and the next. */
  dangling: number;
}

/** sum + Σ contrib[target] × weight over a row's edges, added in row order (unrolled by four). */
function weightedRow(it: Iteration, start: number, end: number, sum: number): number {
  const { targets, contrib } = it;
  const edges = it.edges!;
  let e = start;
  for (; e + 3 < end; e += 4) {
    sum += contrib[targets[e]!]! * edges[e]!;
    sum += contrib[targets[e + 1]!]! * edges[e + 1]!;
    sum += contrib[targets[e + 2]!]! * edges[e + 2]!;
    sum += contrib[targets[e + 3]!]! * edges[e + 3]!;
  }
  for (; e < end; e++) sum += contrib[targets[e]!]! * edges[e]!;
  return sum;
}

/** The same when every weight is 1. */
function plainRow(it: Iteration, start: number, end: number, sum: number): number {
  const { targets, contrib } = it;
  let e = start;
  for (; e + 3 < end; e += 4) {
    sum += contrib[targets[e]!]!;
    sum += contrib[targets[e + 1]!]!;
    sum += contrib[targets[e + 2]!]!;
    sum += contrib[targets[e + 3]!]!;
  }
  for (; e < end; e++) sum += contrib[targets[e]!]!;
  return sum;
}

/**
 * One power-iteration step x → next, pulling along edges; returns the L1 change. The next step's
 * contributions and dangling mass are computed in the same pass (same terms, same order as a
 * separate pass over `next`), so each step reads the graph once.
 */
function step(it: Iteration, x: Float64Array, next: Float64Array): number {
  const { offsets, edges, loops, inverse, contrib, nextContrib, damping } = it;
  const n = inverse.length;
  const base = (damping * it.dangling) / n + (1 - damping) / n;
  let change = 0;
  let dangling = 0;
  let start = offsets[0]!;
  for (let v = 0; v < n; v++) {
    const end = offsets[v + 1]!;
    let sum = loops ? contrib[v]! * loops[v]! : 0;
    sum = edges ? weightedRow(it, start, end, sum) : plainRow(it, start, end, sum);
    start = end;
    const value = damping * sum + base;
    next[v] = value;
    change += Math.abs(value - x[v]!);
    const q = inverse[v]!;
    nextContrib[v] = value * q;
    if (q === 0) dangling += value;
  }
  it.contrib = nextContrib;
  it.nextContrib = contrib;
  it.dangling = dangling;
  return change;
}

/**
 * The same step in the WebAssembly kernel: the caller's loop-term pass, the rows' sums, then the
 * update of ranks, contributions and dangling rank (row-sums-wasm.ts).
 */
function kernelStep(it: Iteration, k: RowKernel, x: Float64Array, next: Float64Array): number {
  const { loops, damping } = it;
  const { contrib, sums } = k;
  const n = sums.length;
  const base = (damping * it.dangling) / n + (1 - damping) / n;
  if (loops) for (let v = 0; v < n; v++) sums[v] = contrib[v]! * loops[v]!;
  else sums.fill(0);
  k.run();
  const change = k.update(x, next, damping, base);
  it.dangling = k.dangling[0]!;
  return change;
}

/** The first step's contributions and dangling mass from the uniform start. */
function startOf(inverse: Float64Array, x: Float64Array, contrib: Float64Array): number {
  let dangling = 0;
  for (let v = 0; v < x.length; v++) {
    contrib[v] = x[v]! * inverse[v]!;
    if (inverse[v] === 0) dangling += x[v]!;
  }
  return dangling;
}

/**
 * PageRank by power iteration, as networkx 2.8's `pagerank` (scipy): uniform start and teleport,
 * dangling nodes' rank spread uniformly, stop when the L1 change < tolerance × n, at most 100 steps.
 * @example pageRankOf(buildCsrGraph(2, { sources: [0], targets: [1] })).ranks // [0.5, 0.5]
 */
export function pageRankOf(graph: CsrGraph, options: PageRankOptions = {}): PageRankResult {
  const { damping = 0.85, tolerance = 1e-6, maxIterations = 100, weighted = true } = options;
  const n = graph.nodeCount;
  if (n === 0) return { ranks: new Float64Array(0), iterations: 0, converged: true };
  // Unweighted: every edge weighs 1, and x · 1 is x, so the edges' weights are not read at all.
  const edges = weighted ? graph.weights : null;
  const loops = loopsOf(graph, weighted);
  const inverse = inverseRowSums(graph, edges, loops);
  // Weighted steps run in WebAssembly when it is there (same operations, about twice as fast).
  const kernel = edges ? rowKernel(graph.offsets, graph.targets, edges) : null;
  if (kernel) kernel.inverse.set(inverse);
  let x = (kernel ? kernel.x : new Float64Array(n)).fill(1 / n);
  let next = kernel ? kernel.next : new Float64Array(n);
  const contrib = kernel ? kernel.contrib : new Float64Array(n);
  const it: Iteration = {
    offsets: graph.offsets,
    targets: graph.targets,
    edges,
    loops,
    inverse,
    damping,
    contrib,
    nextContrib: new Float64Array(n),
    dangling: startOf(inverse, x, contrib),
  };
  for (let i = 1; i <= maxIterations; i++) {
    const change = kernel ? kernelStep(it, kernel, x, next) : step(it, x, next);
    [x, next] = [next, x];
    // The kernel's vectors live in its reused memory: the ranks are copied out.
    if (change < n * tolerance)
      return { ranks: kernel ? x.slice() : x, iterations: i, converged: true };
  }
  return { ranks: kernel ? x.slice() : x, iterations: maxIterations, converged: false };
}
