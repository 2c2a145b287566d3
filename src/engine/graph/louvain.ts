import { buildCsrGraph, type CsrGraph } from "./csr.ts";
import { strengthOf } from "./degree.ts";
import { modularityOf } from "./modularity.ts";
import { type SeededRandom, seededRandom, shuffleInPlace } from "./seeded-random.ts";

/** Louvain settings; the defaults are networkx's `louvain_communities`. */
export interface LouvainOptions {
  seed?: number;
  /** γ: below 1 favours larger communities, above 1 smaller (default 1). */
  resolution?: number;
  /** Stop when a level gains no more modularity than this (default 1e-7). */
  threshold?: number;
}

/** Each node's community (0-based, numbered by first member), the count and the modularity. */
export interface LouvainResult {
  communities: Int32Array;
  count: number;
  modularity: number;
  levels: number;
}

/** Working state of one level: community of each node, community degree totals, neighbour tally. */
interface LevelState {
  node2com: Int32Array;
  stot: Float64Array;
  degree: Float64Array;
  /** Weight from the current node to each community; touched slots listed to reset them cheaply. */
  weight: Float64Array;
  touched: Int32Array;
}

/**
 * Moves node u to the neighbouring community of best modularity gain (networkx `_one_level`'s
 * inner step, same formula and strict '>' tie rule, neighbours in row order).
 */
function moveNode(
  graph: CsrGraph,
  u: number,
  s: LevelState,
  m: number,
  resolution: number,
): boolean {
  const { offsets, targets, weights } = graph;
  const { node2com, stot, weight, touched } = s;
  let size = 0;
  for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
    const c = node2com[targets[e]!]!;
    if (weight[c] === 0) touched[size++] = c;
    weight[c]! += weights[e]!;
  }
  const own = node2com[u]!;
  const d = s.degree[u]!;
  stot[own]! -= d;
  const inverseM = 1 / m;
  const scale = (resolution * d) / (2 * m * m);
  const removeCost = -weight[own]! * inverseM + stot[own]! * scale;
  let best = own;
  let bestGain = 0;
  for (let i = 0; i < size; i++) {
    const c = touched[i]!;
    const gain = removeCost + weight[c]! * inverseM - stot[c]! * scale;
    if (gain > bestGain) {
      bestGain = gain;
      best = c;
    }
  }
  for (let i = 0; i < size; i++) weight[touched[i]!] = 0;
  stot[best]! += d;
  node2com[u] = best;
  return best !== own;
}

/** One Louvain level: local moves in seeded random order until none improves; communities renumbered. */
function oneLevel(graph: CsrGraph, m: number, resolution: number, rng: SeededRandom) {
  const n = graph.nodeCount;
  const node2com = new Int32Array(n);
  for (let v = 0; v < n; v++) node2com[v] = v;
  const degree = strengthOf(graph);
  const state: LevelState = {
    node2com,
    degree,
    stot: Float64Array.from(degree),
    weight: new Float64Array(n),
    touched: new Int32Array(n),
  };
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) order[v] = v;
  shuffleInPlace(order, rng);
  const improved = moveUntilStable(graph, state, order, m, resolution);
  return { ...renumber(node2com), improved };
}

/**
 * Local moving with a queue (the 'fast local move' of Traag, Waltman & van Eck 2019, Leiden): start
 * with every node in seeded order, and after a move re-queue only the neighbours outside the new
 * community, instead of networkx's full sweeps until a sweep moves nothing. Same kind of local
 * optimum, a fraction of the visits. Returns whether any node moved.
 */
function moveUntilStable(
  graph: CsrGraph,
  state: LevelState,
  order: Int32Array,
  m: number,
  resolution: number,
): boolean {
  const n = graph.nodeCount;
  const queue = Int32Array.from(order);
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let length = n;
  let improved = false;
  while (length > 0) {
    const u = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    length--;
    queued[u] = 0;
    if (!moveNode(graph, u, state, m, resolution)) continue;
    improved = true;
    const c = state.node2com[u]!;
    for (let e = graph.offsets[u]!; e < graph.offsets[u + 1]!; e++) {
      const v = graph.targets[e]!;
      if (queued[v] === 1 || state.node2com[v] === c) continue;
      queued[v] = 1;
      queue[(head + length++) % n] = v;
    }
  }
  return improved;
}

/** Renumbers community labels 0..count−1 in order of their smallest label (networkx keeps that order). */
function renumber(labels: Int32Array): { labels: Int32Array; count: number } {
  const map = new Int32Array(labels.length).fill(-1);
  for (let v = 0; v < labels.length; v++) map[labels[v]!] = 1;
  let count = 0;
  for (let c = 0; c < labels.length; c++) if (map[c] === 1) map[c] = count++;
  const out = new Int32Array(labels.length);
  for (let v = 0; v < labels.length; v++) out[v] = map[labels[v]!]!;
  return { labels: out, count };
}

/** Collapses each community into one node; internal weight becomes a self-loop (networkx `_gen_graph`). */
function aggregate(graph: CsrGraph, labels: Int32Array, count: number): CsrGraph {
  const size = graph.targets.length / 2 + graph.nodeCount;
  const sources = new Int32Array(size);
  const targets = new Int32Array(size);
  const weights = new Float64Array(size);
  let k = 0;
  for (let u = 0; u < graph.nodeCount; u++) {
    if (graph.loops[u]! > 0) {
      sources[k] = labels[u]!;
      targets[k] = labels[u]!;
      weights[k++] = graph.loops[u]!;
    }
    for (let e = graph.offsets[u]!; e < graph.offsets[u + 1]!; e++) {
      const v = graph.targets[e]!;
      if (v < u) continue;
      sources[k] = labels[u]!;
      targets[k] = labels[v]!;
      weights[k++] = graph.weights[e]!;
    }
  }
  return buildCsrGraph(count, {
    sources: sources.subarray(0, k),
    targets: targets.subarray(0, k),
    weights: weights.subarray(0, k),
  });
}

/**
 * Louvain community detection (Blondel et al. 2008) following networkx 2.8's
 * `louvain_communities`: same gain formula, level loop and threshold, with a seeded node order.
 * @example louvainOf(twoTriangles, { seed: 1 }).count // 2
 */
export function louvainOf(graph: CsrGraph, options: LouvainOptions = {}): LouvainResult {
  const { seed = 0, resolution = 1, threshold = 1e-7 } = options;
  const rng = seededRandom(seed);
  const n = graph.nodeCount;
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = v;
  const m = edgeWeightOf(graph);
  if (m === 0) return { communities: membership, count: n, modularity: 0, levels: 0 };
  let mod = modularityOf(graph, membership, resolution);
  let current = graph;
  let levels = 0;
  for (;;) {
    const level = oneLevel(current, m, resolution, rng);
    if (!level.improved && levels > 0) break;
    for (let v = 0; v < n; v++) membership[v] = level.labels[membership[v]!]!;
    levels++;
    const next = modularityOf(current, level.labels, resolution);
    if (next - mod <= threshold) break;
    mod = next;
    current = aggregate(current, level.labels, level.count);
  }
  const final = renumber(membership);
  return {
    communities: final.labels,
    count: final.count,
    modularity: modularityOf(graph, final.labels, resolution),
    levels,
  };
}

/** Total edge weight m (each edge once, self-loops once): networkx's `graph.size(weight)`. */
function edgeWeightOf(graph: CsrGraph): number {
  let m = 0;
  for (let v = 0; v < graph.nodeCount; v++) {
    m += graph.loops[v]!;
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) m += graph.weights[e]! / 2;
  }
  return m;
}
