#!/usr/bin/python3
"""networkx peer for bench/graph.ts and the golden files in test/golden/.

Usage: /usr/bin/python3 bench/networkx_peer.py EDGES N MEASURES [K] [SEED]
  EDGES     text file, one 'u v weight' line per undirected edge (nodes 0..N-1)
  MEASURES  comma list of pagerank, betweenness, louvain
  K         betweenness sample size (0 = exact)
Prints one JSON object: networkx version, seconds per measure, and the values.
Timings cover only the algorithm call, not reading the file or building the graph.
"""
import json
import sys
import time

import networkx as nx


def main():
    path, n, measures = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
    k = int(sys.argv[4]) if len(sys.argv) > 4 and int(sys.argv[4]) > 0 else None
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    with open(path) as f:
        for line in f:
            u, v, w = line.split()
            graph.add_edge(int(u), int(v), weight=float(w))
    out = {"networkx": nx.__version__, "seconds": {}}
    if "pagerank" in measures:
        t = time.perf_counter()
        ranks = nx.pagerank(graph, alpha=0.85, tol=1e-6, max_iter=100, weight="weight")
        out["seconds"]["pagerank"] = time.perf_counter() - t
        out["pagerank"] = [ranks[v] for v in range(n)]
    if "betweenness" in measures:
        t = time.perf_counter()
        scores = nx.betweenness_centrality(graph, k=k, normalized=True, weight=None, seed=seed)
        out["seconds"]["betweenness"] = time.perf_counter() - t
        out["betweenness"] = [scores[v] for v in range(n)]
    if "louvain" in measures:
        t = time.perf_counter()
        parts = nx.community.louvain_communities(graph, weight="weight", resolution=1, seed=seed)
        out["seconds"]["louvain"] = time.perf_counter() - t
        out["louvain"] = {
            "communities": len(parts),
            "modularity": nx.community.modularity(graph, parts, weight="weight", resolution=1),
        }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
