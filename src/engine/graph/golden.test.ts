import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { betweennessOf, buildCsrGraph, louvainOf, pageRankOf } from "./index.ts";

// test/golden/graph-60.json: a 60-node weighted graph and networkx 2.8.8's answers on it, written
// by `npx tsx bench/graph.ts --golden` (bench/networkx_peer.py).
const golden = JSON.parse(
  readFileSync(new URL("../../../test/golden/graph-60.json", import.meta.url), "utf8"),
) as {
  n: number;
  edges: [number, number, number][];
  pagerank: number[];
  betweenness: number[];
  louvain: { modularity: number; communities: number };
};
const graph = buildCsrGraph(golden.n, {
  sources: golden.edges.map((e) => e[0]),
  targets: golden.edges.map((e) => e[1]),
  weights: golden.edges.map((e) => e[2]),
});

describe("agreement with networkx (golden file)", () => {
  it("PageRank within 1e-6 of networkx's pagerank", () => {
    const ranks = pageRankOf(graph).ranks;
    golden.pagerank.forEach((value, i) => expect(Math.abs(ranks[i]! - value)).toBeLessThan(1e-6));
  });

  it("betweenness within 1e-6 of networkx's betweenness_centrality (normalised, unweighted)", () => {
    const scores = betweennessOf(graph);
    golden.betweenness.forEach((value, i) =>
      expect(Math.abs(scores[i]! - value)).toBeLessThan(1e-6),
    );
  });

  it("Louvain modularity at least networkx's − 0.02, for several seeds", () => {
    for (const seed of [1, 2, 3, 4, 5])
      expect(louvainOf(graph, { seed }).modularity).toBeGreaterThanOrEqual(
        golden.louvain.modularity - 0.02,
      );
  });
});
