#!/usr/bin/python3
"""Peers for bench/graph.ts and the golden files in test/golden/: networkx, plain SciPy and igraph.

Usage: /usr/bin/python3 bench/networkx_peer.py EDGES N MEASURES [K] [SEED] [TOL] [RUNS]
  EDGES     text file, one 'u v weight' line per undirected edge (nodes 0..N-1)
  MEASURES  comma list of pagerank, pagerank_scipy, betweenness, louvain, louvain_igraph
  K         betweenness sample size (0 = exact)
  TOL       PageRank per-node tolerance (stop when the L1 change < N × TOL), default 1e-6
  RUNS      timed runs after the first (cold) one, as bench/protocol.py; default 0
Prints one JSON object: versions, a timing per measure ({first, median, min, max, runs} seconds)
and the values. Reading the file is not timed; building each library's own graph from the edge
lists is (as ours includes its CSR build), and networkx's graph build is also timed on its own.
"""
import json
import os
import sys

import networkx as nx
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from protocol import measure  # noqa: E402


def nx_graph(n, us, vs, ws):
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(zip(us.tolist(), vs.tolist(), ws.tolist()))
    return graph


def scipy_pagerank(n, us, vs, ws, tol, alpha=0.85, max_iter=1000):
    """networkx's own SciPy algorithm written directly on a CSR matrix: build, then iterate."""
    import scipy.sparse as sp

    a = sp.csr_matrix((np.concatenate([ws, ws]), (np.concatenate([us, vs]), np.concatenate([vs, us]))), shape=(n, n))
    s = np.asarray(a.sum(axis=1)).ravel()
    q = np.divide(1.0, s, out=np.zeros(n), where=s != 0)
    dangling = s == 0
    x = np.full(n, 1.0 / n)
    for i in range(1, max_iter + 1):
        last = x
        x = alpha * (a @ (last * q) + last[dangling].sum() / n) + (1 - alpha) / n
        if np.abs(x - last).sum() < n * tol:
            return x, i
    return x, max_iter


def main():
    path, n, measures = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
    k = int(sys.argv[4]) if len(sys.argv) > 4 and int(sys.argv[4]) > 0 else None
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    tol = float(sys.argv[6]) if len(sys.argv) > 6 else 1e-6
    runs = int(sys.argv[7]) if len(sys.argv) > 7 else 0
    rows = np.loadtxt(path, ndmin=2)
    us, vs, ws = rows[:, 0].astype(np.int64), rows[:, 1].astype(np.int64), rows[:, 2].astype(np.float64)
    out = {"networkx": nx.__version__, "numpy": np.__version__, "seconds": {}, "timing": {}}
    timing, graph = measure(lambda: nx_graph(n, us, vs, ws), runs)
    out["timing"]["networkx_build"] = timing

    def timed(name, job):
        timing, value = measure(job, runs)
        out["timing"][name] = timing
        out["seconds"][name] = timing["median"] if runs else timing["first"]
        return value

    if "pagerank" in measures:
        ranks = timed("pagerank", lambda: nx.pagerank(nx_graph(n, us, vs, ws), alpha=0.85, tol=tol, max_iter=1000, weight="weight"))
        out["pagerank"] = [ranks[v] for v in range(n)]
    if "pagerank_scipy" in measures:
        import scipy

        out["scipy"] = scipy.__version__
        x, iterations = timed("pagerank_scipy", lambda: scipy_pagerank(n, us, vs, ws, tol))
        out["pagerank_scipy"] = {"ranks": x.tolist(), "iterations": iterations}
    if "betweenness" in measures:
        scores = timed("betweenness", lambda: nx.betweenness_centrality(nx_graph(n, us, vs, ws), k=k, normalized=True, weight=None, seed=seed))
        out["betweenness"] = [scores[v] for v in range(n)]
    if "louvain" in measures:
        def louvain():
            g = nx_graph(n, us, vs, ws)
            parts = nx.community.louvain_communities(g, weight="weight", resolution=1, seed=seed)
            return g, parts

        g, parts = timed("louvain", louvain)
        out["louvain"] = {
            "communities": len(parts),
            "modularity": nx.community.modularity(g, parts, weight="weight", resolution=1),
        }
    if "louvain_igraph" in measures:
        import igraph

        out["igraph"] = igraph.__version__

        def multilevel():
            g = igraph.Graph(n=n, edges=np.column_stack([us, vs]).tolist())
            return g, g.community_multilevel(weights=ws.tolist())

        g, clusters = timed("louvain_igraph", multilevel)
        out["louvain_igraph"] = {
            "communities": len(clusters),
            "modularity": g.modularity(clusters.membership, weights=ws.tolist()),
        }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
