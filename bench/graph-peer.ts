/** Runs the Python peers of bench/graph.ts (bench/networkx_peer.py) on one edge list. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Timing } from "./protocol.ts";

/** An undirected weighted edge list over nodes 0..n-1. */
export interface RandomGraph {
  n: number;
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** What bench/networkx_peer.py prints: timings per measure and each peer's values. */
export interface Peer {
  networkx: string;
  seconds: Record<string, number>;
  timing: Record<string, Timing>;
  pagerank?: number[];
  pagerank_scipy?: { ranks: number[]; iterations: number };
  betweenness?: number[];
  louvain?: { communities: number; modularity: number };
  louvain_igraph?: { communities: number; modularity: number };
}

/**
 * Runs bench/networkx_peer.py on the graph with the same per-node PageRank tolerance and the same
 * number of timed runs as ours; null when Python or a peer library is missing.
 */
export function peer(g: RandomGraph, measures: string, tol = 1e-6, runs = 0): Peer | null {
  const dir = mkdtempSync(join(tmpdir(), "partnerscope-graph-"));
  try {
    const file = join(dir, "edges.txt");
    const lines: string[] = [];
    for (let e = 0; e < g.sources.length; e++)
      lines.push(`${g.sources[e]} ${g.targets[e]} ${g.weights[e]}`);
    writeFileSync(file, `${lines.join("\n")}\n`);
    const script = join(import.meta.dirname, "networkx_peer.py");
    const args = [script, file, String(g.n), measures, "0", "1", String(tol), String(runs)];
    const run = spawnSync("/usr/bin/python3", args, { encoding: "utf8", maxBuffer: 1 << 30 });
    if (run.status !== 0) {
      console.log(`peer failed: ${run.stderr.trim().split("\n").at(-1)}`);
      return null;
    }
    return JSON.parse(run.stdout) as Peer;
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
