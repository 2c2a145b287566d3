/**
 * Graph benchmark: our CSR PageRank, Louvain and betweenness against plain SciPy (a sparse power
 * iteration on the same CSR graph), igraph's C Louvain and networkx 2.8 (Debian's python3-scipy,
 * python3-igraph, python3-networkx, run by /usr/bin/python3 through bench/networkx_peer.py).
 *   npx tsx bench/graph.ts [--quick] [--golden] [--pagerank-only]
 * --golden rewrites test/golden/graph-60.json (a 60-node weighted graph and networkx's answers).
 * Protocol (bench/protocol.ts, the same on both sides): the first run apart, then RUNS timed runs,
 * median and range. Each side's time is the whole job from edge lists in memory, its own graph build
 * included (ours: buildCsrGraph). PageRank uses one per-node tolerance everywhere, small enough
 * that it runs ≥ 20 iterations, so the power iteration is measured, not the set-up. Louvain is
 * compared at 10,000 nodes against networkx too (at 100,000 networkx needs ~14 minutes); partitions
 * differ (ours revisits a queue of nodes, Leiden's fast local move), so modularity is compared.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  betweennessOf,
  buildCsrGraph,
  louvainOf,
  pageRankOf,
  seededRandom,
} from "../src/engine/graph/index.ts";
import { type Peer, peer, type RandomGraph } from "./graph-peer.ts";
import { measure, printTable, RUNS, showRatio, showTiming, type Timing } from "./protocol.ts";

/**
 * A seeded random graph with m distinct edges, weights 1–5: uniform (Erdős–Rényi G(n, m), as the
 * networkx timing above) or, with `inside` > 0, that share of edges kept inside blocks of 50 nodes.
 */
export function randomGraph(n: number, m: number, seed: number, inside = 0): RandomGraph {
  const rng = seededRandom(seed);
  const seen = new Set<number>();
  const g = {
    n,
    sources: new Int32Array(m),
    targets: new Int32Array(m),
    weights: new Float64Array(m),
  };
  for (let e = 0; e < m; ) {
    const u = rng.below(n);
    const block = Math.floor(u / 50) * 50;
    const v = rng.next() < inside ? Math.min(n - 1, block + rng.below(50)) : rng.below(n);
    const key = Math.min(u, v) * n + Math.max(u, v);
    if (u === v || seen.has(key)) continue;
    seen.add(key);
    [g.sources[e], g.targets[e], g.weights[e]] = [u, v, 1 + rng.below(5)];
    e++;
  }
  return g;
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

const rows: string[][] = [
  [
    "measure",
    "nodes / edges",
    "ours first",
    "ours median (min–max)",
    "peer",
    "peer first",
    "peer median (min–max)",
    "peer ÷ ours, median",
    "first",
    "agreement",
  ],
];
const size = (g: RandomGraph) =>
  `${g.n.toLocaleString("en")} / ${g.sources.length.toLocaleString("en")}`;

/** One table row: ours against one peer, medians and first runs side by side. */
function report(measure: string, g: RandomGraph, ours: Timing, name: string, theirs?: Timing) {
  const mine = [ours.first.toFixed(3), showTiming(ours)];
  if (!theirs) rows.push([measure, size(g), ...mine, name, "unavailable", "–", "–", "–"]);
  else
    rows.push([
      measure,
      size(g),
      ...mine,
      name,
      theirs.first.toFixed(3),
      showTiming(theirs),
      showRatio(theirs.median, ours.median),
      `${(theirs.first / ours.first).toFixed(2)}×`,
    ]);
}
const agree = (text: string) => {
  rows.at(-1)!.push(text);
};

/** Per-node tolerance for the PageRank comparison: small enough to need ≥ 20 iterations. */
const PAGERANK_TOL = 1e-12;

function benchPageRank(n: number, m: number, withNetworkx = true) {
  const g = randomGraph(n, m, 1);
  const ours = measure(() =>
    pageRankOf(buildCsrGraph(g.n, g), { tolerance: PAGERANK_TOL, maxIterations: 1000 }),
  );
  const measures = withNetworkx ? "pagerank_scipy,pagerank" : "pagerank_scipy";
  const theirs = peer(g, measures, PAGERANK_TOL, RUNS);
  const it = ours.value.iterations;
  report("pagerank", g, ours.timing, "SciPy CSR", theirs?.timing.pagerank_scipy);
  const sp = theirs?.pagerank_scipy;
  agree(
    sp
      ? `${it} vs ${sp.iterations} iterations, max |Δ| ${maxDiff(ours.value.ranks, sp.ranks).toExponential(1)}`
      : `${it} iterations`,
  );
  if (!withNetworkx) return;
  report("pagerank", g, ours.timing, "networkx", theirs?.timing.pagerank);
  if (theirs?.pagerank)
    agree(`max |Δ| ${maxDiff(ours.value.ranks, theirs.pagerank).toExponential(1)}`);
  if (theirs) notes.push(nxBuildNote(theirs, g));
}

const notes: string[] = [];
function nxBuildNote(theirs: Peer, g: RandomGraph): string {
  const b = theirs.timing.networkx_build!;
  return `networkx graph build alone at ${size(g)}: median ${b.median.toFixed(3)} s (included in the networkx rows)`;
}

function benchLouvain(n: number, m: number) {
  const g = randomGraph(n, m, 2);
  const ours = measure(() => louvainOf(buildCsrGraph(g.n, g), { seed: 1 }));
  const theirs = peer(g, "louvain_igraph,louvain", 1e-6, RUNS);
  const q = `Q ${ours.value.modularity.toFixed(4)}`;
  const qOf = (x?: { modularity: number }) => (x ? ` vs ${x.modularity.toFixed(4)}` : "");
  report("louvain", g, ours.timing, "igraph (C)", theirs?.timing.louvain_igraph);
  agree(q + qOf(theirs?.louvain_igraph));
  report("louvain", g, ours.timing, "networkx", theirs?.timing.louvain);
  agree(q + qOf(theirs?.louvain));
}

function benchBetweenness(n: number, m: number) {
  const g = randomGraph(n, m, 3);
  const ours = measure(() => betweennessOf(buildCsrGraph(g.n, g)), 2);
  const theirs = peer(g, "betweenness", 1e-6, 2);
  report("betweenness", g, ours.timing, "networkx", theirs?.timing.betweenness);
  if (theirs?.betweenness)
    agree(`max |Δ| ${maxDiff(ours.value, theirs.betweenness).toExponential(1)}`);
}

/** Writes test/golden/graph-60.json from networkx's answers on a 60-node weighted graph. */
function writeGolden() {
  const g = randomGraph(60, 150, 60, 0.7);
  const theirs = peer(g, "pagerank,betweenness,louvain");
  if (!theirs) throw new Error("peer unavailable: cannot write the golden file");
  const edges = Array.from(g.sources, (u, e) => [u, g.targets[e], g.weights[e]]);
  const golden = {
    source: `networkx ${theirs.networkx} via bench/networkx_peer.py`,
    n: 60,
    edges,
    ...theirs,
  };
  const path = join(import.meta.dirname, "..", "test", "golden", "graph-60.json");
  const stripped = { ...golden, seconds: undefined, timing: undefined, numpy: undefined };
  writeFileSync(path, `${JSON.stringify(stripped)}\n`);
  console.log(`wrote ${path}`);
}

const quick = process.argv.includes("--quick");
if (process.argv.includes("--golden")) writeGolden();
else if (process.argv.includes("--pagerank-only")) {
  // PageRank against SciPy alone (no networkx, Louvain or betweenness), for tuning that one row.
  benchPageRank(quick ? 20_000 : 100_000, quick ? 100_000 : 500_000, false);
  printTable(rows);
  console.log(`load average ${readFileSync("/proc/loadavg", "utf8").trim()}`);
} else {
  console.log(
    `Each side: one first (cold) run, then ${RUNS} timed runs (betweenness: 2); median and range of those.`,
  );
  console.log(
    "Timed: the whole job from edge lists in memory — ours builds its CSR graph, SciPy its CSR matrix,",
  );
  console.log(
    `igraph and networkx their graphs. PageRank stops when the L1 change < n × ${PAGERANK_TOL} on every side.`,
  );
  benchPageRank(quick ? 20_000 : 100_000, quick ? 100_000 : 500_000);
  benchLouvain(quick ? 2_000 : 10_000, quick ? 10_000 : 50_000);
  if (!quick) {
    const big = randomGraph(100_000, 500_000, 2);
    const ours = measure(() => louvainOf(buildCsrGraph(big.n, big), { seed: 1 }), 3);
    const theirs = peer(big, "louvain_igraph", 1e-6, 3);
    report("louvain", big, ours.timing, "igraph (C)", theirs?.timing.louvain_igraph);
    const qi = theirs?.louvain_igraph ? ` vs ${theirs.louvain_igraph.modularity.toFixed(4)}` : "";
    agree(`Q ${ours.value.modularity.toFixed(4)}${qi} (networkx ~835 s once, not run)`);
  }
  benchBetweenness(quick ? 500 : 2_000, quick ? 2_500 : 10_000);
  printTable(rows);
  for (const note of notes) console.log(note);
}
